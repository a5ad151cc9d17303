import { describe, expect, it } from 'vitest';
import { clientKeys } from '../../../lib/identity/keys';
import { resolveContext } from '../../../lib/identity/resolver';
import type { Client } from '../../../lib/model/client';
import type { ScreenContext } from '../../../lib/sites/types';

function client(id: string, over: Partial<Client>): Client {
  return { id, name: id, emails: [], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [], createdAt: 0, updatedAt: 0, ...over };
}

const maria = client('maria', { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm', caseNumber: '22STCV11897' }] });
const acme = client('acme', { name: 'Acme Corp', domains: ['acme.com'] });
const tom1 = client('tom1', { name: 'Tom Becker', matters: [{ id: 'm', caseNumber: '23CV00274' }] });
const tom2 = client('tom2', { name: 'Tom Becker', emails: ['tb@x.de'], matters: [{ id: 'm', caseNumber: '23CV00274' }] });
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
    expect(r).toEqual({ matches: [], unknown: [] });
  });
});
