// Deadlines, promises and open questions, and the deadline settings. Every
// write is one transaction with the client's stats (a client in the trash is
// refused), and keeps the sparse `alert` index (schema.ts StoredDeadline) in
// step, so "what needs attention" is one index range read up to today —
// however many deadlines there are.
import { deadlineSettingsSchema, type DeadlineSettings } from '../../model/deadline-settings';
import type { BufferDefaults, Deadline, DeadlineInput, DeadlineKind } from '../../model/deadline';
import type { OpenQuestion } from '../../model/open-question';
import { newId } from '../../model/ids';
import { createDeadline, markDone, reopen, updateDeadline, type DeadlineChanges } from '../../deadlines/records';
import { deadlineStatus, targetDate, type DeadlineState } from '../../deadlines/state';
import { fromDate } from '../../deadlines/local-date';
import { StoreError } from '../errors';
import type { Db } from '../open';
import { issue } from '../request';
import type { StoredDeadline, StoredQuestion } from '../schema';
import { liveStats, readTx, withWrite, type ReadTx, type WriteTx } from '../write';
import type { StoreNames } from 'idb';
import type { RapportDB } from '../schema';
import { t } from '../../i18n/t';

/** The stores a deadline or question write touches: the record, the client's stats (is it live?) and record (its matters). */
export const DEADLINE_STORES = ['deadlines', 'questions', 'stats', 'clients'] as const satisfies StoreNames<RapportDB>[];

// ---------------------------------------------------------------- settings

/** meta key of the deadline settings: a record of their own, so the cadence form never rewrites them. */
export const DEADLINE_SETTINGS_KEY = 'deadlineSettings';

export interface VersionedDeadlineSettings {
  settings: DeadlineSettings;
  /** Bumped on every save; a save from an older version is refused as a conflict. */
  version: number;
}

const settingsCache = new WeakMap<Db, VersionedDeadlineSettings>();

/** The stored record (any shape another version wrote) as versioned settings. */
export function readSettings(raw: unknown): VersionedDeadlineSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as { settings?: unknown; version?: unknown };
  const parsed = deadlineSettingsSchema.safeParse(r.settings ?? {});
  const version = typeof r.version === 'number' && Number.isInteger(r.version) && r.version >= 0 ? r.version : 0;
  // A record another version wrote that does not validate reads as the defaults, not as an error on every message.
  return { settings: parsed.success ? parsed.data : deadlineSettingsSchema.parse({}), version };
}

export async function getDeadlineSettings(db: Db): Promise<VersionedDeadlineSettings> {
  const hit = settingsCache.get(db);
  if (hit) return hit;
  const s = readSettings(await db.get('meta', DEADLINE_SETTINGS_KEY));
  settingsCache.set(db, s);
  return s;
}

/**
 * Saves validated settings edited from `version`. When a default buffer
 * changed, every open deadline that uses it gets its new target date in the
 * same transaction.
 */
export async function putDeadlineSettings(db: Db, settings: DeadlineSettings, version: number): Promise<VersionedDeadlineSettings> {
  const saved = await withWrite(db, ['meta', 'deadlines'], async (tx) => {
    const current = readSettings(await tx.objectStore('meta').get(DEADLINE_SETTINGS_KEY));
    if (current.version !== version) throw new StoreError('conflict', t('errors_deadline_settings_changed'));
    const next = { settings, version: version + 1 };
    issue(tx.objectStore('meta').put(next, DEADLINE_SETTINGS_KEY));
    await rebuffer(tx, current.settings.bufferDays, settings.bufferDays);
    return next;
  });
  settingsCache.set(db, saved);
  return saved;
}

/** Inside `tx`: every open deadline that uses a default buffer that changed gets its new target date. */
export async function rebuffer(tx: WriteTx, before: BufferDefaults, after: BufferDefaults): Promise<void> {
  const changed = (Object.keys(before) as DeadlineKind[]).filter((k) => before[k] !== after[k]);
  if (!changed.length) return;
  let cursor = await tx.objectStore('deadlines').openCursor();
  while (cursor) {
    const d = cursor.value;
    if (d.bufferDays === undefined && changed.includes(d.kind) && d.alertOn !== undefined) issue(cursor.update(seal(strip(d), d.trashedAt, after)));
    cursor = await cursor.continue();
  }
}

/** After a transaction that wrote the deadline settings committed (a restore, an undo): what reads see from now on. */
export function rememberDeadlineSettings(db: Db, saved: VersionedDeadlineSettings): void {
  settingsCache.set(db, saved);
}

// ---------------------------------------------------------------- records

/** The record as stored: with its target date indexed while open and live, hidden while its client is in the trash. */
export function sealDeadline(d: Deadline, trashedAt: number | undefined, buffers: BufferDefaults): StoredDeadline {
  return seal(d, trashedAt, buffers);
}

function seal(d: Deadline, trashedAt: number | undefined, buffers: BufferDefaults): StoredDeadline {
  const out: StoredDeadline = { ...d };
  if (trashedAt !== undefined) out.trashedAt = trashedAt;
  else if (d.doneAt === undefined) out.alertOn = targetDate(d, buffers);
  return out;
}

/** The deadline without its index fields. */
export function strip(s: StoredDeadline): Deadline {
  const { alertOn: _a, trashedAt: _t, ...d } = s;
  return d;
}

async function liveDeadline(tx: ReadTx | WriteTx, id: string): Promise<StoredDeadline> {
  const d = await tx.objectStore('deadlines').get(id);
  if (!d || d.trashedAt !== undefined) throw new StoreError('not-found', t('errors_deadline_gone'));
  return d;
}

export interface SaveDeadline {
  deadline: DeadlineInput;
  /** The record's id: chosen by the caller for a create (a retry then returns the first), or the one being edited. */
  id?: string;
  /** Editing: the `updatedAt` the editor started from. A save from an older copy is refused as a conflict. */
  base?: number;
  /** Why the due date moved: goes into the history line. */
  reason?: string;
}

/** Creates (no `base`) or updates (with `base`) a deadline. */
export async function saveDeadline(db: Db, req: SaveDeadline, now: number): Promise<{ deadline: Deadline; created: boolean }> {
  const { settings } = await getDeadlineSettings(db);
  return withWrite(db, DEADLINE_STORES, async (tx) => {
    const { clientId } = req.deadline;
    await liveStats(tx, clientId);
    const { matterId } = req.deadline;
    if (matterId !== undefined && !(await tx.objectStore('clients').get(clientId))?.matters.some((m) => m.id === matterId))
      throw new StoreError('not-found', t('errors_matter_not_clients'));
    const store = tx.objectStore('deadlines');
    if (req.base === undefined) {
      if (req.id) {
        const existing = await store.get(req.id);
        if (existing) {
          if (existing.trashedAt === undefined && existing.clientId === clientId && existing.title === req.deadline.title.trim()) return { deadline: strip(existing), created: false };
          throw new StoreError('conflict', t('errors_deadline_id_taken'));
        }
      }
      const d = createDeadline(req.deadline, req.id ?? newId(), now);
      issue(store.put(seal(d, undefined, settings.bufferDays)));
      return { deadline: d, created: true };
    }
    if (!req.id) throw new StoreError('not-found', t('errors_deadline_which'));
    const current = await liveDeadline(tx, req.id);
    if (current.clientId !== clientId) throw new StoreError('conflict', t('errors_deadline_stays'));
    if (current.updatedAt !== req.base) throw new StoreError('conflict', t('errors_deadline_changed'));
    const input = req.deadline;
    // Every field the editor sends; one it leaves out goes back to its default (no matter, no time, the kind's buffer).
    const changes: DeadlineChanges = {
      title: input.title,
      kind: input.kind,
      dueDate: input.dueDate,
      dueTime: input.dueTime,
      bufferDays: input.bufferDays,
      notes: input.notes ?? '',
      matterId: input.matterId,
    };
    const next = updateDeadline(strip(current), changes, Math.max(now, current.updatedAt + 1), req.reason);
    issue(store.put(seal(next, undefined, settings.bufferDays)));
    return { deadline: next, created: false };
  });
}

/** Marks done (`done`) or reopens a deadline; each adds a history line. Doing it twice changes nothing. */
export async function setDone(db: Db, id: string, done: boolean, now: number, reason?: string): Promise<Deadline> {
  const { settings } = await getDeadlineSettings(db);
  return withWrite(db, DEADLINE_STORES, async (tx) => {
    const current = await liveDeadline(tx, id);
    await liveStats(tx, current.clientId);
    const d = strip(current);
    const at = Math.max(now, d.updatedAt + 1);
    const next = done ? markDone(d, at) : reopen(d, at, reason);
    if (next !== d) issue(tx.objectStore('deadlines').put(seal(next, undefined, settings.bufferDays)));
    return next;
  });
}

export async function deleteDeadline(db: Db, id: string): Promise<void> {
  await withWrite(db, DEADLINE_STORES, async (tx) => {
    const current = await liveDeadline(tx, id);
    await liveStats(tx, current.clientId);
    issue(tx.objectStore('deadlines').delete(id));
  });
}

const clientRange = (clientId: string) => IDBKeyRange.bound([clientId], [clientId, []]);

/** A live client's deadlines, by due date (not-found for a client in the trash). */
export async function clientDeadlinesIn(tx: ReadTx, clientId: string): Promise<Deadline[]> {
  await liveStats(tx, clientId);
  return (await tx.objectStore('deadlines').index('client').getAll(clientRange(clientId))).map(strip);
}

export async function clientDeadlines(db: Db, clientId: string): Promise<Deadline[]> {
  return clientDeadlinesIn(readTx(db, ['deadlines', 'stats']), clientId);
}

/** Every live client's deadlines, with the client's name. */
export async function allDeadlines(db: Db): Promise<{ deadline: Deadline; clientName: string }[]> {
  const tx = readTx(db, ['deadlines', 'stats']);
  const all = (await tx.objectStore('deadlines').getAll()).filter((d) => d.trashedAt === undefined);
  const ids = [...new Set(all.map((d) => d.clientId))];
  const stats = await Promise.all(ids.map((id) => tx.objectStore('stats').get(id)));
  const names = new Map(stats.flatMap((s) => (s && s.trashedAt === undefined ? [[s.id, s.preferredName || s.name] as const] : [])));
  return all.flatMap((d) => (names.has(d.clientId) ? [{ deadline: strip(d), clientName: names.get(d.clientId)! }] : []));
}

export interface AttentionItem {
  deadline: Deadline;
  clientName: string;
  state: Extract<DeadlineState, 'at-risk' | 'missed'>;
}

/**
 * Open deadlines of live clients inside their buffer or past due: the range
 * of the `alert` index up to today — nothing else is read. Missed first, then
 * at risk, each soonest due first.
 */
export async function needingAttention(db: Db, now: number): Promise<{ items: AttentionItem[]; atRisk: number; missed: number }> {
  const { settings } = await getDeadlineSettings(db);
  const tx = readTx(db, ['deadlines', 'stats']);
  const due = await tx.objectStore('deadlines').index('alert').getAll(IDBKeyRange.upperBound(fromDate(now)));
  const ids = [...new Set(due.map((d) => d.clientId))];
  const stats = await Promise.all(ids.map((id) => tx.objectStore('stats').get(id)));
  const names = new Map(stats.flatMap((s) => (s && s.trashedAt === undefined ? [[s.id, s.preferredName || s.name] as const] : [])));
  const items: (AttentionItem & { dueAt: number })[] = [];
  for (const d of due) {
    const name = names.get(d.clientId);
    if (name === undefined) continue;
    const s = deadlineStatus(d, now, settings.bufferDays);
    if (s.state === 'at-risk' || s.state === 'missed') items.push({ deadline: strip(d), clientName: name, state: s.state, dueAt: s.dueAt });
  }
  items.sort((a, b) => (a.state === b.state ? a.dueAt - b.dueAt : a.state === 'missed' ? -1 : 1));
  const missed = items.filter((i) => i.state === 'missed').length;
  return { items: items.map(({ dueAt: _d, ...i }) => i), atRisk: items.length - missed, missed };
}

// ---------------------------------------------------------------- the trash

/** The client went to the trash: its deadlines leave every list and count (called inside the trashing transaction). */
export async function hideClientDeadlines(tx: WriteTx, clientId: string, trashedAt: number): Promise<void> {
  let cursor = await tx.objectStore('deadlines').index('client').openCursor(clientRange(clientId));
  while (cursor) {
    const { alertOn: _a, ...rest } = cursor.value;
    issue(cursor.update({ ...rest, trashedAt }));
    cursor = await cursor.continue();
  }
}

/** The client came back: so do its deadlines, measured against today's buffers. */
export async function showClientDeadlines(tx: WriteTx, clientId: string, buffers: BufferDefaults): Promise<void> {
  let cursor = await tx.objectStore('deadlines').index('client').openCursor(clientRange(clientId));
  while (cursor) {
    issue(cursor.update(seal(strip(cursor.value), undefined, buffers)));
    cursor = await cursor.continue();
  }
}

/** Deleting a client for good deletes its deadlines and open questions. */
export async function deleteClientRecords(tx: WriteTx, clientId: string): Promise<void> {
  const deadlines = tx.objectStore('deadlines');
  const questions = tx.objectStore('questions');
  const [d, q] = await Promise.all([deadlines.index('client').getAllKeys(clientRange(clientId)), questions.index('client').getAllKeys(clientRange(clientId))]);
  for (const key of d) issue(deadlines.delete(key));
  for (const key of q) issue(questions.delete(key));
}

// ---------------------------------------------------------------- open questions

const toQuestion = ({ clientId: _c, ...q }: StoredQuestion): OpenQuestion => q;

export async function clientQuestionsIn(tx: ReadTx, clientId: string): Promise<OpenQuestion[]> {
  await liveStats(tx, clientId);
  return (await tx.objectStore('questions').index('client').getAll(clientRange(clientId))).map(toQuestion);
}

export async function clientQuestions(db: Db, clientId: string): Promise<OpenQuestion[]> {
  return clientQuestionsIn(readTx(db, ['questions', 'stats']), clientId);
}

/** Adds a question (idempotent with the caller's id) or changes its text. */
export async function saveQuestion(db: Db, req: { clientId: string; text: string; id?: string }, now: number): Promise<OpenQuestion> {
  return withWrite(db, DEADLINE_STORES, async (tx) => {
    await liveStats(tx, req.clientId);
    const store = tx.objectStore('questions');
    const existing = req.id ? await store.get(req.id) : undefined;
    if (existing && existing.clientId !== req.clientId) throw new StoreError('conflict', t('errors_question_id_taken'));
    const q: StoredQuestion = existing ? { ...existing, text: req.text } : { id: req.id ?? newId(), clientId: req.clientId, text: req.text, addedAt: now };
    issue(store.put(q));
    return toQuestion(q);
  });
}

async function liveQuestion(tx: WriteTx, id: string): Promise<StoredQuestion> {
  const q = await tx.objectStore('questions').get(id);
  if (!q) throw new StoreError('not-found', t('errors_question_gone'));
  await liveStats(tx, q.clientId);
  return q;
}

/** Marks a question answered (kept, hidden from the brief) or open again. */
export async function resolveQuestion(db: Db, id: string, resolved: boolean, now: number): Promise<OpenQuestion> {
  return withWrite(db, DEADLINE_STORES, async (tx) => {
    const q = await liveQuestion(tx, id);
    const { resolvedAt: _r, ...open } = q;
    const next: StoredQuestion = resolved ? { ...open, resolvedAt: q.resolvedAt ?? now } : open;
    issue(tx.objectStore('questions').put(next));
    return toQuestion(next);
  });
}

export async function deleteQuestion(db: Db, id: string): Promise<void> {
  await withWrite(db, DEADLINE_STORES, async (tx) => {
    await liveQuestion(tx, id);
    issue(tx.objectStore('questions').delete(id));
  });
}
