// Snapshots: before a restore, or an import of SNAPSHOT_MIN records or more,
// the commit (lib/db/bulk.ts commitJob) records what it is about to overwrite
// or add — every record of each existing client it touches as it was, and the
// ids of the clients it creates — in the SAME transaction as the commit. A
// worker killed mid-commit therefore leaves neither the job nor its snapshot;
// a commit that landed always has its snapshot. Undo puts every one of those
// records back in one transaction. The newest KEEP snapshots are kept; only
// the snapshot of the last job committed can be undone ("until the next
// import or restore"), since undoing an older one would also take back what
// later jobs wrote over it. A restore's head also keeps the settings, deadline
// settings and portal list it replaced (restore-meta.ts); undo puts them back
// in the same transaction as the records.
import { StoreError } from '../errors';
import { clientRange } from '../history';
import type { Db } from '../open';
import { issue } from '../request';
import type { PriorClient, SnapshotHead, SnapshotPart, StoredDeadline, StoredQuestion } from '../schema';
import { noteStanding, standing } from '../counts';
import { withWrite, type WriteTx } from '../write';
import { putBackMeta, rememberMeta, type PriorMeta } from '../restore-meta';
import type { Settings } from '../../model/settings';
import { t } from '../../i18n/t';

/** Imports of fewer records (clients + interactions) than this are not snapshotted: undo for them is deleting a few clients. */
export const SNAPSHOT_MIN = 50;
/** Snapshots kept; older ones are deleted when a new one is taken. */
export const KEEP = 3;
/** meta key: the last bulk job committed, and whether it kept a snapshot. */
export const LAST_JOB_KEY = 'lastBulkJob';

export interface LastJob {
  job: string;
  kind: 'import' | 'restore';
  at: number;
  records: number;
  snapshot: boolean;
}

export const SNAPSHOT_STORES = ['clients', 'stats', 'history', 'deadlines', 'questions', 'snapshots', 'meta'] as const;

const byClient = (clientId: string) => IDBKeyRange.bound([clientId], [clientId, []]);
const whole = (id: string) => IDBKeyRange.bound([id, 0], [id, Infinity]);

/**
 * Collects, during one commit, what the job is about to change. Call
 * `before` for every client before it is written, and `flush` after each
 * chunk (one part record per chunk keeps records bounded).
 */
export class SnapshotTaker {
  private seen = new Set<string>();
  private seenDeadlines = new Set<string>();
  private seenQuestions = new Set<string>();
  private part: Omit<SnapshotPart, 'id' | 'seq'> = { prior: [], added: [], looseDeadlines: [], looseQuestions: [] };
  private seq = 1;
  added = 0;
  changed = 0;
  /** A restore's settings, deadline settings and portal list as they were, where it replaced them. */
  meta?: PriorMeta;

  constructor(
    readonly id: string,
    readonly kind: 'import' | 'restore',
    readonly createdAt: number,
  ) {}

  /**
   * `exists`: the client has records now (live or in the trash). Returns a
   * promise only when there is something to read first (an existing client's
   * records, deadlines or questions that may belong to another client): a new
   * client is noted at once, with no await.
   */
  before(tx: WriteTx, clientId: string, exists: boolean, deadlineIds: readonly string[] = [], questionIds: readonly string[] = []): Promise<void> | undefined {
    const first = !this.seen.has(clientId);
    if (first) this.seen.add(clientId);
    if (first && !exists) {
      this.part.added.push(clientId);
      this.added++;
    }
    const newD = deadlineIds.filter((id) => !this.seenDeadlines.has(id));
    const newQ = questionIds.filter((id) => !this.seenQuestions.has(id));
    if (!(first && exists) && !newD.length && !newQ.length) return undefined;
    return this.read(tx, clientId, first && exists, newD, newQ);
  }

  private async read(tx: WriteTx, clientId: string, prior: boolean, newD: string[], newQ: string[]): Promise<void> {
    if (prior) {
      const [client, stats, pages, deadlines, questions] = await Promise.all([
        tx.objectStore('clients').get(clientId),
        tx.objectStore('stats').get(clientId),
        tx.objectStore('history').getAll(clientRange(clientId)),
        tx.objectStore('deadlines').index('client').getAll(byClient(clientId)),
        tx.objectStore('questions').index('client').getAll(byClient(clientId)),
      ]);
      if (client && stats) {
        this.part.prior.push({ client, stats, pages, deadlines, questions } satisfies PriorClient);
        this.changed++;
        for (const d of deadlines) this.seenDeadlines.add(d.id);
        for (const q of questions) this.seenQuestions.add(q.id);
      } else {
        this.part.added.push(clientId);
        this.added++;
      }
    }
    // A deadline or question written under this client that some other client holds now.
    const d2 = newD.filter((id) => !this.seenDeadlines.has(id));
    const q2 = newQ.filter((id) => !this.seenQuestions.has(id));
    const [ds, qs] = await Promise.all([
      Promise.all(d2.map((id) => tx.objectStore('deadlines').get(id))),
      Promise.all(q2.map((id) => tx.objectStore('questions').get(id))),
    ]);
    for (const id of d2) this.seenDeadlines.add(id);
    for (const id of q2) this.seenQuestions.add(id);
    for (const d of ds) if (d && !this.seen.has(d.clientId)) this.part.looseDeadlines.push(d);
    for (const q of qs) if (q && !this.seen.has(q.clientId)) this.part.looseQuestions.push(q);
  }

  /** Writes what this chunk collected as one part. */
  flush(tx: WriteTx): void {
    const p = this.part;
    if (!p.prior.length && !p.added.length && !p.looseDeadlines.length && !p.looseQuestions.length) return;
    issue(tx.objectStore('snapshots').put({ id: this.id, seq: this.seq++, ...p }));
    this.part = { prior: [], added: [], looseDeadlines: [], looseQuestions: [] };
  }

  /** The head, last; and the oldest snapshots beyond KEEP go. */
  async finish(tx: WriteTx): Promise<void> {
    this.flush(tx);
    const head: SnapshotHead = {
      id: this.id,
      seq: 0,
      job: this.id,
      kind: this.kind,
      createdAt: this.createdAt,
      added: this.added,
      changed: this.changed,
      ...(this.meta ? { meta: this.meta } : {}),
    };
    issue(tx.objectStore('snapshots').put(head));
    const heads = (await headsIn(tx)).filter((h) => h.id !== this.id);
    heads.sort((a, b) => b.createdAt - a.createdAt);
    for (const old of heads.slice(KEEP - 1)) issue(tx.objectStore('snapshots').delete(whole(old.id)));
  }
}

/** Every snapshot's head: a cursor that jumps from one snapshot's head to the next's, never reading parts. */
async function headsIn(tx: WriteTx): Promise<SnapshotHead[]> {
  const out: SnapshotHead[] = [];
  let cursor = await tx.objectStore('snapshots').openCursor();
  while (cursor) {
    const v = cursor.value;
    if (v.seq === 0) out.push(v as SnapshotHead);
    // Past every part of this snapshot at once.
    cursor = await cursor.continue([v.id, Infinity]);
  }
  return out;
}

export async function listSnapshots(db: Db): Promise<SnapshotHead[]> {
  const tx = db.transaction('snapshots');
  const out: SnapshotHead[] = [];
  let cursor = await tx.store.openCursor();
  while (cursor) {
    const v = cursor.value;
    if (v.seq === 0) out.push(v as SnapshotHead);
    cursor = await cursor.continue([v.id, Infinity]);
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

export type Undoable = { ok: true; snapshot: SnapshotHead } | { ok: false; reason: string };


/** Whether the last job can be undone, and if not, why, in words for the user. */
export async function undoable(db: Db): Promise<Undoable> {
  const last = (await db.get('meta', LAST_JOB_KEY)) as LastJob | undefined;
  if (!last) return { ok: false, reason: t('errors_undo_nothing') };
  const restore = last.kind !== 'import';
  if (!last.snapshot)
    return { ok: false, reason: t('errors_undo_small_import', { min: SNAPSHOT_MIN }) };
  const head = (await db.get('snapshots', [last.job, 0])) as SnapshotHead | undefined;
  if (!head) return { ok: false, reason: restore ? t('errors_undo_restore_gone') : t('errors_undo_import_gone') };
  if (head.undoneAt !== undefined) return { ok: false, reason: restore ? t('errors_undo_restore_done') : t('errors_undo_import_done') };
  return { ok: true, snapshot: head };
}

/**
 * Puts the database back as it was before snapshot `id`'s job, in one
 * transaction: clients it added are deleted with everything they hold; each
 * client it changed gets back its record, stats, history, deadlines and
 * questions exactly. Refused unless `id` is the last job's.
 */
export interface UndoResult {
  kind: 'import' | 'restore';
  added: number;
  changed: number;
  /** A restore that had replaced them: the settings as they are again, and whether the deadline settings and the portal list were put back. */
  settings?: Settings;
  deadlineSettings?: true;
  portals?: true;
}

export async function undoSnapshot(db: Db, id: string, now: number): Promise<UndoResult> {
  const out = await withWrite(db, SNAPSHOT_STORES, async (tx) => {
    const last = (await tx.objectStore('meta').get(LAST_JOB_KEY)) as LastJob | undefined;
    const head = (await tx.objectStore('snapshots').get([id, 0])) as SnapshotHead | undefined;
    if (!head || head.undoneAt !== undefined) throw new StoreError('not-found', t('errors_undo_snapshot_gone'));
    if (last?.job !== head.job) throw new StoreError('conflict', t('errors_undo_not_last'));
    const parts = (await tx.objectStore('snapshots').getAll(whole(id))).filter((p): p is SnapshotPart => p.seq > 0);
    const stats = tx.objectStore('stats');
    const wipe = async (clientId: string) => {
      const [d, q] = await Promise.all([
        tx.objectStore('deadlines').index('client').getAllKeys(byClient(clientId)),
        tx.objectStore('questions').index('client').getAllKeys(byClient(clientId)),
      ]);
      for (const k of d) issue(tx.objectStore('deadlines').delete(k));
      for (const k of q) issue(tx.objectStore('questions').delete(k));
      issue(tx.objectStore('history').delete(clientRange(clientId)));
    };
    // Parts in reverse: a client is prior or added in exactly one part, so order only matters for loose records.
    for (const part of parts.reverse()) {
      for (const clientId of part.added) {
        const current = await stats.get(clientId);
        await wipe(clientId);
        issue(tx.objectStore('clients').delete(clientId));
        issue(stats.delete(clientId));
        noteStanding(tx, standing(current), { live: false });
      }
      for (const p of part.prior) {
        const current = await stats.get(p.client.id);
        await wipe(p.client.id);
        issue(tx.objectStore('clients').put(p.client));
        issue(stats.put(p.stats));
        noteStanding(tx, standing(current), standing(p.stats));
        for (const page of p.pages) issue(tx.objectStore('history').put(page));
        for (const d of p.deadlines) issue(tx.objectStore('deadlines').put(d));
        for (const q of p.questions) issue(tx.objectStore('questions').put(q));
      }
      for (const d of part.looseDeadlines as StoredDeadline[]) issue(tx.objectStore('deadlines').put(d));
      for (const q of part.looseQuestions as StoredQuestion[]) issue(tx.objectStore('questions').put(q));
    }
    // Settings and portals after the records, as the commit wrote them: every client's cadence follows the settings put back.
    const meta = head.meta ? await putBackMeta(tx, head.meta) : {};
    issue(tx.objectStore('snapshots').put({ ...head, undoneAt: now }));
    return { meta, result: { kind: head.kind, added: head.added, changed: head.changed } };
  });
  rememberMeta(db, out.meta);
  const { settings, deadlineSettings, portals } = out.meta;
  return { ...out.result, ...(settings ? { settings } : {}), ...(deadlineSettings ? { deadlineSettings: true as const } : {}), ...(portals ? { portals } : {}) };
}
