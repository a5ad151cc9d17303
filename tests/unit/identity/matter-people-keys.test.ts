import { describe, expect, it } from 'vitest';
import { clientKeys } from '../../../lib/identity/keys';
import { locateMatterPeople, matterPeopleKeys, type KeyedMatter } from '../../../lib/identity/matter-people-keys';

const MATTERS: KeyedMatter[] = [
  {
    id: 'm-lease',
    people: [
      { id: 'p-brandt', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['VBrandt@Brandt-Defense.com'] },
      { id: 'p-witness', role: 'witness', name: 'Sam Cole', emails: ['sam.cole@acmewidgets.com'] },
      { id: 'p-adjuster', role: 'insurer', name: 'Dana Okafor', emails: ['dana.okafor@gmail.com'] },
      { id: 'p-lin', role: 'co-counsel', name: 'Mara Lin', emails: ['mlin@ourfirm.com'] },
      { id: 'p-clerk', role: 'court', name: 'Courtroom Deputy', emails: ['ygrcrd@cand.uscourts.gov'] },
    ],
  },
  { id: 'm-other', people: [{ id: 'p-brandt-again', role: 'opposing-counsel', name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'] }] },
  { id: 'm-empty' },
];

describe('matterPeopleKeys', () => {
  it('addresses, organisation domains and names under their own prefixes', () => {
    expect(matterPeopleKeys(MATTERS, ['ourfirm.com']).sort()).toEqual(
      [
        'person:vbrandt@brandt-defense.com',
        'pdomain:brandt-defense.com',
        'pname:victor brandt',
        'person:sam.cole@acmewidgets.com',
        'pname:sam cole',
        'person:dana.okafor@gmail.com',
        'pname:dana okafor',
        'person:mlin@ourfirm.com',
        'pname:mara lin',
        'person:ygrcrd@cand.uscourts.gov',
        'pname:courtroom deputy',
      ].sort(),
    );
  });

  it('never produce a key the client resolver looks up', () => {
    const keys = matterPeopleKeys(MATTERS);
    const clientPrefixes = new Set(
      clientKeys({ name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], domains: ['brandt-defense.com'], matters: [{ id: 'm', caseNumber: '3:24-cv-01234' }] }).map(
        (k) => k.split(':')[0],
      ),
    );
    expect(clientPrefixes.size).toBeGreaterThan(0);
    for (const k of keys) expect(clientPrefixes.has(k.split(':')[0]!), k).toBe(false);
  });
});

describe('locateMatterPeople', () => {
  it('finds a person by address on every matter they are on', () => {
    expect(locateMatterPeople(MATTERS, { email: 'VBRANDT@brandt-defense.com', name: 'whatever' })).toEqual([
      { matterId: 'm-lease', personId: 'p-brandt', role: 'opposing-counsel', via: 'email' },
      { matterId: 'm-other', personId: 'p-brandt-again', role: 'opposing-counsel', via: 'email' },
    ]);
  });
  it('falls back to the organisation domain, never for public mail, the firm or a witness', () => {
    expect(locateMatterPeople(MATTERS, { email: 'paralegal@brandt-defense.com' }).map((m) => `${m.personId}:${m.via}`)).toEqual([
      'p-brandt:domain',
      'p-brandt-again:domain',
    ]);
    expect(locateMatterPeople(MATTERS, { email: 'someone@gmail.com' })).toEqual([]);
    expect(locateMatterPeople(MATTERS, { email: 'boss@ourfirm.com' }, ['ourfirm.com'])).toEqual([]);
    expect(locateMatterPeople(MATTERS, { email: 'other@acmewidgets.com' })).toEqual([]);
  });
  it('uses a name only when the screen shows no address', () => {
    expect(locateMatterPeople(MATTERS, { name: 'victor  BRANDT' }).map((m) => m.personId)).toEqual(['p-brandt', 'p-brandt-again']);
    expect(locateMatterPeople(MATTERS, { email: 'stranger@example.org', name: 'Victor Brandt' })).toEqual([]);
    expect(locateMatterPeople(MATTERS, {})).toEqual([]);
  });
});
