// Options → Data, the database half: paged reads for backups and exports,
// batched lookups for the import preview and the restore plan, and the
// last-backup record. Every read is bounded (a page, a batch), so 10,000
// clients and 200,000 interactions never sit in one message or one answer.
import type { Client } from '../../model/client';
import type { Interaction } from '../../model/interaction';
import { StoreError } from '../errors';
import { allItems, clientRange, toInteraction } from '../history';
import type { Db } from '../open';
import { totalOf } from '../stats';
import { fromStored } from '../write';
import type { Deadline } from '../../model/deadline';
import type { StoredQuestion } from '../schema';
import { strip } from './deadlines';
import { PORTALS_KEY, portalList } from '../../portals/user-portals';
import { t } from '../../i18n/t';

export type BackupSection = 'clients' | 'interactions' | 'trash' | 'deadlines' | 'questions';

/** A client in the trash with its whole history, as the backup file holds it. */
export interface TrashRecord {
  deletedAt: number;
  client: Client;
  interactions: Interaction[];
}

export interface BackupPage {
  clients: Client[];
  interactions: Interaction[];
  trash: TrashRecord[];
  /** Deadlines and promises (with their history) of live and trashed clients alike, by id. */
  deadlines?: Deadline[];
  /** Open questions (answered ones too), with their client, by id. */
  questions?: StoredQuestion[];
  /** Pass as `after` for the next page; absent when the section is done. */
  next?: string;
}

/** meta key: when the user last saved a backup (epoch ms). Machine state, not data: it is not in the backup itself. */
export const LAST_BACKUP_KEY = 'lastBackup';

// Cursors are the last key read, as JSON: opaque to the page, checked here.
function parseAfter<T>(after: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (after === undefined) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(after);
  } catch {
    v = undefined;
  }
  if (!check(v)) throw new StoreError('not-found', t('errors_cursor'));
  return v;
}
const isString = (v: unknown): v is string => typeof v === 'string';
const isPageKey = (v: unknown): v is [string, number, string] =>
  Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && typeof v[1] === 'number' && typeof v[2] === 'string';

/** Trashed client ids, from the stats index that only trashed clients are in. */
async function trashedIds(db: Db): Promise<string[]> {
  return (await db.getAllKeysFromIndex('stats', 'trashedAt')).sort();
}

/**
 * One page of a backup section, in key order. `limit` counts clients for
 * `clients`, interactions for `interactions` (whole history pages, so a page
 * may hold up to 63 more), and interactions plus entries for `trash`.
 */
export async function backupPage(db: Db, section: BackupSection, after: string | undefined, limit: number): Promise<BackupPage> {
  const out: BackupPage = { clients: [], interactions: [], trash: [] };
  if (section === 'deadlines' || section === 'questions') {
    const from = parseAfter(after, isString);
    const tx = db.transaction(section);
    const range = from === undefined ? undefined : IDBKeyRange.lowerBound(from, true);
    // One more than asked: whether another page follows.
    const rows = await tx.store.getAll(range, limit + 1);
    const page = rows.slice(0, limit);
    if (section === 'deadlines') out.deadlines = page.map((d) => strip(d as Parameters<typeof strip>[0]));
    else out.questions = page as StoredQuestion[];
    if (rows.length > limit) out.next = JSON.stringify(page[page.length - 1]!.id);
    return out;
  }
  if (section === 'clients') {
    const from = parseAfter(after, isString);
    const tx = db.transaction('clients');
    let cursor = await tx.store.openCursor(from === undefined ? undefined : IDBKeyRange.lowerBound(from, true));
    let last: string | undefined;
    while (cursor && out.clients.length < limit) {
      last = cursor.key;
      if (cursor.value.trashedAt === undefined) out.clients.push(fromStored(cursor.value));
      cursor = await cursor.continue();
    }
    if (cursor && last !== undefined) out.next = JSON.stringify(last);
    return out;
  }
  if (section === 'interactions') {
    const from = parseAfter(after, isPageKey);
    // A trashed client's history belongs to its trash entry, not to this section.
    const trashed = new Set(await trashedIds(db));
    const tx = db.transaction('history');
    let cursor = await tx.store.openCursor(from === undefined ? undefined : IDBKeyRange.lowerBound(from, true));
    let last: [string, number, string] | undefined;
    while (cursor && out.interactions.length < limit) {
      const page = cursor.value;
      if (trashed.has(page.clientId)) {
        // Past every page of that client at once.
        cursor = await cursor.continue([page.clientId, []] as unknown as [string, number, string]);
        continue;
      }
      last = [page.clientId, page.at, page.id];
      for (const item of page.items) out.interactions.push(toInteraction(page.clientId, item));
      cursor = await cursor.continue();
    }
    if (cursor && last !== undefined) out.next = JSON.stringify(last);
    return out;
  }
  const from = parseAfter(after, isString);
  const ids = (await trashedIds(db)).filter((id) => from === undefined || id > from);
  const tx = db.transaction(['clients', 'history']);
  let taken = 0;
  let k = 0;
  for (; k < ids.length && taken < limit; k++) {
    const id = ids[k]!;
    const stored = await tx.objectStore('clients').get(id);
    if (!stored || stored.trashedAt === undefined) continue;
    const items = await allItems(tx.objectStore('history'), id);
    out.trash.push({ deletedAt: stored.trashedAt, client: fromStored(stored), interactions: items.map((i) => toInteraction(id, i)) });
    taken += 1 + items.length;
  }
  if (k < ids.length) out.next = JSON.stringify(ids[k - 1]);
  return out;
}

/** Record counts from the stats store: live clients, clients in the trash, and interactions of each. */
export async function dataCounts(db: Db): Promise<{ clients: number; trash: number; interactions: number; trashInteractions: number; deadlines: number; questions: number }> {
  const [all, deadlines, questions] = await Promise.all([db.getAll('stats'), db.count('deadlines'), db.count('questions')]);
  const c = { clients: 0, trash: 0, interactions: 0, trashInteractions: 0, deadlines, questions };
  for (const s of all) {
    if (s.trashedAt === undefined) {
      c.clients++;
      c.interactions += totalOf(s);
    } else {
      c.trash++;
      c.trashInteractions += totalOf(s);
    }
  }
  return c;
}

export interface Existing {
  /** Live clients among the ids asked for. */
  clients: Client[];
  /** Ids asked for that are in the trash. */
  trashed: string[];
  /** Identity key → live clients holding it (keys nobody holds are absent). */
  holders: Record<string, string[]>;
  /** Interactions found among those asked for (by client, date and id). */
  interactions: Interaction[];
  /** [clientId, messageId, interactionId] for each pair asked for that is logged already. */
  messages: [string, string, string][];
  deadlines: Deadline[];
  questions: StoredQuestion[];
}

/**
 * What the database holds of a batch, in one read transaction: clients by id,
 * holders of identity keys, interactions by (client, date, id), and mail or
 * filing message ids already logged for a client.
 */
export async function lookupExisting(
  db: Db,
  ask: {
    clientIds: readonly string[];
    keys: readonly string[];
    interactions: readonly { clientId: string; at: number; id: string }[];
    messages: readonly (readonly [string, string])[];
    deadlineIds?: readonly string[];
    questionIds?: readonly string[];
  },
): Promise<Existing> {
  const tx = db.transaction(['clients', 'history', 'deadlines', 'questions']);
  const clients = tx.objectStore('clients');
  const history = tx.objectStore('history');
  const out: Existing = { clients: [], trashed: [], holders: {}, interactions: [], messages: [], deadlines: [], questions: [] };
  const [ds, qs] = await Promise.all([
    Promise.all((ask.deadlineIds ?? []).map((id) => tx.objectStore('deadlines').get(id))),
    Promise.all((ask.questionIds ?? []).map((id) => tx.objectStore('questions').get(id))),
  ]);
  for (const d of ds) if (d) out.deadlines.push(strip(d));
  for (const q of qs) if (q) out.questions.push(q);
  const stored = await Promise.all(ask.clientIds.map((id) => clients.get(id)));
  stored.forEach((s, k) => {
    if (!s) return;
    if (s.trashedAt !== undefined) out.trashed.push(ask.clientIds[k]!);
    else out.clients.push(fromStored(s));
  });
  const held = await Promise.all(ask.keys.map((key) => clients.index('keys').getAllKeys(key)));
  held.forEach((ids, k) => {
    if (ids.length) out.holders[ask.keys[k]!] = ids;
  });
  // A history read per client asked about, each once: restores ask about whole clients at a time.
  const histories = new Map<string, Promise<Map<string, { id: string; messageId?: string; at: number }>>>();
  const historyOf = (clientId: string) => {
    let h = histories.get(clientId);
    if (!h) {
      h = history.getAll(clientRange(clientId)).then((pages) => {
        const byId = new Map<string, { id: string; messageId?: string; at: number }>();
        for (const p of pages) for (const i of p.items) byId.set(i.id, i);
        return byId;
      });
      histories.set(clientId, h);
    }
    return h;
  };
  for (const want of ask.interactions) {
    const found = (await historyOf(want.clientId)).get(want.id);
    if (found) out.interactions.push(toInteraction(want.clientId, found as Interaction));
  }
  for (const [clientId, messageId] of ask.messages) {
    for (const i of (await historyOf(clientId)).values())
      if (i.messageId === messageId) {
        out.messages.push([clientId, messageId, i.id]);
        break;
      }
  }
  await tx.done;
  return out;
}

export async function lastBackupAt(db: Db): Promise<number | undefined> {
  const v = await db.get('meta', LAST_BACKUP_KEY);
  return typeof v === 'number' ? v : undefined;
}

export async function noteBackup(db: Db, at: number): Promise<number> {
  // Never moves backwards: two options pages saving at once keep the later time.
  const tx = db.transaction('meta', 'readwrite');
  const prev = await tx.store.get(LAST_BACKUP_KEY);
  const next = typeof prev === 'number' ? Math.max(prev, at) : at;
  await tx.store.put(next, LAST_BACKUP_KEY);
  await tx.done;
  return next;
}

/** The portals the user added, with when and whether marked as e-filing: what the backup keeps of them (permissions are the browser's). */
export async function portalRecords(db: Db): Promise<{ origin: string; addedAt: number; efiling?: true }[]> {
  return portalList(await db.get('meta', PORTALS_KEY))
    .filter((p) => typeof p.addedAt === 'number')
    .map(({ origin, addedAt, efiling }) => (efiling ? { origin, addedAt, efiling: true as const } : { origin, addedAt }));
}
