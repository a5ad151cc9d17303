// Everyone whose mood trend calls for a check-in, for the popup and the daily
// reminder. Each client's stats carry the flag (`checkIn`, set by stats.ts
// seal from the last ten moods kept with every write), and the sparse
// `checkIn` index holds exactly those clients: one index read, however many
// clients and interactions there are.
import type { LosingTouchEntry } from '../../messaging/protocol';
import { checkIn, type CheckInReason } from '../../mood/trend';
import type { Db } from '../open';
import type { ClientStats } from '../schema';
import { readTx } from '../write';
import { entryOf as contactEntry } from './cadence';

/** A client to check in with: who (as the Losing touch list shows them), why, and since when. */
export interface CheckInEntry extends LosingTouchEntry {
  reason: CheckInReason;
  /** When the interaction that raised it happened. */
  since: number;
}

function entryOf(s: ClientStats, now: number): CheckInEntry | undefined {
  const check = checkIn(s.moods ?? []);
  if (!check.raised || !check.reason || check.since === undefined) return undefined;
  return { ...contactEntry(s, now), reason: check.reason, since: check.since };
}

/** The first `limit` clients to check in with, the one waiting longest first, and how many there are. */
export async function checkInList(db: Db, now: number, limit: number): Promise<{ clients: CheckInEntry[]; total: number }> {
  const index = readTx(db, ['stats']).objectStore('stats').index('checkIn');
  const [found, total] = await Promise.all([index.getAll(undefined, limit), index.count()]);
  return { clients: found.flatMap((s) => entryOf(s, now) ?? []), total };
}
