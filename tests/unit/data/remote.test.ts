// Options → Data's drivers (lib/backup/remote.ts, lib/import/apply.ts) over
// the real router, handlers and IndexedDB (fake-indexeddb): paged backup,
// restore into another database, all-or-nothing apply, lookups.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRecords, chunkRecords, remoteExistingData, restoreRecords, runBackup, type Send } from '../../../lib/backup/remote';
import { planRestore } from '../../../lib/backup/restore-plan';
import { validateBackup } from '../../../lib/backup/validate';
import { openRapportDb } from '../../../lib/db/open';
import { importRecords } from '../../../lib/import/apply';
import { previewImport } from '../../../lib/import/preview';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;

async function database(name: string): Promise<{ send: Send; calls: Record<string, number> }> {
  const db = await openRapportDb(name);
  const env: Env = { db, now: () => NOW };
  const calls: Record<string, number> = {};
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> => {
    calls[type] = (calls[type] ?? 0) + 1;
    const r = await route({ type, payload }, BACKGROUND, handlers, env);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as ReplyMap[K];
  }) as Send;
  return { send, calls };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

/** `n` clients with `k` interactions each (one of them a mail message), through the staged engine. */
async function seed(send: Send, n: number, k: number) {
  const records = Array.from({ length: n }, (_, i) => ({
    client: { name: `Client ${String(i).padStart(4, '0')}`, emails: [`c${i}@example.com`], tags: i % 2 ? ['odd'] : [] },
    interactions: Array.from({ length: k }, (_, j) => ({ kind: j === 0 ? ('email-in' as const) : ('call' as const), at: NOW - (j + 1) * DAY, summary: `#${j}`, ...(j === 0 ? { messageId: `gmail:${i}` } : {}) })),
  }));
  await applyRecords(send, 'import', records);
}

async function restoreInto(send: Send, text: string) {
  const v = validateBackup(text);
  if (!v.ok) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  const at = new Map(v.backup.interactions.map((i) => [i.id, { clientId: i.clientId, at: i.at }]));
  const existing = remoteExistingData(send, at);
  const plan = await planRestore(v.backup, existing);
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  return { plan: plan.plan, status: await applyRecords(send, 'restore', restoreRecords(plan.plan, existing.seen)) };
}

describe('backup and restore through the protocol', () => {
  it('pages a backup, restores it into an empty database, and a backup of that is byte-identical', async () => {
    const a = await database('a');
    await seed(a.send, 60, 30);
    const trashed = (await a.send('listClients', { limit: 3 })).clients;
    for (const c of trashed) await a.send('deleteClient', { id: c.id });
    const first = await runBackup(a.send, { appVersion: '0.1.0', now: NOW, pageSize: 100 });
    expect(first.counts).toEqual({ clients: 57, interactions: 57 * 30, trash: 3, deadlines: 0, questions: 0 });
    // Small pages: no message carried more than a page (interactions come in whole history pages of ≤ 64).
    expect(a.calls.backupPage).toBeGreaterThan(57 * 30 / 164);
    const text = first.parts.join('');
    expect(validateBackup(text).ok).toBe(true);

    const b = await database('b');
    const { plan, status } = await restoreInto(b.send, text);
    expect(plan.counts.clients.new).toBe(57);
    expect(plan.counts.trash.new).toBe(3);
    expect(status).toMatchObject({ state: 'committed', kind: 'restore', clients: 60, interactions: 60 * 30 });
    const again = await runBackup(b.send, { appVersion: '0.1.0', now: NOW, pageSize: 1000 });
    expect(again.parts.join('')).toBe(text);
    // Trashed stays trashed; the live list and each client's view are as they were.
    expect((await b.send('listTrash', {})).clients.map((c) => c.id).sort()).toEqual(trashed.map((c) => c.id).sort());
    expect((await b.send('listClients', { limit: 1000 })).total).toBe(57);
    const some = (await a.send('listClients', { limit: 1 })).clients[0]!;
    expect(await b.send('getClient', { id: some.id })).toEqual(await a.send('getClient', { id: some.id }));

    // Restoring the same file again changes nothing.
    const second = await restoreInto(b.send, text);
    expect(second.plan.counts.clients.unchanged).toBe(57);
    expect(second.plan.counts.interactions.unchanged).toBe(57 * 30);
    expect((await runBackup(b.send, { appVersion: '0.1.0', now: NOW })).parts.join('')).toBe(text);
  });

  it('a restore that fails part-way (a chunk refused) aborts the job and leaves the database as it was', async () => {
    const a = await database('a');
    await seed(a.send, 20, 5);
    const text = (await runBackup(a.send, { appVersion: '0.1.0', now: NOW })).parts.join('');
    const b = await database('b');
    await seed(b.send, 2, 1);
    const before = (await runBackup(b.send, { appVersion: '0.1.0', now: NOW })).parts.join('');
    const v = validateBackup(text);
    if (!v.ok) throw new Error('invalid');
    const existing = remoteExistingData(b.send);
    const plan = await planRestore(v.backup, existing);
    if (!plan.ok) throw new Error('no plan');
    const records = restoreRecords(plan.plan, existing.seen);
    // The last record is one no schema accepts: its chunk is refused after earlier chunks were staged.
    const broken = [...records, ...Array.from({ length: 5000 }, () => records[0]!), { client: { ...records[0]!.client, name: '' }, interactions: [] }];
    await expect(applyRecords(b.send, 'restore', broken)).rejects.toThrow(/name/i);
    expect((await runBackup(b.send, { appVersion: '0.1.0', now: NOW })).parts.join('')).toBe(before);
    expect(b.calls.bulkAbort).toBe(1);
  });

  it('a cursor the background did not give out is refused', async () => {
    const a = await database('a');
    await expect(a.send('backupPage', { section: 'interactions', after: '"not a key"' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(a.send('backupPage', { section: 'clients', after: '{' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('lookupExisting', () => {
  it('answers clients by id, trashed ids, key holders, interactions by (client, at, id) and logged message ids', async () => {
    const a = await database('a');
    await seed(a.send, 3, 2);
    const [c0, c1] = (await a.send('listClients', {})).clients;
    await a.send('deleteClient', { id: c1!.id });
    const history = (await a.send('backupPage', { section: 'interactions' })).interactions.filter((i) => i.clientId === c0!.id);
    const r = await a.send('lookupExisting', {
      clientIds: [c0!.id, c1!.id, 'nobody'],
      keys: ['email:c0@example.com', 'email:c1@example.com', 'email:nobody@example.com'],
      interactions: [{ clientId: c0!.id, at: history[0]!.at, id: history[0]!.id }, { clientId: c0!.id, at: 1, id: 'missing' }],
      messages: [[c0!.id, 'gmail:0'], [c0!.id, 'gmail:9']],
    });
    expect(r.clients.map((c) => c.id)).toEqual([c0!.id]);
    expect(r.trashed).toEqual([c1!.id]);
    // A trashed client holds no keys.
    expect(r.holders).toEqual({ 'email:c0@example.com': [c0!.id] });
    expect(r.interactions).toEqual([history[0]]);
    expect(r.messages).toEqual([[c0!.id, 'gmail:0', history.find((i) => i.messageId === 'gmail:0')!.id]]);
  });
});

describe('import through the protocol', () => {
  it('new rows get the preview’s ids, a merged row keeps the existing client’s id and creation date', async () => {
    const a = await database('a');
    const lan = (await a.send('createClient', { client: { name: 'Lan Dang', emails: ['lan@dang.example'], tags: ['VIP'] } })).client;
    const existing = remoteExistingData(a.send);
    const preview = await previewImport(
      [
        { line: 2, ok: true, client: { name: 'Lan Thi Dang', emails: ['lan@dang.example'], phones: ['555-0107'], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: ['Clients'] } },
        { line: 3, ok: true, client: { name: 'Ana Ruiz', emails: ['ana@ruiz.example'], phones: [], domains: [], matters: [], notes: { family: '', interests: '', background: '', howWeMet: '', notes: '' }, goals: [], tags: [] } },
      ],
      existing,
      { newId: () => 'new-ana' },
    );
    expect(preview.counts).toMatchObject({ new: 1, merged: 1 });
    await applyRecords(a.send, 'import', importRecords(preview, existing.seen, NOW + DAY));
    const after = await a.send('getClient', { id: lan.id });
    expect(after.client).toMatchObject({ name: 'Lan Dang', phones: ['555-0107'], tags: ['VIP', 'Clients'], createdAt: lan.createdAt });
    expect((await a.send('getClient', { id: 'new-ana' })).client.name).toBe('Ana Ruiz');
    expect((await a.send('listClients', {})).total).toBe(2);
  });
});

describe('chunkRecords', () => {
  it('keeps every chunk within the message limit and spreads a long history over several chunks', () => {
    const long = { client: { name: 'Long', id: 'long' }, interactions: Array.from({ length: 12_000 }, (_, j) => ({ kind: 'call' as const, at: j })) };
    const short = Array.from({ length: 3000 }, (_, i) => ({ client: { name: `S${i}` }, interactions: [{ kind: 'note' as const, at: i }] }));
    const chunks = chunkRecords([long, ...short]);
    for (const c of chunks) expect(c.reduce((n, r) => n + 1 + (r.interactions?.length ?? 0), 0)).toBeLessThanOrEqual(5000);
    const flat = chunks.flat();
    expect(flat.filter((r) => r.client.name === 'Long').reduce((n, r) => n + r.interactions!.length, 0)).toBe(12_000);
    expect(flat.filter((r) => r.client.name !== 'Long')).toHaveLength(3000);
  });

  it('never splits a client whose history fits in a chunk', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ client: { name: `C${i}` }, interactions: Array.from({ length: 20 }, (_, j) => ({ kind: 'call' as const, at: j })) }));
    const chunks = chunkRecords(records);
    expect(chunks.length).toBe(Math.ceil(1000 / Math.floor(5000 / 21)));
    expect(chunks.flat()).toHaveLength(1000);
  });
});
