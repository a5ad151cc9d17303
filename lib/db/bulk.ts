// Bulk writes: many clients with their histories.
//
// - importClients (one message, at most 5,000 records) writes in one
//   transaction with writeRecords.
// - A staged job takes any number of records: begin → stage chunks (one
//   message and one short transaction each, retried by sequence number) →
//   commit, which moves every staged record into the live stores in ONE
//   transaction and deletes the staging in the same one. Before the commit
//   commits nothing is visible; if the worker is killed during it, the
//   browser aborts the transaction, the job is still staged and the commit
//   can be sent again (a commit that did land answers its retry with the
//   same result). abort drops a job. Staging nobody commits is deleted after
//   a day (purgeStaleJobs, run by the daily alarm).
//
// Records are written with as few database writes as the data allows: per
// client one record, one stats record and its history pages (64 interactions
// a page), and the index entries of the client's keys and stats.
import type { CadenceDefaults } from '../model/cadence';
import type { Client, ClientFields } from '../model/client';
import { newId } from '../model/ids';
import type { Interaction } from '../model/interaction';
import { StoreError } from './errors';
import { unwrap } from 'idb';
import { allItems, byTime, clientRange, paginate, toItem } from './history';
import type { Db } from './open';
import type { PageItem, StoredClient } from './schema';
import { seal, statsWithHistory } from './stats';
import { CLIENT_STORES, fail, putStats, toStored, withWrite, writeTx, type WriteTx } from './write';
import { getSettings } from './repos/settings';
import { issue } from './request';
import { flushCounts, noteStanding, standing } from './counts';
import type { BufferDefaults, Deadline } from '../model/deadline';
import type { OpenQuestion } from '../model/open-question';
import { getDeadlineSettings, sealDeadline, showClientDeadlines } from './repos/deadlines';
import { LAST_JOB_KEY, SNAPSHOT_MIN, SnapshotTaker, type LastJob } from './repos/snapshots';
import { rememberMeta, writeRestoreMeta, type RestoreMeta } from './restore-meta';
import type { Settings } from '../model/settings';
import { t } from '../i18n/t';

/** A client with its history, as importClients and staged jobs take it. Ids and timestamps are kept when given (a restore). */
export interface BulkRecord {
  client: ClientFields & { id?: string; createdAt?: number; updatedAt?: number };
  interactions: (Omit<Interaction, 'id' | 'clientId'> & { id?: string })[];
  /** The client's deadlines and promises, with their history (a restore): written as they are, by id. */
  deadlines?: Omit<Deadline, 'clientId'>[];
  /** The client's open questions (a restore), by id. */
  questions?: OpenQuestion[];
  /** Set by stageChunk on a record whose id it chose: such a client cannot exist yet, so the commit does not look. */
  fresh?: true;
  /**
   * A restore's trash entry: the client is written straight into the trash,
   * deleted at this time. Only a client new to the database: when its id
   * exists already, what the database holds is kept and the record is skipped.
   */
  trashedAt?: number;
}

export type BulkKind = 'import' | 'restore';

export interface BulkProgress {
  job: string;
  kind: BulkKind;
  state: 'staging' | 'committing' | 'committed' | 'aborted';
  /** Staged so far (or committed, once committed). */
  clients: number;
  interactions: number;
  chunks: number;
  /** While committing: records moved into the live stores so far, of `clients + interactions`. */
  done?: number;
  /** A committed restore that replaced the settings: the settings now stored. */
  settings?: Settings;
  /** A committed restore that replaced the deadline settings. */
  deadlineSettings?: true;
  /** A committed restore: the portals it added to the list. */
  portals?: string[];
}

interface JobRecord {
  job: string;
  kind: BulkKind;
  createdAt: number;
  state: 'staging' | 'committed';
  /** Per staged chunk (by sequence number): what it holds. */
  chunks: Record<string, { clients: number; interactions: number }>;
  /** A restore's settings, deadline settings and portals, written by the commit with the records. */
  restore?: RestoreMeta;
  result?: { clients: number; interactions: number; settings?: true; deadlineSettings?: true; portals?: string[] };
}

const jobKey = (job: string) => `bulk:${job}`;

/** The stores a commit writes: the clients', deadlines and questions, the snapshot, the staging and job records. */
const COMMIT_STORES = ['clients', 'stats', 'history', 'deadlines', 'questions', 'snapshots', 'staging', 'meta'] as const;

/** What writing a record needs to know besides the record: the cadence defaults, the deadline buffers. */
export interface WriteContext {
  cadence: CadenceDefaults;
  buffers: BufferDefaults;
  /** Set when the job keeps a snapshot: told of every client before it is written. */
  snapshot?: SnapshotTaker;
}
/**
 * A bulk job's staging and commit transactions report `complete` once the
 * operating system has their writes, without waiting for them to reach the
 * disk. That is Chrome's default since version 121; named here so an older
 * Chrome (no minimum version is set) does not flush once per staged chunk.
 * The commit stays all or nothing: a power cut in the seconds after it can
 * lose the whole job (the database is then as it was before the commit),
 * never part of it.
 */
const BULK_TX: IDBTransactionOptions = { durability: 'relaxed' };

const STAGED = (job: string) => IDBKeyRange.bound([job, -Infinity], [job, Infinity]);

/**
 * The stores a bulk write puts into, as the browser's own objects: a put
 * through them issues the request and nothing else, where idb's wrapper
 * makes a promise and two listeners for each (a sixth of a 210,000-record
 * commit). A failed request aborts the transaction all the same, and the
 * caller's `tx.done` reports it.
 */
interface RawStores {
  clients: IDBObjectStore;
  stats: IDBObjectStore;
  history: IDBObjectStore;
  deadlines: IDBObjectStore;
  questions: IDBObjectStore;
}

const rawStores = (tx: WriteTx): RawStores => ({
  clients: unwrap(tx.objectStore('clients')),
  stats: unwrap(tx.objectStore('stats')),
  history: unwrap(tx.objectStore('history')),
  deadlines: unwrap(tx.objectStore('deadlines')),
  questions: unwrap(tx.objectStore('questions')),
});

/** Which of these ids have a client record (live or in the trash): every request issued at once, one promise for all. */
function existing(store: IDBObjectStore, ids: readonly (string | undefined)[]): Promise<boolean[]> {
  return new Promise((resolve, reject) => {
    const out = ids.map(() => false);
    let pending = 0;
    ids.forEach((id, k) => {
      if (id === undefined) return;
      pending++;
      const r = store.getKey(id);
      r.onsuccess = () => {
        out[k] = r.result !== undefined;
        if (--pending === 0) resolve(out);
      };
      r.onerror = () => reject(r.error);
    });
    if (!pending) resolve(out);
  });
}

/**
 * Writes records into the live stores inside `tx`. A record whose client id
 * already exists replaces that client and merges histories by interaction id
 * (the record's version wins), so writing the same records twice leaves one
 * copy. Returns the ids in record order.
 *
 * A new client — most of any import or restore — costs no read and no await:
 * its record, stats and history pages are put at once.
 */
export async function writeRecords(
  tx: WriteTx,
  records: readonly BulkRecord[],
  ctx: WriteContext,
  now: number,
  progress?: (records: number) => void,
  written: Set<string> = new Set(),
): Promise<{ ids: string[]; interactions: number }> {
  const raw = rawStores(tx);
  // Which named clients exist already: asked all at once, not one round trip per record.
  const exists = await existing(
    raw.clients,
    records.map((r) => (r.client.id && !r.fresh ? r.client.id : undefined)),
  );
  const ids: string[] = [];
  let interactions = 0;
  const defaults = ctx.cadence;
  for (const [k, r] of records.entries()) {
    const id = r.client.id ?? newId();
    const client: Client = { ...r.client, id, createdAt: r.client.createdAt ?? now, updatedAt: r.client.updatedAt ?? now };
    const items: PageItem[] = r.interactions.map((i) => toItem({ ...i, id: i.id ?? newId(), clientId: id } as Interaction));
    const met = exists[k]! || written.has(id);
    const skipped = r.trashedAt !== undefined && met;
    if (ctx.snapshot && !skipped) {
      const reading = ctx.snapshot.before(
        tx,
        id,
        exists[k]!,
        r.deadlines?.map((d) => d.id),
        r.questions?.map((q) => q.id),
      );
      if (reading) await reading;
    }
    if (r.trashedAt !== undefined) {
      if (!skipped) {
        putClientWithHistory(tx, raw, { ...client, trashedAt: r.trashedAt }, items, defaults);
        putClientRecords(raw, id, r, r.trashedAt, ctx.buffers);
      }
    } else {
      // A client met before (it exists, or an earlier record of this write had its id) is merged.
      if (met) await mergeClient(tx, client, items, ctx);
      else putClientWithHistory(tx, raw, toStored(client), items, defaults);
      putClientRecords(raw, id, r, undefined, ctx.buffers);
    }
    written.add(id);
    ids.push(id);
    interactions += items.length;
    progress?.(1 + items.length);
  }
  return { ids, interactions };
}

/**
 * A client that has no records yet, with its whole history: the record, its
 * stats and its history pages. A client going straight into the trash
 * (`trashedAt`) has no identity keys and no list or cadence index entries
 * (stats.ts seal).
 */
function putClientWithHistory(tx: WriteTx, raw: RawStores, stored: StoredClient, items: PageItem[], defaults: CadenceDefaults): void {
  const sorted = items.sort(byTime);
  raw.clients.put(stored);
  const { keys: _k, trashedAt, ...client } = stored;
  const stats = statsWithHistory(client, defaults, sorted, true);
  if (trashedAt !== undefined) stats.trashedAt = trashedAt;
  raw.stats.put(seal(stats));
  noteStanding(tx, { live: false }, standing(stats));
  for (const p of paginate(client.id, sorted, true)) raw.history.put(p);
}

/** A record's deadlines and questions, under its client (hidden with it while it is in the trash). */
function putClientRecords(raw: RawStores, clientId: string, r: BulkRecord, trashedAt: number | undefined, buffers: BufferDefaults): void {
  for (const d of r.deadlines ?? []) raw.deadlines.put(sealDeadline({ ...d, clientId } as Deadline, trashedAt, buffers));
  for (const q of r.questions ?? []) raw.questions.put({ ...q, clientId });
}

async function mergeClient(tx: WriteTx, client: Client, items: PageItem[], ctx: WriteContext): Promise<void> {
  const defaults = ctx.cadence;
  const history = tx.objectStore('history');
  const incoming = new Set(items.map((i) => i.id));
  const kept = (await allItems(history, client.id)).filter((i) => !incoming.has(i.id));
  const merged = [...kept, ...items];
  issue(history.delete(clientRange(client.id)));
  for (const p of paginate(client.id, merged)) issue(history.put(p));
  const before = await tx.objectStore('stats').get(client.id);
  issue(tx.objectStore('clients').put(toStored(client)));
  putStats(tx, statsWithHistory(client, defaults, merged), standing(before));
  // A client the restore brings back from the trash: its deadlines come back with it.
  if (before?.trashedAt !== undefined) await showClientDeadlines(tx, client.id, ctx.buffers);
}

/** importClients: every record lands or none does, in one transaction. */
export async function importRecords(db: Db, records: readonly BulkRecord[], now: number): Promise<{ ids: string[]; interactions: number }> {
  const { cadence } = await getSettings(db);
  const { settings } = await getDeadlineSettings(db);
  return withWrite(db, [...CLIENT_STORES, 'deadlines', 'questions'], (tx) => writeRecords(tx, records, { cadence, buffers: settings.bufferDays }, now));
}

// ------------------------------------------------------------ staged jobs

/**
 * Jobs committing in this worker: their progress, and the transaction abortJob
 * can stop. Status is answered from here while a commit runs: the commit's
 * transaction holds the stores, and a read would wait for it to end.
 */
const live = new Map<string, { tx: WriteTx; done: number; total: number; status: BulkProgress }>();

export async function beginJob(db: Db, kind: BulkKind, now: number, job: string = newId(), restore?: RestoreMeta): Promise<BulkProgress> {
  if (restore && kind !== 'restore') throw new StoreError('conflict', t('errors_bulk_restore_only'));
  const rec: JobRecord = { job, kind, createdAt: now, state: 'staging', chunks: {}, ...(restore ? { restore } : {}) };
  const tx = db.transaction('meta', 'readwrite');
  if (await tx.store.get(jobKey(job))) return fail(tx as unknown as WriteTx, new StoreError('conflict', t('errors_bulk_exists')));
  issue(tx.store.put(rec, jobKey(job)));
  await tx.done;
  return progressOf(rec);
}

async function jobIn(tx: { objectStore(name: 'meta'): { get(key: string): Promise<unknown> } }, job: string): Promise<JobRecord | undefined> {
  return (await tx.objectStore('meta').get(jobKey(job))) as JobRecord | undefined;
}

function progressOf(rec: JobRecord): BulkProgress {
  const chunks = Object.values(rec.chunks);
  const sum = (k: 'clients' | 'interactions') => chunks.reduce((n, c) => n + c[k], 0);
  return {
    job: rec.job,
    kind: rec.kind,
    state: rec.state,
    clients: rec.result?.clients ?? sum('clients'),
    interactions: rec.result?.interactions ?? sum('interactions'),
    chunks: chunks.length,
    ...(rec.result?.deadlineSettings ? { deadlineSettings: true as const } : {}),
    ...(rec.result?.portals?.length ? { portals: rec.result.portals } : {}),
  };
}

/**
 * Stages chunk `seq` of a job (sending the same seq again replaces it, so a
 * retried message is harmless). Clients without an id get one here, and the
 * reply lists them in record order.
 */
export async function stageChunk(db: Db, job: string, seq: number, records: readonly BulkRecord[]): Promise<BulkProgress & { ids: string[] }> {
  const withIds: BulkRecord[] = records.map((r) => (r.client.id ? r : { ...r, client: { ...r.client, id: newId() }, fresh: true }));
  const tx = db.transaction(['staging', 'meta'], 'readwrite', BULK_TX);
  const rec = await jobIn(tx, job);
  if (!rec || rec.state !== 'staging') return fail(tx as unknown as WriteTx, new StoreError('not-found', t('errors_bulk_not_staging')));
  issue(tx.objectStore('staging').put({ job, seq, records: withIds }));
  rec.chunks[String(seq)] = { clients: withIds.length, interactions: withIds.reduce((n, r) => n + r.interactions.length, 0) };
  issue(tx.objectStore('meta').put(rec, jobKey(job)));
  await tx.done;
  return { ...progressOf(rec), ids: withIds.map((r) => r.client.id!) };
}

/**
 * Moves every staged record of the job into the live stores and deletes the
 * staging, in one transaction. `onProgress` sees records written so far.
 */
export async function commitJob(db: Db, job: string, now: number, onProgress?: (p: BulkProgress) => void): Promise<BulkProgress> {
  if (live.has(job)) throw new StoreError('conflict', t('errors_bulk_committing'));
  const current = await getSettings(db);
  const { settings: deadlineSettings } = await getDeadlineSettings(db);
  const tx = writeTx(db, COMMIT_STORES, BULK_TX);
  const rec = await jobIn(tx, job);
  if (!rec) return fail(tx, new StoreError('not-found', t('errors_bulk_none')));
  // Committed before (the reply was lost): the same answer, nothing written.
  if (rec.state === 'committed') {
    await tx.done;
    return { ...progressOf(rec), ...(rec.result?.settings ? { settings: await getSettings(db) } : {}) };
  }
  // A restore that brings settings writes its records with them, so its clients need no second pass.
  const cadence = rec.restore?.settings?.cadence ?? current.cadence;
  const buffers = rec.restore?.deadlineSettings?.bufferDays ?? deadlineSettings.bufferDays;
  const seqs = Object.keys(rec.chunks)
    .map(Number)
    .sort((a, b) => a - b);
  const staged = progressOf(rec);
  const state = { tx, done: 0, total: staged.clients + staged.interactions, status: staged };
  // A restore, or an import big enough that undoing it by hand would be a chore, keeps a snapshot — in this same transaction.
  const snapshot = rec.kind === 'restore' || state.total >= SNAPSHOT_MIN ? new SnapshotTaker(job, rec.kind, now) : undefined;
  const ctx: WriteContext = { cadence, buffers, ...(snapshot ? { snapshot } : {}) };
  live.set(job, state);
  try {
    const staging = tx.objectStore('staging');
    // Ids written by this commit so far: a client in two chunks is merged, not written twice.
    const written = new Set<string>();
    let clients = 0;
    let interactions = 0;
    // One chunk in memory at a time; the next one is requested while this one is written.
    const fetch = (k: number) => {
      if (k >= seqs.length) return undefined;
      const p = staging.get([job, seqs[k]!]);
      // If the commit dies before awaiting it, its rejection is the transaction's, reported there.
      p.catch(() => {});
      return p;
    };
    let next = fetch(0);
    for (let k = 0; k < seqs.length; k++) {
      const chunk = await next;
      next = fetch(k + 1);
      if (!chunk) throw new StoreError('not-found', t('errors_bulk_chunk_missing', { chunk: seqs[k]! }));
      const r = await writeRecords(tx, chunk.records as BulkRecord[], ctx, now, (n) => (state.done += n), written);
      snapshot?.flush(tx);
      clients += r.ids.length;
      interactions += r.interactions;
      onProgress?.({ ...staged, state: 'committing', done: state.done });
    }
    issue(staging.delete(STAGED(job)));
    // Settings and portals after the records: the snapshot has seen every client as it was.
    const meta = rec.restore ? await writeRestoreMeta(tx, rec.restore) : undefined;
    if (snapshot && meta && Object.keys(meta.prior).length) snapshot.meta = meta.prior;
    await snapshot?.finish(tx);
    issue(tx.objectStore('meta').put({ job, kind: rec.kind, at: now, records: state.total, snapshot: !!snapshot } satisfies LastJob, LAST_JOB_KEY));
    await flushCounts(tx);
    const change = meta?.change ?? {};
    const result: NonNullable<JobRecord['result']> = {
      clients,
      interactions,
      ...(change.settings ? { settings: true as const } : {}),
      ...(change.deadlineSettings ? { deadlineSettings: true as const } : {}),
      ...(change.portals ? { portals: change.portals } : {}),
    };
    // The job record keeps what it was asked to write only until it is written.
    const { restore: _r, ...done } = rec;
    const committed: JobRecord = { ...done, state: 'committed', result };
    issue(tx.objectStore('meta').put(committed, jobKey(job)));
    await tx.done;
    rememberMeta(db, change);
    return { ...progressOf(committed), ...(change.settings ? { settings: change.settings } : {}) };
  } catch (e) {
    // Whatever went wrong (a missing chunk, abortJob, the browser), nothing of the job is kept.
    return fail(tx, e);
  } finally {
    live.delete(job);
  }
}

/** Drops a job and its staging; stops its commit if one is running in this worker (nothing of it is kept). */
export async function abortJob(db: Db, job: string): Promise<BulkProgress> {
  const running = live.get(job);
  if (running) {
    try {
      running.tx.abort();
    } catch {
      // It finished first: the job is committed and stays so.
    }
    await running.tx.done.catch(() => {});
  }
  const tx = db.transaction(['staging', 'meta'], 'readwrite');
  const rec = await jobIn(tx, job);
  if (!rec) return fail(tx as unknown as WriteTx, new StoreError('not-found', t('errors_bulk_none')));
  if (rec.state === 'committed') {
    await tx.done;
    throw new StoreError('conflict', t('errors_bulk_committed'));
  }
  issue(tx.objectStore('staging').delete(STAGED(job)));
  issue(tx.objectStore('meta').delete(jobKey(job)));
  await tx.done;
  return { ...progressOf(rec), state: 'aborted' };
}

/** Where a job stands: staged counts, or records written so far while it commits in this worker. */
export async function jobStatus(db: Db, job: string): Promise<BulkProgress> {
  const running = live.get(job);
  if (running) return { ...running.status, state: 'committing', done: running.done };
  const rec = (await db.get('meta', jobKey(job))) as JobRecord | undefined;
  if (!rec) throw new StoreError('not-found', t('errors_bulk_none'));
  return progressOf(rec);
}

/** Deletes jobs (staged or committed) started before `cutoff`: staging nobody committed, and old commit receipts. */
export async function purgeStaleJobs(db: Db, cutoff: number): Promise<number> {
  const tx = db.transaction(['staging', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const keys = (await meta.getAllKeys(IDBKeyRange.bound('bulk:', 'bulk:\uffff'))) as string[];
  let n = 0;
  for (const key of keys) {
    const rec = (await meta.get(key)) as JobRecord | undefined;
    if (!rec || rec.createdAt >= cutoff || live.has(rec.job)) continue;
    issue(tx.objectStore('staging').delete(STAGED(rec.job)));
    issue(meta.delete(key));
    n++;
  }
  await tx.done;
  return n;
}
