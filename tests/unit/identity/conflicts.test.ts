// The conflict check against a small firm written out by hand, plus the
// promises that must hold for any data: an exact address or an exact
// normalised name is never missed, and the index agrees with the pairwise
// matcher on every pair of the name table.
import { describe, expect, it } from 'vitest';
import {
  buildConflictIndex,
  buildConflictIndexAsync,
  domainLabel,
  isOtherSide,
  partiesFromCaseName,
  type ConflictClientInput,
  type ConflictHit,
} from '../../../lib/identity/conflicts';
import { compareNames } from '../../../lib/identity/names';
import { normaliseName } from '../../../lib/identity/normalise';
import { conflictHitRecordSchema } from '../../../lib/model/matter-people';
import { syntheticFirm, rng } from '../../bench/conflict-data';
import { ALL_PAIRS } from './name-pairs';

const FIRM: ConflictClientInput[] = [
  {
    id: 'c-ruiz',
    name: 'Elena Ruiz',
    emails: ['elena.ruiz@gmail.com'],
    domains: [],
    matters: [
      {
        id: 'm-lease',
        caseName: 'Ruiz v. Harbor Properties, LLC',
        caseNumber: '3:24-cv-01234-RS',
        people: [
          { id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' },
          { id: 'p-harbor', role: 'adverse-party', name: 'Harbor Properties LLC' },
          { id: 'p-adjuster', role: 'insurer', name: 'Dana Okafor', emails: ['dana.okafor@gmail.com'], organisation: 'Pacific Mutual Insurance' },
          { id: 'p-lin', role: 'co-counsel', name: 'Mara Lin', emails: ['mlin@ourfirm.com'] },
          { id: 'p-clerk', role: 'court', name: 'Courtroom Deputy', emails: ['ygrcrd@cand.uscourts.gov'] },
        ],
      },
    ],
  },
  {
    id: 'c-acme',
    name: 'Acme, Inc.',
    emails: ['legal@acme.com'],
    domains: ['acme.com'],
    matters: [
      {
        id: 'm-bayview',
        caseName: 'Acme, Inc. v. Bayview Towers HOA',
        caseNumber: 'CGC-23-501886',
        people: [{ id: 'p-brandt-2', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['VBrandt@Brandt-Defense.com'] }],
      },
      { id: 'm-widgets', caseName: 'In re Acme Widgets', people: [] },
    ],
  },
  {
    id: 'c-nguyen',
    name: 'Thanh Nguyen',
    emails: ['thanh@nguyen-family.net'],
    domains: [],
    matters: [{ id: 'm-ivanov', caseName: 'Nguyen v. Sergey Ivanov, et al.', matterCode: 'NG-001' }],
  },
];

const index = () => buildConflictIndex(FIRM, { firmDomains: ['ourfirm.com'] });
const where = (h: ConflictHit) => `${h.strength} ${h.role} ${h.matter?.label ?? '-'} ${h.clientName}`;

describe('the conflict check on a small firm', () => {
  it('opposing counsel offered as a new client: every matter he is on, with role, matter and client', () => {
    const hits = index().check({ name: 'Victor Brandt', emails: ['vbrandt@BRANDT-defense.com'] });
    expect(hits.map(where)).toEqual([
      'exact opposing-counsel Acme, Inc. v. Bayview Towers HOA Acme, Inc.',
      'exact opposing-counsel Ruiz v. Harbor Properties, LLC Elena Ruiz',
    ]);
    const ruiz = hits[1]!;
    expect(ruiz.matter).toEqual({ id: 'm-lease', label: 'Ruiz v. Harbor Properties, LLC', caseNumber: '3:24-cv-01234-RS' });
    expect(ruiz.person).toEqual({ id: 'p-brandt', name: 'Victor Brandt' });
    expect(ruiz.reasons.map((r) => `${r.code}:${r.strength}:${r.field}`)).toEqual(
      expect.arrayContaining(['email:exact:email', 'same-name:exact:name']),
    );
    expect(isOtherSide(ruiz)).toBe(true);
    // Every hit is what a "Save anyway" record stores.
    for (const h of hits) expect(conflictHitRecordSchema.safeParse(h).success).toBe(true);
  });

  it('an exact address matches whatever the name says', () => {
    const hits = index().check({ name: 'V. B.', emails: ['vbrandt@brandt-defense.com'] });
    expect(hits.map((h) => h.person?.id).sort()).toEqual(['p-brandt', 'p-brandt-2']);
    expect(hits.every((h) => h.strength === 'exact')).toBe(true);
  });

  it('a company written differently still finds the adverse party, once per matter', () => {
    const hits = index().check({ name: 'Harbor Properties, L.L.C.' });
    // The case name names it too; the recorded adverse party says more, so the party hit folds into it.
    expect(hits.map(where)).toEqual(['exact adverse-party Ruiz v. Harbor Properties, LLC Elena Ruiz']);
  });

  it('a party named only in a case name is found, with the level of the name match', () => {
    expect(index().check({ name: 'Sergey Ivanov' }).map(where)).toEqual(['exact party Nguyen v. Sergey Ivanov, et al. Thanh Nguyen']);
    expect(index().check({ name: 'Sergei Ivanov' }).map(where)).toEqual(['possible party Nguyen v. Sergey Ivanov, et al. Thanh Nguyen']);
    expect(index().check({ name: 'Сергей Иванов' }).map((h) => h.strength)).toEqual(['exact']);
  });

  it("a client's own side of its case is the client, not a party", () => {
    const hits = index().check({ name: 'ACME Incorporated' });
    expect(hits.map(where)).toEqual(['exact client - Acme, Inc.']);
  });

  it('someone else at opposing counsel’s firm: the same organisation (likely), never the same person', () => {
    const hits = index().check({ name: 'Ana Diaz', emails: ['adiaz@brandt-defense.com'] });
    expect(hits.map(where)).toEqual([
      'likely opposing-counsel Acme, Inc. v. Bayview Towers HOA Acme, Inc.',
      'likely opposing-counsel Ruiz v. Harbor Properties, LLC Elena Ruiz',
    ]);
    expect(hits[0]!.reasons).toEqual([
      { code: 'domain', strength: 'likely', field: 'domain', candidate: 'brandt-defense.com', record: 'vbrandt@brandt-defense.com' },
    ]);
  });

  it('an organisation name meets its domain: "Brandt Defense" and @brandt-defense.com', () => {
    const hits = index().check({ organisation: 'Brandt Defense' });
    const ruiz = hits.find((h) => h.person?.id === 'p-brandt')!;
    expect(ruiz.strength).toBe('exact'); // his organisation field
    const acme = hits.find((h) => h.person?.id === 'p-brandt-2')!;
    expect(acme.reasons).toEqual([
      { code: 'org-domain', strength: 'possible', field: 'organisation', candidate: 'Brandt Defense', record: 'brandt-defense.com' },
    ]);
    expect(index().check({ emails: ['info@harborproperties.com'] }).map(where)).toEqual([
      'possible adverse-party Ruiz v. Harbor Properties, LLC Elena Ruiz',
    ]);
  });

  it('public mail, the firm’s own domain and court domains never match by domain', () => {
    expect(index().check({ name: 'Zed Quinn', emails: ['zq@gmail.com', 'zq@yahoo.co.uk'] })).toEqual([]);
    expect(index().check({ name: 'New Hire', emails: ['newhire@ourfirm.com'] })).toEqual([]);
    expect(index().check({ name: 'Another Deputy', emails: ['other@cand.uscourts.gov'] })).toEqual([]);
    // Without the firm's domain the colleague's domain would match …
    const noFirm = buildConflictIndex(FIRM).check({ name: 'New Hire', emails: ['newhire@ourfirm.com'] });
    expect(noFirm.map((h) => `${h.strength} ${h.person?.id}`)).toEqual(['likely p-lin']);
    // … and an exact address always does, firm or not.
    expect(index().check({ emails: ['mlin@ourfirm.com'] }).map((h) => `${h.strength} ${h.person?.id}`)).toEqual(['exact p-lin']);
  });

  it("a client's opted-in domain is an organisation match", () => {
    expect(index().check({ name: 'Wile Coyote', emails: ['wile@acme.com'] }).map(where)).toEqual(['likely client - Acme, Inc.']);
  });

  it('leaves out the record being edited, and nothing else', () => {
    const me = { name: 'Elena Ruiz', emails: ['elena.ruiz@gmail.com'] };
    expect(index().check(me).map(where)).toEqual(['exact client - Elena Ruiz']);
    expect(index().check(me, { clientId: 'c-ruiz' })).toEqual([]);
    expect(index().check({ name: 'Victor Brandt' }, { personId: 'p-brandt' }).map((h) => h.person?.id)).toEqual(['p-brandt-2']);
  });

  it('the other side comes first among hits of the same strength', () => {
    const hits = index().check({ name: 'Victor Brandt', organisation: 'Acme Inc' });
    expect(hits.map((h) => h.role)).toEqual(['opposing-counsel', 'opposing-counsel', 'client']);
  });

  it('knows what it searched', () => {
    expect(index().scope).toEqual({ clients: 3, matters: 4, people: 6, parties: 3 });
  });

  it('keeps up with edits and deletions without a rebuild', async () => {
    const idx = await buildConflictIndexAsync(FIRM, { firmDomains: ['ourfirm.com'], chunk: 1 });
    expect(idx.check({ name: 'Dana Okafor' })).toHaveLength(1);
    const ruiz = FIRM[0]!;
    idx.upsert({ ...ruiz, matters: [{ ...ruiz.matters[0]!, people: ruiz.matters[0]!.people!.filter((p) => p.id !== 'p-adjuster') }] });
    expect(idx.check({ name: 'Dana Okafor' })).toEqual([]);
    expect(idx.check({ name: 'Victor Brandt' })).toHaveLength(2);
    idx.remove('c-acme');
    expect(idx.check({ name: 'Victor Brandt' }).map((h) => h.clientId)).toEqual(['c-ruiz']);
    expect(idx.check({ name: 'Acme Inc' })).toEqual([]);
    expect(idx.scope).toEqual({ clients: 2, matters: 2, people: 4, parties: 2 });
    expect(idx.stale).toBe(2);
  });

  it('stops building when asked to', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(buildConflictIndexAsync(syntheticFirm(20), { chunk: 5, signal: ctl.signal })).rejects.toThrow();
  });
});

describe('never a false "no conflict" on an exact address or an exact normalised name', () => {
  const firm = syntheticFirm(300, 7);
  const idx = buildConflictIndex(firm, { firmDomains: ['ourfirm.com'] });
  const r = rng(99);
  // Variations the shared normaliser ignores: case, spacing, punctuation, accents.
  const vary = (s: string) => {
    const cased = r() < 0.5 ? s.toUpperCase() : s.toLowerCase();
    return r() < 0.5 ? `  ${cased.replace(/ /g, ' , ')}. ` : cased.replace(/e/g, 'é');
  };

  it('every client, matter person and e-mail address is found exactly', () => {
    let checked = 0;
    for (const c of firm) {
      const own = idx.check({ name: vary(c.name) });
      expect(own.some((h) => h.role === 'client' && h.clientId === c.id && h.strength === 'exact'), c.name).toBe(true);
      for (const m of c.matters)
        for (const p of m.people ?? []) {
          const byName = idx.check({ name: vary(p.name!) });
          expect(byName.some((h) => h.person?.id === p.id && h.strength === 'exact'), p.name).toBe(true);
          const byOrg = idx.check({ organisation: vary(p.organisation!) });
          expect(byOrg.some((h) => h.person?.id === p.id && h.strength === 'exact'), p.organisation).toBe(true);
          const byEmail = idx.check({ emails: [p.emails![0]!.toUpperCase()] });
          expect(byEmail.some((h) => h.person?.id === p.id && h.strength === 'exact'), p.emails![0]).toBe(true);
          checked += 3;
        }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('any two names the shared normaliser makes equal are an exact match', () => {
    for (const [a, b] of [
      ['Smith John', 'Smith, John'],
      ['ACME Co', 'Acme, Co.'],
      ['Rose Bank', 'rose-bank'],
    ]) {
      expect(normaliseName(a!)).toBe(normaliseName(b!));
      expect(compareNames(a!, b!)?.strength).toBe('exact');
      const hits = buildConflictIndex([{ id: 'x', name: b!, emails: [], matters: [] }]).check({ name: a! });
      expect(hits.map((h) => h.strength)).toEqual(['exact']);
    }
  });
});

describe('the index agrees with the pairwise matcher', () => {
  it.each(ALL_PAIRS)('%s / %s', (a, b, expected) => {
    for (const [cand, rec] of [
      [a, b],
      [b, a],
    ] as const) {
      const hits = buildConflictIndex([{ id: 'x', name: rec, emails: [], matters: [] }]).check({ name: cand });
      expect(hits[0]?.strength ?? null).toBe(expected);
    }
  });
});

describe('party names in case names', () => {
  it.each([
    ['Ruiz v. Harbor Properties, LLC', ['Ruiz', 'Harbor Properties, LLC']],
    ['Elena Ruiz vs. Harbor Properties LLC, a California limited liability company', ['Elena Ruiz', 'Harbor Properties LLC']],
    ['Smith & Jones LLP v. Acme Corp. et al.', ['Smith & Jones LLP', 'Acme Corp.']],
    ['Elena Ruiz and Carlos Gomez v. Harbor Properties', ['Elena Ruiz', 'Carlos Gomez', 'Harbor Properties']],
    ['People of the State of California v. John Doe', ['People of the State of California', 'John Doe']],
    ['Harbor Properties LLC d/b/a Harbor Rentals versus Ruiz', ['Harbor Properties LLC', 'Harbor Rentals', 'Ruiz']],
    ['IN RE: LITHIUM ION BATTERIES ANTITRUST LITIGATION', []],
    ['In re Marriage of Ruiz', []],
    ['Estate planning for the Ruiz family', []],
    ['', []],
  ])('%s', (caseName, parties) => {
    expect(partiesFromCaseName(caseName)).toEqual(parties);
  });
});

describe('domainLabel', () => {
  it.each([
    ['brandt-defense.com', 'brandtdefense'],
    ['smithlaw.co.uk', 'smithlaw'],
    ['mail.harborproperties.com', 'harborproperties'],
    ['ab.com', null],
    ['localhost', null],
  ])('%s → %s', (d, label) => {
    expect(domainLabel(d)).toBe(label);
  });
});
