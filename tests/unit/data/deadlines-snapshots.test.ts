// Backups carry deadlines (with their history) and open questions; restores
// and large imports keep a snapshot that "Undo" puts back exactly. Over the
// real router, handlers and IndexedDB (fake-indexeddb).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyRecords, chunkRecords, remoteExistingData, restoreRecords, runBackup, type Send } from '../../../lib/backup/remote';
import { planRestore } from '../../../lib/backup/restore-plan';
import { validateBackup } from '../../../lib/backup/validate';
import { openRapportDb } from '../../../lib/db/open';
import type { Db } from '../../../lib/db/open';
import { listSnapshots } from '../../../lib/db/repos/snapshots';
import { BACKGROUND } from '../../../lib/messaging/caller';
import { handlers, type Env } from '../../../lib/messaging/handlers';
import type { MessageType, ReplyMap, RequestOf } from '../../../lib/messaging/protocol';
import { route } from '../../../lib/messaging/router';
import { backupDoc, client, T0 } from './records';

const NOW = Date.UTC(2026, 10, 26, 12);
const DAY = 86_400_000;

async function database(name: string): Promise<{ send: Send; db: Db; clock: { now: number } }> {
  const db = await openRapportDb(name);
  const clock = { now: NOW };
  const env: Env = { db, now: () => clock.now };
  const send = (async <K extends MessageType>(type: K, payload: RequestOf<K>): Promise<ReplyMap[K]> => {
    const r = await route({ type, payload }, BACKGROUND, handlers, env);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.data as ReplyMap[K];
  }) as Send;
  return { send, db, clock };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const backupText = async (send: Send) => (await runBackup(send, { appVersion: '0.1.0', now: NOW, pageSize: 7 })).parts.join('');

async function restoreInto(send: Send, text: string) {
  const v = validateBackup(text);
  if (!v.ok) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  const at = new Map(v.backup.interactions.map((i) => [i.id, { clientId: i.clientId, at: i.at }]));
  const existing = remoteExistingData(send, at);
  const plan = await planRestore(v.backup, existing);
  if (!plan.ok) throw new Error(JSON.stringify(plan.errors));
  await applyRecords(send, 'restore', restoreRecords(plan.plan, existing.seen));
  return plan.plan;
}

/** Two clients, one with a matter; deadlines (one moved, one done) and questions (one answered) on each. */
async function seedWithDeadlines(send: Send, clock: { now: number }) {
  const maria = (await send('createClient', { client: { name: 'Maria Alvarez', emails: ['maria@example.com'], matters: [{ id: 'm1', caseNumber: '22STCV11897' }] } })).client;
  const chidi = (await send('createClient', { client: { name: 'Chidi Okafor', emails: ['chidi@example.com'] } })).client;
  await send('logInteraction', { interaction: { clientId: maria.id, kind: 'call', at: NOW - DAY, summary: 'Spoke about the lease' } });
  const d1 = (await send('saveDeadline', { id: 'd1', deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition brief', kind: 'court', dueDate: '2026-12-10' } })).deadline;
  clock.now += 1000;
  await send('saveDeadline', { id: 'd1', base: d1.updatedAt, reason: 'Stipulated extension', deadline: { clientId: maria.id, matterId: 'm1', title: 'Opposition brief', kind: 'court', dueDate: '2026-12-17' } });
  await send('saveDeadline', { id: 'd2', deadline: { clientId: maria.id, title: 'Send the draft lease', kind: 'promise', dueDate: '2026-11-28', dueTime: '17:00' } });
  await send('completeDeadline', { id: 'd2' });
  await send('saveDeadline', { id: 'd3', deadline: { clientId: chidi.id, title: 'Internal review', kind: 'internal', dueDate: '2026-11-20', bufferDays: 2, notes: 'Ask Priya' } });
  await send('saveOpenQuestion', { id: 'q1', clientId: maria.id, text: 'Does the landlord accept a payment plan?' });
  await send('saveOpenQuestion', { id: 'q2', clientId: maria.id, text: 'Who else signed the lease?' });
  await send('resolveOpenQuestion', { id: 'q2' });
  await send('saveOpenQuestion', { id: 'q3', clientId: chidi.id, text: 'Which court?' });
  return { maria, chidi };
}

async function deadlineState(send: Send, ids: string[]) {
  const all = await send('listDeadlines', {});
  const questions = await Promise.all(ids.map(async (clientId) => (await send('listOpenQuestions', { clientId })).questions));
  return { all, questions, alerts: await send('deadlineAlerts', {}) };
}

describe('backups carry deadlines and open questions', () => {
  it('back up → delete forever → restore gives the same deadlines (with history) and questions, and a backup of that is byte-identical', async () => {
    const { send, clock } = await database('a');
    const { maria, chidi } = await seedWithDeadlines(send, clock);
    const before = await deadlineState(send, [maria.id, chidi.id]);
    expect(before.all.items.find((i) => i.deadline.id === 'd1')!.deadline.history.map((h) => h.type)).toEqual(['created', 'due-changed']);
    const text = await backupText(send);
    const doc = JSON.parse(text) as { version: number; deadlines: unknown[]; questions: unknown[]; deadlineSettings: unknown };
    expect(doc.version).toBe(2);
    expect(doc.deadlines).toHaveLength(3);
    expect(doc.questions).toHaveLength(3);
    expect(doc.deadlineSettings).toBeDefined();

    for (const c of [maria, chidi]) {
      await send('deleteClient', { id: c.id });
      await send('deleteClientForever', { id: c.id });
    }
    expect((await send('listDeadlines', {})).items).toEqual([]);

    const plan = await restoreInto(send, text);
    expect(plan.counts.deadlines).toEqual({ new: 3, unchanged: 0, conflict: 0, skipped: 0 });
    expect(plan.counts.questions).toEqual({ new: 3, unchanged: 0, conflict: 0, skipped: 0 });
    expect(await deadlineState(send, [maria.id, chidi.id])).toEqual(before);
    expect(await backupText(send)).toBe(text);
    // Restoring again: every deadline and question is already there, unchanged.
    const again = await restoreInto(send, text);
    expect(again.counts.deadlines).toEqual({ new: 0, unchanged: 3, conflict: 0, skipped: 0 });
  });

  it('a trashed client’s deadlines travel too, and stay hidden until the client is restored from the trash', async () => {
    const a = await database('a');
    const { maria } = await seedWithDeadlines(a.send, a.clock);
    const mariaBefore = (await a.send('listDeadlines', { clientId: maria.id })).items;
    await a.send('deleteClient', { id: maria.id });
    const text = await backupText(a.send);
    const b = await database('b');
    await restoreInto(b.send, text);
    expect((await b.send('listDeadlines', {})).items.map((i) => i.deadline.id)).toEqual(['d3']);
    await b.send('restoreClient', { id: maria.id });
    expect((await b.send('listDeadlines', { clientId: maria.id })).items).toEqual(mariaBefore);
  });

  it('a version-1 backup (no deadlines, questions or deadline settings) still restores', async () => {
    const { send } = await database('a');
    const v1 = { ...backupDoc({ clients: [client('a', { name: 'Ana Ruiz' })] }), version: 1 };
    const v = validateBackup(JSON.stringify(v1));
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.backup.deadlines).toEqual([]);
    await restoreInto(send, JSON.stringify(v1));
    expect((await send('getClient', { id: 'a' })).client.name).toBe('Ana Ruiz');
  });

  it('a deadline or question of a client not in the file, or a repeated id, is an error with its path', () => {
    const deadline = { id: 'd1', clientId: 'a', title: 'Brief', kind: 'court', dueDate: '2026-12-01', createdAt: T0, updatedAt: T0, history: [] };
    const v = validateBackup(
      JSON.stringify({
        ...backupDoc({ clients: [client('a')] }),
        deadlines: [deadline, { ...deadline, clientId: 'ghost' }, { ...deadline, id: 'd2', dueDate: '2026-02-30' }],
        questions: [{ id: 'q1', clientId: 'ghost', text: 'Why?', addedAt: T0 }],
      }),
    );
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.errors.map((e) => e.path)).toEqual(['deadlines[2].dueDate', 'deadlines[1].id', 'deadlines[1].clientId', 'questions[0].clientId']);
  });

  it('deadlines and questions ride with their client’s first chunk, and count towards the chunk’s size', () => {
    const deadlines = Array.from({ length: 10 }, (_, k) => ({ id: `d${k}`, title: 'x', kind: 'court' as const, dueDate: '2026-12-01', createdAt: T0, updatedAt: T0, history: [], notes: '' }));
    const records = [{ client: { name: 'Long', id: 'long' }, interactions: Array.from({ length: 7000 }, (_, j) => ({ kind: 'call' as const, at: j })), deadlines }];
    const chunks = chunkRecords(records);
    for (const c of chunks) expect(c.reduce((n, r) => n + 1 + (r.interactions?.length ?? 0) + (r.deadlines?.length ?? 0), 0)).toBeLessThanOrEqual(5000);
    expect(chunks.flat().filter((r) => r.deadlines)).toHaveLength(1);
  });
});

/** Every record of the database, by store, for exact comparison (the snapshots themselves and the job receipts aside). */
async function everything(db: Db) {
  const stores = ['clients', 'stats', 'history', 'deadlines', 'questions'] as const;
  const out: Record<string, unknown> = {};
  for (const s of stores) out[s] = await db.getAll(s);
  out.counts = await db.get('meta', 'counts');
  return out;
}

const bulk = (n: number, k: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({
    client: { name: `Imported ${String(i + from).padStart(3, '0')}`, emails: [`imp${i + from}@example.com`] },
    interactions: Array.from({ length: k }, (_, j) => ({ kind: 'note' as const, at: NOW - (j + 1) * DAY, summary: `n${j}` })),
  }));

describe('snapshots and undo', () => {
  it('an import of 50 or more records is undone exactly: added clients go, a merged client is back as it was', async () => {
    const { send, db, clock } = await database('a');
    const { maria } = await seedWithDeadlines(send, clock);
    const before = await everything(db);
    const mariaBefore = await send('getClient', { id: maria.id });
    // 60 new clients, and Maria written over (a restore-like merge with new history and a new deadline).
    const records = [
      ...bulk(60, 0),
      {
        client: { ...mariaBefore.client, notes: { ...mariaBefore.client.notes, family: 'Changed by the import' } },
        interactions: [{ kind: 'call' as const, at: NOW - 2 * DAY, summary: 'imported call' }],
        deadlines: [{ id: 'd9', title: 'New', kind: 'court' as const, dueDate: '2026-12-24', createdAt: NOW, updatedAt: NOW, history: [], notes: '' }],
      },
    ];
    const seen = clock.now;
    clock.now += DAY;
    await applyRecords(send, 'import', records);
    expect((await send('listClients', {})).total).toBe(62);
    const last = await send('lastSnapshot', {});
    expect(last).toMatchObject({ undo: { kind: 'import', added: 60, changed: 1 } });
    if (!('undo' in last) || !last.undo) throw new Error('no snapshot');
    await send('undoSnapshot', { id: last.undo.id });
    expect(await everything(db)).toEqual(before);
    clock.now = seen;
    expect(await send('getClient', { id: maria.id })).toEqual(mariaBefore);
    expect(await send('lastSnapshot', {})).toEqual({ reason: 'The last import has already been undone: there is nothing more to undo.' });
    await expect(send('undoSnapshot', { id: last.undo.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a restore that brings a client back from the trash and merges another is undone exactly', async () => {
    const { send, db, clock } = await database('a');
    const { maria, chidi } = await seedWithDeadlines(send, clock);
    const text = await backupText(send);
    await send('deleteClient', { id: maria.id });
    await send('updateClient', { client: { ...(await send('getClient', { id: chidi.id })).client, tags: ['changed'] } });
    await send('deleteDeadline', { id: 'd3' });
    const before = await everything(db);
    await restoreInto(send, text);
    expect((await send('listDeadlines', {})).items).toHaveLength(3);
    const last = await send('lastSnapshot', {});
    if (!('undo' in last) || !last.undo) throw new Error('no snapshot');
    expect(last.undo.kind).toBe('restore');
    await send('undoSnapshot', { id: last.undo.id });
    expect(await everything(db)).toEqual(before);
    expect((await send('listTrash', {})).clients.map((c) => c.id)).toEqual([maria.id]);
  });

  it('a small import keeps no snapshot and says so; only the last job can be undone; the newest three are kept', async () => {
    const { send, db, clock } = await database('a');
    expect(await send('lastSnapshot', {})).toEqual({ reason: 'There is nothing to undo: no import or restore has been made here yet.' });
    const ids: string[] = [];
    for (let k = 0; k < 4; k++) {
      clock.now += 60_000;
      await applyRecords(send, 'import', bulk(50, 0, k * 100));
      const last = await send('lastSnapshot', {});
      if (!('undo' in last) || !last.undo) throw new Error('no snapshot');
      ids.push(last.undo.id);
    }
    expect((await listSnapshots(db)).map((s) => s.id)).toEqual(ids.slice(1).reverse());
    await applyRecords(send, 'import', bulk(3, 0, 900));
    expect(await send('lastSnapshot', {})).toEqual({
      reason: 'The last import had fewer than 50 records, so no snapshot was kept: there is nothing to undo. Delete what you do not want from the client list.',
    });
    await expect(send('undoSnapshot', { id: ids[3]! })).rejects.toMatchObject({ code: 'conflict' });
    expect((await send('listClients', {})).total).toBe(203);
  });
});
