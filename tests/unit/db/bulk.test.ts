import { BACKGROUND } from '../../../lib/messaging/caller';
import 'fake-indexeddb/auto';
import { IDBDatabase as FakeDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commitJob, purgeStaleJobs, stageChunk, type BulkRecord } from '../../../lib/db/bulk';
import { openRapportDb, type Db } from '../../../lib/db/open';
import { allInteractions } from '../../../lib/db/repos/interactions';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import { MAX_RECORDS_PER_MESSAGE, requestSchema, type MessageType, type ReplyMap, type RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';

const NOW = Date.UTC(2026, 10, 26, 12);
let db: Db;
let env: Env;

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openRapportDb('bulk');
  env = { db, now: () => NOW };
});

const raw = (type: string, payload: unknown) => route({ type, payload }, BACKGROUND, handlers, env);
async function call<K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> {
  const r = await raw(type, payload);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.data as ReplyMap[K];
}

/** `n` clients of `k` interactions each, numbered from `from`. */
const records = (from: number, n: number, k = 3) =>
  Array.from({ length: n }, (_, i) => ({
    client: { name: `Client ${from + i}`, emails: [`c${from + i}@example.com`] },
    interactions: Array.from({ length: k }, (_, j) => ({ kind: 'email-in' as const, at: NOW - (j + 1) * 86_400_000, messageId: `m-${from + i}-${j}` })),
  }));

/** What the live stores hold, as a user would see it. */
async function visible() {
  return {
    clients: (await call('listClients', {})).total,
    interactions: (await allInteractions(db)).length,
    lookup: (await call('getClientContext', { context: { site: 'gmail', url: 'x', people: [{ email: 'c1@example.com', role: 'from' }], cases: [] } })).matches.length,
  };
}

describe('staged bulk writes', () => {
  it('nothing is visible until the commit; then everything is, with stats; a retried commit writes nothing more', async () => {
    const job = await call('bulkBegin', { kind: 'import' });
    const staged = await call('bulkStage', { job: job.job, seq: 0, records: records(0, 40) });
    expect(staged.ids).toHaveLength(40);
    await call('bulkStage', { job: job.job, seq: 1, records: records(40, 40) });
    // Sending chunk 1 again (a retry) replaces it rather than adding to it.
    await call('bulkStage', { job: job.job, seq: 1, records: records(40, 40) });
    expect(await call('bulkStatus', { job: job.job })).toMatchObject({ state: 'staging', clients: 80, interactions: 240, chunks: 2 });
    expect(await visible()).toEqual({ clients: 0, interactions: 0, lookup: 0 });

    const done = await call('bulkCommit', { job: job.job });
    expect(done).toMatchObject({ state: 'committed', clients: 80, interactions: 240 });
    expect(await visible()).toEqual({ clients: 80, interactions: 240, lookup: 1 });
    const [first] = (await call('listClients', { query: 'c1@' })).clients;
    expect(first).toMatchObject({ lastContact: NOW - 86_400_000 });
    expect(await db.count('staging')).toBe(0);

    expect(await call('bulkCommit', { job: job.job })).toMatchObject({ state: 'committed', clients: 80 });
    expect(await visible()).toEqual({ clients: 80, interactions: 240, lookup: 1 });
  });

  it('a commit that fails part-way writes nothing and leaves the job staged, to commit again or abort', async () => {
    const job = await call('bulkBegin', {});
    await call('bulkStage', { job: job.job, seq: 0, records: records(0, 50) });
    // A record no validated message could carry (times that are not numbers, so its history page has no valid key): refused mid-commit.
    const bad = requestSchema('importClients').parse({ records: records(50, 5) }).records as BulkRecord[];
    for (const i of bad[4]!.interactions) i.at = Number.NaN;
    await stageChunk(db, job.job, 1, bad);
    await expect(call('bulkCommit', { job: job.job })).rejects.toBeTruthy();
    expect(await visible()).toEqual({ clients: 0, interactions: 0, lookup: 0 });
    expect(await call('bulkStatus', { job: job.job })).toMatchObject({ state: 'staging', clients: 55 });
    await call('bulkAbort', { job: job.job });
    expect(await db.count('staging')).toBe(0);
    await expect(call('bulkStatus', { job: job.job })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a commit that dies after writing part of the data leaves the old data; the commit sent again lands once', async () => {
    const job = await call('bulkBegin', {});
    for (let seq = 0; seq < 4; seq++) await call('bulkStage', { job: job.job, seq, records: records(seq * 30, 30) });
    // The commit dies once the first chunk is written inside its transaction (as when the worker is killed).
    const dying = commitJob(db, job.job, NOW, () => {
      throw new Error('worker killed');
    });
    await expect(dying).rejects.toThrow('worker killed');
    expect(await visible()).toEqual({ clients: 0, interactions: 0, lookup: 0 });
    expect(await call('bulkCommit', { job: job.job })).toMatchObject({ clients: 120, interactions: 360 });
    expect(await visible()).toEqual({ clients: 120, interactions: 360, lookup: 1 });
  });

  it('a restore keeps ids and timestamps, replaces a client with the same id and merges its history by interaction id', async () => {
    const { client } = await call('createClient', { client: { name: 'Maria Alvarez', emails: ['maria@alvarezbakery.com'] }, id: 'maria' });
    await call('logInteraction', { interaction: { id: 'local-call', clientId: 'maria', kind: 'call', at: NOW - 5_000 } });
    await call('logInteraction', { interaction: { id: 'shared', clientId: 'maria', kind: 'note', at: NOW - 4_000, summary: 'old text' } });
    const job = await call('bulkBegin', { kind: 'restore' });
    await call('bulkStage', {
      job: job.job,
      seq: 0,
      records: [
        {
          client: { id: 'maria', name: 'Maria Alvarez-Ruiz', emails: ['maria@alvarezbakery.com'], createdAt: 5, updatedAt: 6 },
          interactions: [
            { id: 'shared', kind: 'note', at: NOW - 4_000, summary: 'backup text' },
            { id: 'from-backup', kind: 'meeting', at: NOW - 3_000 },
          ],
        },
      ],
    });
    await call('bulkCommit', { job: job.job });
    const view = await call('getClient', { id: 'maria' });
    expect(view.client).toMatchObject({ name: 'Maria Alvarez-Ruiz', createdAt: 5, updatedAt: 6 });
    expect(view.client.createdAt).not.toBe(client.createdAt);
    expect(view.recent.map((i) => [i.id, i.summary])).toEqual([
      ['from-backup', ''],
      ['shared', 'backup text'],
      ['local-call', ''],
    ]);
    expect(view).toMatchObject({ lastContact: NOW - 3_000, counts: { call: 1, note: 1, meeting: 1 } });
    // Restoring the same file again changes nothing.
    const again = await call('bulkBegin', { kind: 'restore' });
    await call('bulkStage', { job: again.job, seq: 0, records: [{ client: { id: 'maria', name: 'Maria Alvarez-Ruiz', createdAt: 5, updatedAt: 6 }, interactions: [{ id: 'from-backup', kind: 'meeting', at: NOW - 3_000 }] }] });
    await call('bulkCommit', { job: again.job });
    expect((await allInteractions(db)).length).toBe(3);
  });

  it('the same client in two chunks of one job is one client with both histories', async () => {
    const job = await call('bulkBegin', { kind: 'restore' });
    await call('bulkStage', { job: job.job, seq: 0, records: [{ client: { id: 'x', name: 'X' }, interactions: [{ id: 'a', kind: 'call', at: 1 }] }] });
    await call('bulkStage', { job: job.job, seq: 1, records: [{ client: { id: 'x', name: 'X' }, interactions: [{ id: 'b', kind: 'call', at: 2 }] }] });
    await call('bulkCommit', { job: job.job });
    expect((await call('listClients', {})).total).toBe(1);
    expect((await call('getClient', { id: 'x' })).recent.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('one message carries at most 5,000 records; a staged job carries any number', async () => {
    const tooMany = records(0, 1250, 3); // 1,250 × (1 + 3) = 5,000: the limit
    expect((await raw('importClients', { records: tooMany })).ok).toBe(true);
    const over = await raw('importClients', { records: records(2000, 1, MAX_RECORDS_PER_MESSAGE) });
    expect(over).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/stage more with bulkBegin/) } });
    const job = await call('bulkBegin', {});
    for (let seq = 0; seq < 3; seq++) await call('bulkStage', { job: job.job, seq, records: records(3000 + seq * 1250, 1250, 3) });
    expect(await call('bulkCommit', { job: job.job })).toMatchObject({ clients: 3750, interactions: 11_250 });
    expect((await call('listClients', {})).total).toBe(5000);
  });

  it('staging and commit transactions ask for relaxed durability; a single edit keeps the default', async () => {
    const opened: { stores: string[]; durability: string }[] = [];
    const transaction = FakeDatabase.prototype.transaction;
    vi.spyOn(FakeDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = transaction.apply(this, args);
      opened.push({ stores: [...tx.objectStoreNames], durability: tx.durability });
      return tx;
    });
    const job = await call('bulkBegin', {});
    await call('bulkStage', { job: job.job, seq: 0, records: records(0, 3) });
    await call('bulkCommit', { job: job.job });
    const bulk = opened.filter((t) => t.stores.includes('staging'));
    // One staging transaction and the commit's (which also holds the live stores).
    expect(bulk.map((t) => t.stores.includes('clients'))).toEqual([false, true]);
    expect(bulk.every((t) => t.durability === 'relaxed')).toBe(true);
    await call('logInteraction', { interaction: { clientId: (await call('listClients', {})).clients[0]!.id, kind: 'call', at: NOW, summary: 'x', source: 'manual' } });
    expect(opened.filter((t) => t.stores.includes('history') && !t.stores.includes('staging')).at(-1)?.durability).toBe('default');
  });

  it('staging nobody committed is dropped after a day; a job cannot be staged once committed', async () => {
    const old = await call('bulkBegin', {});
    await call('bulkStage', { job: old.job, seq: 0, records: records(0, 2) });
    const done = await call('bulkBegin', {});
    await call('bulkStage', { job: done.job, seq: 0, records: records(10, 2) });
    await call('bulkCommit', { job: done.job });
    await expect(call('bulkStage', { job: done.job, seq: 1, records: records(20, 1) })).rejects.toMatchObject({ code: 'not-found' });
    expect(await purgeStaleJobs(db, NOW + 1)).toBe(2);
    expect(await db.count('staging')).toBe(0);
    expect((await call('listClients', {})).total).toBe(2);
  });
});
