import { describe, expect, it } from 'vitest';
import { clientKeys } from '../../../lib/identity/keys';
import { resolveContext } from '../../../lib/identity/resolver';
import type { Client } from '../../../lib/model/client';
import type { ScreenContext } from '../../../lib/sites/types';

function client(id: string, over: Partial<Client>): Client {
  return { id, name: id, emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [], createdAt: 0, updatedAt: 0, ...over };
}

const maria = client('maria', { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm', people: [], caseNumber: '22STCV11897' }] });
const acme = client('acme', { name: 'Acme Corp', domains: ['acme.com'] });
const tom1 = client('tom1', { name: 'Tom Becker', matters: [{ id: 'm', people: [], caseNumber: '23CV00274' }] });
const tom2 = client('tom2', { name: 'Tom Becker', emails: ['tb@x.de'], matters: [{ id: 'm', people: [], caseNumber: '23CV00274' }] });
const sam = client('sam', { name: 'Samantha Ortiz', preferredName: 'Sam' });
const all = [maria, acme, tom1, tom2, sam];

// An in-memory index with the same keys the database stores.
const lookup = async (key: string) => all.filter((c) => (clientKeys(c) as string[]).includes(key));
const ctx = (over: Partial<ScreenContext>): ScreenContext => ({ site: 't', url: 'https://x/', people: [], cases: [], ...over });

describe('resolveContext', () => {
  it('matches an exact address, case-insensitively', async () => {
    const r = await resolveContext(ctx({ people: [{ email: 'MARIA@alvarezbakery.com', role: 'from' }] }), lookup);
    expect(r.matches.map((m) => [m.client.id, m.matchedOn])).toEqual([['maria', ['maria@alvarezbakery.com']]]);
    expect(r.unknown).toEqual([]);
  });

  it('matches a domain only for a client who opted in, and lists strangers as unknown', async () => {
    const r = await resolveContext(ctx({ people: [{ email: 'cfo@acme.com', role: 'to' }, { email: 'new@person.org', name: 'New Person', role: 'cc' }] }), lookup);
    expect(r.matches.map((m) => [m.client.id, m.matchedOn])).toEqual([['acme', ['anyone at acme.com']]]);
    expect(r.unknown).toEqual([{ email: 'new@person.org', name: 'New Person' }]);
  });

  it('puts senders before recipients', async () => {
    const r = await resolveContext(ctx({ people: [{ email: 'cfo@acme.com', role: 'to' }, { email: 'maria@alvarezbakery.com', role: 'from' }] }), lookup);
    expect(r.matches.map((m) => m.client.id)).toEqual(['maria', 'acme']);
  });

  it('a bare name matches only when exactly one client has it', async () => {
    const one = await resolveContext(ctx({ people: [{ name: 'sam', role: 'to' }] }), lookup);
    expect(one.matches.map((m) => m.client.id)).toEqual(['sam']);
    const two = await resolveContext(ctx({ people: [{ name: 'Tom Becker', role: 'to' }] }), lookup);
    expect(two.matches).toEqual([]);
    expect(two.unknown).toEqual([]);
  });

  it('a case number held by two clients returns both, never one guessed', async () => {
    const r = await resolveContext(ctx({ cases: [{ caseNumber: '23cv00274' }] }), lookup);
    expect(r.matches.map((m) => m.client.id).sort()).toEqual(['tom1', 'tom2']);
  });

  it('merges reasons when one client matches several ways', async () => {
    const r = await resolveContext(ctx({ people: [{ email: 'maria@alvarezbakery.com', role: 'from' }], cases: [{ caseNumber: '22STCV11897' }] }), lookup);
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]!.matchedOn).toEqual(['maria@alvarezbakery.com', 'case 22STCV11897']);
  });

  it('ignores junk addresses', async () => {
    const r = await resolveContext(ctx({ people: [{ email: 'not an address', role: 'from' }] }), lookup);
    expect(r).toEqual({ matches: [], unknown: [], people: [] });
  });

  describe('court-aware case matching', () => {
    const sdny = client('sdny', { name: 'Harbor Light Shipping', matters: [{ id: 'm', people: [], caseNumber: '1:21-cv-04567-LJL', court: 'S.D.N.Y.' }] });
    const ndil = client('ndil', { name: 'Prairie Grain Co-op', matters: [{ id: 'm', people: [], caseNumber: '21-cv-4567', court: 'Northern District of Illinois' }] });
    const nocourt = client('nocourt', { name: 'Somebody Unsure', matters: [{ id: 'm', people: [], caseNumber: '3:21-cv-04567' }] });
    const bk = client('bk', { name: 'Harlan Feed & Seed', matters: [{ id: 'm', people: [], caseNumber: '24-80417', court: 'Bankr. N.D. Ala.' }] });
    const pool = [sdny, ndil, nocourt, bk];
    const find = async (key: string) => pool.filter((c) => (clientKeys(c) as string[]).includes(key));
    const ids = async (c: Partial<ScreenContext>) => (await resolveContext(ctx(c), find)).matches.map((m) => m.client.id).sort();

    it('the page’s court (from its host) keeps the matching court’s client and drops the other court’s', async () => {
      expect(await ids({ url: 'https://ecf.nysd.uscourts.gov/cgi-bin/DktRpt.pl?1', cases: [{ caseNumber: '1:21-cv-04567-LJL' }] })).toEqual(['nocourt', 'sdny']);
      expect(await ids({ url: 'https://ecf.ilnd.uscourts.gov/cgi-bin/DktRpt.pl?1', cases: [{ caseNumber: '1:21-cv-04567' }] })).toEqual(['ndil', 'nocourt']);
    });

    it('a court named on the page itself counts like the host', async () => {
      expect(await ids({ cases: [{ caseNumber: '21-cv-4567', court: 'U.S. District Court, Illinois Northern District (Chicago)' }] })).toEqual(['ndil', 'nocourt']);
    });

    it('court unknown: every holder, never one picked', async () => {
      expect(await ids({ url: 'https://app.onelegal.com/orders', cases: [{ caseNumber: '1:21-cv-04567' }] })).toEqual(['nocourt', 'ndil', 'sdny'].sort());
    });

    it('a bare bankruptcy number matches only with its court', async () => {
      expect(await ids({ url: 'https://ecf.alnb.uscourts.gov/cgi-bin/DktRpt.pl?1', cases: [{ caseNumber: '24-80417-CRJ7 (alnb)' }] })).toEqual(['bk']);
      expect(await ids({ url: 'https://ecf.canb.uscourts.gov/cgi-bin/DktRpt.pl?1', cases: [{ caseNumber: '24-80417-CRJ7' }] })).toEqual([]);
      expect(await ids({ cases: [{ caseNumber: '24-80417' }] })).toEqual([]);
      const r = await resolveContext(ctx({ url: 'https://ecf.alnb.uscourts.gov/', cases: [{ caseNumber: '24-80417-CRJ7 (alnb)' }] }), find);
      expect(r.matches[0]!.matchedOn).toEqual(['case 24-80417-CRJ7']);
    });
  });
});
