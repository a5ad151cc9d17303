// Counts the client list and the badge show, kept in one `meta` record and
// updated in the same transaction as every stats write that changes them —
// so neither the list's total nor the badge counts anything when asked.
// (IndexedDB's count() walks every entry of the range: about 200 ms for
// 10,000 clients on a busy machine, and it would run after every write.)
//
//   live:    clients not in the trash;
//   cadence: how many live clients are overdue, and due but not overdue, as
//            of local midnight `day`. Due and overdue dates are local
//            midnights (model/cadence.ts cadenceDates), so within one day
//            only writes change these, and each write applies its own delta
//            evaluated at `day`. The first read on a later day counts again
//            (two index counts), in one transaction with the write of the
//            result, so no write can fall between the count and the record.
import { startOfDay } from 'date-fns';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { Db } from './open';
import { issue } from './request';
import type { ClientStats, RapportDB } from './schema';

export const COUNTS_KEY = 'counts';

export interface Counts {
  live: number;
  cadence: { day: number; overdue: number; due: number };
}

/** What of a client's stats the counts depend on. */
export interface Standing {
  live: boolean;
  dueAt?: number;
  overdueAt?: number;
}

export const standing = (s: ClientStats | undefined): Standing =>
  s && s.trashedAt === undefined ? { live: true, dueAt: s.dueAt, overdueAt: s.overdueAt } : { live: false };

type AnyTx = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'readwrite' | 'versionchange'>;

/** Changes made so far in each open transaction: before and after of each client written. */
const pending = new WeakMap<object, { before: Standing; after: Standing }[]>();

/** Records that a client's stats went from `before` to `after` in `tx` (applied by flushCounts). */
export function noteStanding(tx: object, before: Standing, after: Standing): void {
  if (before.live === after.live && before.dueAt === after.dueAt && before.overdueAt === after.overdueAt) return;
  const list = pending.get(tx);
  if (list) list.push({ before, after });
  else pending.set(tx, [{ before, after }]);
}

const overdueAt = (s: Standing, day: number) => s.live && s.overdueAt !== undefined && s.overdueAt <= day;
const dueAt = (s: Standing, day: number) => s.live && s.dueAt !== undefined && s.dueAt <= day && !overdueAt(s, day);

/** Applies `tx`'s noted changes to the counts record. Call last in the transaction. */
export async function flushCounts(tx: AnyTx): Promise<void> {
  const changes = pending.get(tx);
  if (!changes?.length) return;
  pending.delete(tx);
  const meta = tx.objectStore('meta');
  const counts = (await meta.get(COUNTS_KEY)) as Counts | undefined;
  // No record yet: the next read counts from the indexes.
  if (!counts) return;
  const { day } = counts.cadence;
  for (const { before, after } of changes) {
    counts.live += Number(after.live) - Number(before.live);
    counts.cadence.overdue += Number(overdueAt(after, day)) - Number(overdueAt(before, day));
    counts.cadence.due += Number(dueAt(after, day)) - Number(dueAt(before, day));
  }
  issue(meta.put(counts, COUNTS_KEY));
}

/** Counts everything from the indexes and stores the result, in one transaction (no write can fall between). */
async function recount(db: Db, now: number): Promise<Counts> {
  const tx = db.transaction(['stats', 'meta'], 'readwrite');
  const stats = tx.objectStore('stats');
  const day = startOfDay(now).getTime();
  const upTo = IDBKeyRange.upperBound([day, []]);
  const [live, dueOrOverdue, overdue] = await Promise.all([stats.index('sort').count(), stats.index('due').count(upTo), stats.index('overdue').count(upTo)]);
  const counts: Counts = { live, cadence: { day, overdue, due: dueOrOverdue - overdue } };
  issue(tx.objectStore('meta').put(counts, COUNTS_KEY));
  await tx.done;
  return counts;
}

/** The counts as of `now`: the stored record when it is for today, else counted again. */
export async function countsAt(db: Db, now: number): Promise<Counts> {
  const stored = (await db.get('meta', COUNTS_KEY)) as Counts | undefined;
  if (stored && stored.cadence.day === startOfDay(now).getTime()) return stored;
  return recount(db, now);
}

/** Live clients: the stored count, whatever the day. */
export async function liveCount(db: Db, now: number): Promise<number> {
  const stored = (await db.get('meta', COUNTS_KEY)) as Counts | undefined;
  return stored ? stored.live : (await recount(db, now)).live;
}
