import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { countOverdue } from '../../../lib/background/badge';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { purgeTrash } from '../../../lib/db/repos/clients';
import { allInteractions } from '../../../lib/db/repos/interactions';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';

const DAY = 86_400_000;
let db: Db;
let env: Env;
let clock: number;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('trash');
  clock = Date.UTC(2026, 10, 26, 12);
  env = { db, now: () => clock };
});

const raw = (type: string, payload: unknown) => route({ type, payload }, BACKGROUND, handlers, env);
async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw(type, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as ReplyMap[K];
}

const thread = { site: 'gmail', url: 'x', people: [{ email: 'maria@alvarezbakery.com', role: 'from' as const }], cases: [{ caseNumber: '22STCV11897' }] };

async function maria() {
  const { client } = await call('createClient', { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], matters: [{ id: 'm', caseNumber: '22STCV11897' }] } });
  await call('logInteraction', { interaction: { clientId: client.id, kind: 'call', at: clock - 90 * DAY, summary: 'First call' } });
  await call('logFilings', { site: 'one-legal', filings: [{ clientId: client.id, filing: { caseNumber: '22STCV11897', status: 'Rejected by Court', ref: '1' } }] });
  return client;
}

describe('trash', () => {
  it('a deleted client is in no lookup, list, count, reminder or portal badge — and comes back whole', async () => {
    const c = await maria();
    expect(await countOverdue(db, clock)).toEqual({ overdue: 1, due: 0 });
    const reply = await call('deleteClient', { id: c.id });
    expect(reply).toEqual({ deleted: true, trashed: true, purgeAt: clock + 30 * DAY });

    expect((await call('getClientContext', { context: thread })).matches).toEqual([]);
    expect((await call('listClients', {})).total).toBe(0);
    expect(await call('losingTouch', {})).toMatchObject({ clients: [], overdue: 0, due: 0 });
    expect(await countOverdue(db, clock)).toEqual({ overdue: 0, due: 0 });
    expect((await call('resolveCases', { cases: [{ caseNumber: '22STCV11897' }] })).matches).toEqual({});
    expect((await call('listFilingFlags', {})).flags).toEqual([]);
    await expect(call('getClient', { id: c.id })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('logInteraction', { interaction: { clientId: c.id, kind: 'call', at: clock } })).rejects.toMatchObject({ code: 'not-found' });
    await expect(call('deleteClient', { id: c.id })).rejects.toMatchObject({ code: 'not-found' });

    expect(await call('listTrash', {})).toEqual({
      keepDays: 30,
      clients: [{ id: c.id, name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'], caseNumbers: ['22STCV11897'], lastContact: clock - 90 * DAY, trashedAt: clock, purgeAt: clock + 30 * DAY }],
    });

    const back = await call('restoreClient', { id: c.id });
    expect(back.recent.map((i) => i.kind)).toEqual(['filing', 'call']);
    expect(back.openFlags).toBe(1);
    expect((await call('getClientContext', { context: thread })).matches.map((m) => m.client.id)).toEqual([c.id]);
    expect(await countOverdue(db, clock)).toEqual({ overdue: 1, due: 0 });
    expect((await call('listTrash', {})).clients).toEqual([]);
    await expect(call('restoreClient', { id: c.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('moving to the trash writes two records, however long the history', async () => {
    const c = await maria();
    for (let i = 0; i < 150; i++) await call('logInteraction', { interaction: { clientId: c.id, kind: 'email-in', at: clock - i * 3_600_000 } });
    const pagesBefore = await db.getAll('history');
    await call('deleteClient', { id: c.id });
    expect(await db.getAll('history')).toEqual(pagesBefore);
  });

  it('delete forever takes only a client in the trash, and all of its history', async () => {
    const c = await maria();
    const other = (await call('createClient', { client: { name: 'Other' } })).client;
    await call('logInteraction', { interaction: { clientId: other.id, kind: 'call', at: clock } });
    await expect(call('deleteClientForever', { id: c.id })).rejects.toMatchObject({ code: 'not-found' });
    await call('deleteClient', { id: c.id });
    await call('deleteClientForever', { id: c.id });
    expect(await db.get('clients', c.id)).toBeUndefined();
    expect(await db.get('stats', c.id)).toBeUndefined();
    expect((await allInteractions(db)).map((i) => i.clientId)).toEqual([other.id]);
  });

  it('the purge deletes what was trashed longer ago than Settings → trash.keepDays', async () => {
    const a = await maria();
    const b = (await call('createClient', { client: { name: 'B' } })).client;
    await call('updateSettings', { settings: { ...DEFAULT_SETTINGS, trash: { keepDays: 7 } } });
    await call('deleteClient', { id: a.id });
    clock += 5 * DAY;
    await call('deleteClient', { id: b.id });
    expect((await call('listTrash', {})).clients.map((e) => [e.name, e.purgeAt])).toEqual([
      ['B', clock + 7 * DAY],
      ['Maria Alvarez', clock + 2 * DAY],
    ]);
    clock += 3 * DAY;
    expect(await purgeTrash(db, clock - 7 * DAY)).toBe(1);
    expect((await call('listTrash', {})).clients.map((e) => e.name)).toEqual(['B']);
    expect(await allInteractions(db)).toEqual([]);
  });

  it('an id in the trash cannot be taken by a new client', async () => {
    const c = await maria();
    await call('deleteClient', { id: c.id });
    await expect(call('createClient', { client: { name: 'Maria Alvarez' }, id: c.id })).rejects.toMatchObject({ code: 'conflict' });
  });
});
