import { describe, expect, it } from 'vitest';
import { courtKind, courtsCompatible, courtSystem, normaliseCourt } from '../../../lib/identity/courts';

// [as typed or printed, court id]
const COURTS: [string, string][] = [
  // Federal district courts: Bluebook, PACER ids, full names, CM/ECF caption lines.
  ['N.D. Cal.', 'cand'],
  ['CAND', 'cand'],
  ['cand', 'cand'],
  ['Northern District of California', 'cand'],
  ['U.S. District Court, California Northern District (Oakland)', 'cand'],
  ['United States District Court for the Southern District of New York', 'nysd'],
  ['S.D.N.Y.', 'nysd'],
  ['D. Mass.', 'mad'],
  ['District of Massachusetts', 'mad'],
  ['D.D.C.', 'dcd'],
  ['W.D. Tenn.', 'tnwd'],
  ['E.D. Pa.', 'paed'],
  ['M.D. Fla.', 'flmd'],
  // Bankruptcy courts.
  ['Bankr. S.D.N.Y.', 'nysb'],
  ['nysb', 'nysb'],
  ['U.S. Bankruptcy Court, Southern District of New York (White Plains)', 'nysb'],
  ['United States Bankruptcy Court for the District of Delaware', 'deb'],
  ['Bankr. N.D. Ala.', 'alnb'],
  // Courts of appeals, JPML.
  ['9th Cir.', 'ca9'],
  ['Ninth Circuit', 'ca9'],
  ['U.S. Court of Appeals for the Eleventh Circuit', 'ca11'],
  ['D.C. Cir.', 'cadc'],
  ['Fed. Cir.', 'cafc'],
  ['Judicial Panel on Multidistrict Litigation', 'jpml'],
  // State courts.
  ['Los Angeles Superior', 'ca-los-angeles'],
  ['Superior Court of California, County of Los Angeles', 'ca-los-angeles'],
  ['Superior Court of Napa - Civil', 'ca-napa'],
  ['San Luis Obispo Superior Court', 'ca-san-luis-obispo'],
  ['DeKalb GA', 'ga-dekalb'],
  ['DeKalb County State Court, Georgia', 'ga-dekalb'],
  ['Clark County District Court, Nevada', 'nv-clark'],
  ['Eighth Judicial District Court, Clark County, Nevada', 'nv-clark'],
  ['Harris County, Texas', 'tx-harris'],
  ['Texas', 'tx'],
  ['ga-dekalb', 'ga-dekalb'],
  ['Supreme Court of the State of New York, County of Kings', 'ny-kings'],
  ['Circuit Court for Baltimore City, Maryland', 'md-baltimore'],
];

const NOT_ONE_COURT = [
  '',
  'Northern District', // which state?
  'Chatham County', // Georgia or North Carolina
  'District Court', // federal or state, where?
  'Central District of Florida', // Florida has no Central District
  'Twentieth Circuit',
  'some words about a case',
];

describe('normaliseCourt', () => {
  it.each(COURTS)('%s → %s', (raw, id) => {
    expect(normaliseCourt(raw)).toBe(id);
  });
  it.each(COURTS)('the id of %s is a fixed point', (_raw, id) => {
    expect(normaliseCourt(id)).toBe(id);
  });
  it.each(NOT_ONE_COURT)('%j names no single court', (raw) => {
    expect(normaliseCourt(raw)).toBeNull();
  });
});

describe('court kinds and compatibility', () => {
  it('knows federal kinds and systems', () => {
    expect([courtKind('cand'), courtKind('nysb'), courtKind('ca9'), courtKind('jpml'), courtKind('ga-dekalb')]).toEqual([
      'district',
      'bankruptcy',
      'appeals',
      'other',
      'state',
    ]);
    expect([courtSystem('cand'), courtSystem('ga-dekalb'), courtSystem('tx')]).toEqual(['US', 'GA', 'TX']);
  });

  it.each([
    ['cand', 'cand', true],
    ['cand', 'nysd', false],
    ['ca', 'ca-napa', true],
    ['ca-napa', 'ca', true],
    ['ca-napa', 'ca-sonoma', false],
    ['ga-dekalb', undefined, true],
    [undefined, 'nysb', true],
    ['ca', 'cand', false],
  ] as const)('page %s, matter %s → %s', (page, matter, ok) => {
    expect(courtsCompatible(page, matter)).toBe(ok);
  });
});
