// Who is due or overdue, for everyone at once: the badge, the daily reminder
// and the Losing touch lists. Each client's stats carry the local midnight at
// which it turns due and overdue (indexed [dueAt, sort] and [overdueAt,
// sort]), so the list is one or two bounded index reads, and the counts are
// kept with every write (counts.ts) — however many clients there are.
import type { LosingTouchEntry } from '../../messaging/protocol';
import type { Db } from '../open';
import type { ClientStats } from '../schema';
import { cadenceOf } from '../stats';
import { countsAt } from '../counts';
import { readTx } from '../write';

/** Every key [date ≤ now, any sort key]: an array sorts after every string. */
const upTo = (now: number) => IDBKeyRange.upperBound([now, []]);

export async function cadenceCounts(db: Db, now: number): Promise<{ overdue: number; due: number }> {
  const { overdue, due } = (await countsAt(db, now)).cadence;
  return { overdue, due };
}

export function entryOf(s: ClientStats, now: number): LosingTouchEntry {
  const e: LosingTouchEntry = { id: s.id, name: s.name, cadence: cadenceOf(s, now) };
  if (s.preferredName) e.preferredName = s.preferredName;
  if (s.organisation) e.organisation = s.organisation;
  if (s.lastContact !== undefined) e.lastContact = s.lastContact;
  return e;
}

/**
 * The first `limit` due and overdue clients: overdue ones first, the longest
 * overdue first, then due ones, the longest due first; equal days by name.
 * Reads at most about twice `limit` stats records.
 */
export async function losingTouchList(db: Db, now: number, limit: number): Promise<{ clients: LosingTouchEntry[]; overdue: number; due: number }> {
  const counts = cadenceCounts(db, now);
  const stats = readTx(db, ['stats']).objectStore('stats');
  const overdue = await stats.index('overdue').getAll(upTo(now), limit);
  let due: ClientStats[] = [];
  if (overdue.length < limit) {
    // Every overdue client is among these (there are fewer than `limit`), ahead of or among the due ones.
    const both = await stats.index('due').getAll(upTo(now), limit);
    due = both.filter((s) => !(s.overdueAt! <= now)).slice(0, limit - overdue.length);
  }
  return { clients: [...overdue, ...due].map((s) => entryOf(s, now)), ...(await counts) };
}
