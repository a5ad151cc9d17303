// The name matcher as a table (./name-pairs.ts): pairs of the same and of
// different people and companies, with the level each pair must get.
import { describe, expect, it } from 'vitest';
import {
  compareNames,
  editDistance,
  looksLikeOrganisation,
  parseOrgName,
  parsePersonName,
  splitAliases,
} from '../../../lib/identity/names';
import { ALL_PAIRS, ORGANISATIONS } from './name-pairs';

describe('compareNames: the table', () => {
  const all = ALL_PAIRS;
  it('has at least 60 pairs, same and different, people and companies', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    expect(all.filter((r) => r[2] === null).length).toBeGreaterThanOrEqual(15);
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(25);
  });
  it.each(all)('%s / %s → %s (%s)', (a, b, expected) => {
    expect(compareNames(a, b)?.strength ?? null).toBe(expected);
    // Symmetric: the order of the pair never changes the answer.
    expect(compareNames(b, a)?.strength ?? null).toBe(expected);
  });
});

describe('parsing', () => {
  it('reads a person name into given names first, family name last', () => {
    expect(parsePersonName('Smith, John A., Jr.')).toEqual({ tokens: ['john', 'a', 'smith'], alt: ['john', 'a', 'smith'], generation: 'jr' });
    expect(parsePersonName('Dr. Elena Ruiz, Esq.')?.tokens).toEqual(['elena', 'ruiz']);
    expect(parsePersonName('   ')).toBeNull();
  });
  it('strips legal forms and keeps the bare name of an organisation', () => {
    expect(parseOrgName('The Law Offices of Victor Brandt, P.C.')).toMatchObject({
      core: ['law', 'offices', 'of', 'victor', 'brandt'],
      bare: ['victor', 'brandt'],
    });
    expect(parseOrgName('Smith & Associates, LLC')).toMatchObject({ core: ['smith', 'and', 'associates'], bare: ['smith'] });
    // A name that is nothing but a legal form keeps it rather than vanish.
    expect(parseOrgName('L.L.C.')?.core).toEqual(['llc']);
    expect(parseOrgName(' , ')).toBeNull();
  });
  it('tells organisations from people', () => {
    for (const org of ['Harbor Properties', 'Acme, Inc.', 'Smith & Jones', 'Nestlé S.A.', 'Brandt Defense LLP', 'Smith PC', 'County of Alameda'])
      expect(looksLikeOrganisation(org), org).toBe(true);
    for (const person of ['Elena Ruiz', 'Victor Brandt', 'Maria Sa', 'Kim Na', 'Jeff D Friedman', 'Smith, John'])
      expect(looksLikeOrganisation(person), person).toBe(false);
  });
  it('reads cooperatives as organisations, however “co-op” is written', () => {
    for (const org of ['Harbor Housing Cooperative', 'Valley Harvest Co-op', 'Park Slope Food Coop', 'Farmers Co-operative', 'Cooperative Bank of the Valley', 'Sunrise Co-Op Apartments'])
      expect(looksLikeOrganisation(org), org).toBe(true);
    // Names that merely start alike stay people, as does an "Op" or "Co" not joined to the other half.
    for (const person of ['Gary Cooper', 'Ann Cooperman', 'Opal Coe', 'Coco Op Chen', 'Marco Opera'])
      expect(looksLikeOrganisation(person), person).toBe(false);
  });
  it('reads “Coop” and “Co” as surnames in a two-word name, and as an organisation’s in a longer one or written as a form', () => {
    for (const person of ['Jane Coop', 'Li Co', 'Ming Co', 'Coop, Jane'])
      expect(looksLikeOrganisation(person), person).toBe(false);
    for (const org of ['Park Slope Food Coop', 'Tulare Packing Co', 'Acme Co.', 'ACME CO', 'Whitfield, Marsh & Co.', 'Valley Co-op'])
      expect(looksLikeOrganisation(org), org).toBe(true);
  });
  it('splits a party name into its aliases', () => {
    expect(splitAliases('Harbor Properties LLC d/b/a Harbor Rentals')).toEqual(['Harbor Properties LLC', 'Harbor Rentals']);
    expect(splitAliases('Jane Doe, a/k/a Jane Roe')).toEqual(['Jane Doe', 'Jane Roe']);
    expect(splitAliases('Elena Ruiz')).toEqual(['Elena Ruiz']);
  });
  it('edit distance counts a transposition as one', () => {
    expect(editDistance('friedman', 'freidman')).toBe(1);
    expect(editDistance('johnson', 'johnston')).toBe(1);
    expect(editDistance('smith', 'smyth')).toBe(1);
    expect(editDistance('victor', 'victoria', 1)).toBe(2);
  });
});
