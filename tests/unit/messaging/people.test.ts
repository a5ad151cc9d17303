import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { clientsChanged } from '../../../lib/messaging/handlers/people';

const DAY = 864e5;
let db: Db;
let env: Env;
const clock = new Date(2026, 10, 26, 12).getTime();

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  // Each test has its own database: a cache kept from the last one must not answer.
  clientsChanged();
  db = await openRapportDb('t');
  env = { db, now: () => clock };
});

async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await route({ type, payload }, BACKGROUND, handlers, env);
  if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code });
  return r.data as ReplyMap[K];
}

const brandt = { id: 'p-brandt', role: 'opposing-counsel' as const, name: 'Victor Brandt', emails: ['vbrandt@brandt-defense.com'], organisation: 'Brandt Defense LLP' };

async function elena() {
  return (
    await call('createClient', {
      client: {
        name: 'Elena Ruiz',
        emails: ['elena.ruiz@example.org'],
        goals: [{ id: 'g1', text: 'Keep the shop lease', updatedAt: 1 }],
        matters: [{ id: 'm-lease', caseName: 'Ruiz v. Harbor Properties', caseNumber: '3:24-cv-01234', people: [brandt] }],
      },
    })
  ).client;
}

describe('checkConflicts and checkName', () => {
  it('an exact address finds the matter person, naming the matter, the role and the client', async () => {
    await elena();
    const { reports } = await call('checkConflicts', { candidates: [{ name: 'Victor Brandt', emails: ['VBrandt@Brandt-Defense.com'] }] });
    const hit = reports[0]!.hits.find((h) => h.person?.id === 'p-brandt')!;
    expect(reports[0]!.outcome).toBe('match');
    expect(hit).toMatchObject({ strength: 'exact', clientName: 'Elena Ruiz', role: 'opposing-counsel', matter: { id: 'm-lease', label: 'Ruiz v. Harbor Properties' } });
    expect(hit.reasons.map((r) => r.code)).toContain('email');
  });

  it('a normalised name is an exact hit (case, accents, punctuation, company suffix)', async () => {
    await elena();
    const byName = await call('checkName', { name: 'VICTOR  BRANDT' });
    expect(byName.hits.some((h) => h.person?.id === 'p-brandt' && h.strength === 'exact')).toBe(true);
    const org = await call('checkName', { organisation: 'Brandt Defense, L.L.P.' });
    expect(org.outcome).toBe('match');
    const client = await call('checkName', { name: 'Eléna Ruíz' });
    expect(client.hits.some((h) => h.role === 'client' && h.strength === 'exact')).toBe(true);
  });

  it('a new client is in the next check (the index is dropped after each client write), a deleted one is not', async () => {
    expect((await call('checkName', { name: 'Elena Ruiz' })).outcome).toBe('none');
    const c = await elena();
    expect((await call('checkName', { name: 'Elena Ruiz' })).outcome).toBe('match');
    await call('deleteClient', { id: c.id });
    expect((await call('checkName', { name: 'Elena Ruiz' })).outcome).toBe('none');
  });

  it('excludeClientId leaves out the client being edited', async () => {
    const c = await elena();
    const { reports } = await call('checkConflicts', { candidates: [{ emails: ['vbrandt@brandt-defense.com'] }], excludeClientId: c.id });
    expect(reports[0]).toMatchObject({ hits: [], outcome: 'none' });
  });

  it('an empty candidate is refused with a clear error', async () => {
    await expect(call('checkName', { name: '  ' })).rejects.toMatchObject({ code: 'bad-request' });
  });
});

describe('getClientContext with matter people', () => {
  it('opposing counsel gets a matter card (deadlines, goals, interactions about the matter), never "Add as client"', async () => {
    const c = await elena();
    await call('saveDeadline', { deadline: { clientId: c.id, matterId: 'm-lease', title: 'Opposition due', kind: 'court', dueDate: '2026-12-10' } });
    await call('saveDeadline', { deadline: { clientId: c.id, title: 'Unrelated', kind: 'internal', dueDate: '2026-12-11' } });
    await call('logInteraction', { interaction: { clientId: c.id, kind: 'call', at: clock - DAY, summary: 'Call with opposing counsel', matterId: 'm-lease', aboutPerson: 'p-brandt' } });
    await call('logInteraction', { interaction: { clientId: c.id, kind: 'call', at: clock - 2 * DAY, summary: 'Call with Elena' } });

    const r = await call('getClientContext', {
      context: { site: 'gmail', url: 'https://mail.google.com/', people: [{ email: 'vbrandt@brandt-defense.com', name: 'Victor Brandt', role: 'from' }], cases: [] },
    });
    expect(r.matches).toEqual([]);
    expect(r.unknown).toEqual([]);
    expect(r.people).toHaveLength(1);
    const v = r.people![0]!;
    expect(v).toMatchObject({ via: 'email', person: { name: 'Victor Brandt', role: 'opposing-counsel' }, matter: { label: 'Ruiz v. Harbor Properties' }, client: { id: c.id, name: 'Elena Ruiz' } });
    expect(v.deadlines.map((d) => d.title)).toEqual(['Opposition due']);
    expect(v.goals.map((g) => g.text)).toEqual(['Keep the shop lease']);
    expect(v.recent.map((i) => i.summary)).toEqual(['Call with opposing counsel']);
    // The call with counsel did not become Elena's last contact.
    expect((await call('getClient', { id: c.id })).lastContact).toBe(clock - 2 * DAY);
  });

  it('a colleague is never unknown; the signed-in address suggests the firm domain', async () => {
    await call('updateSettings', { settings: { version: 0, firm: { domains: ['leelaw.com'] } } });
    const r = await call('getClientContext', {
      context: { site: 'gmail', url: 'https://mail.google.com/', self: 'jordan.lee@leelaw.com', people: [{ email: 'priya@leelaw.com', role: 'cc' }, { email: 'new@stranger.org', role: 'from' }], cases: [] },
    });
    expect(r.unknown.map((u) => u.email)).toEqual(['new@stranger.org']);
    await expect.poll(async () => (await call('firmGuess', {})).domain).toBe('leelaw.com');
    expect((await call('firmGuess', {})).signedIn).toBe('jordan.lee@leelaw.com');
  });
});
