// The toolbar badge. Deadlines and promises come first: while any is at risk
// (inside its buffer) or missed, the badge counts those, in red; otherwise it
// counts overdue clients. The tooltip always says both. The cadence counts are
// one record kept with every write (lib/db/counts.ts); the deadlines are one
// range of the `alert` index up to today, which holds only open items at or
// past their target date (lib/db/repos/deadlines.ts) — neither grows with the
// number of clients. Refreshes that arrive while one is running are folded
// into a single rerun.
import type { Db } from '../db/open';
import { cadenceCounts } from '../db/repos/cadence';
import { needingAttention } from '../db/repos/deadlines';
import { t } from '../i18n/t';
import { countParts, joinCounts } from './reminders';

export interface BadgeTarget {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
}

export const BADGE_COLOR = '#9a3412';
/** While a deadline or promise needs attention. */
export const DEADLINE_BADGE_COLOR = '#b3261e';

export interface BadgeCounts {
  overdue: number;
  due: number;
  atRisk: number;
  missed: number;
}

export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 999 ? '999+' : String(overdue);
}

/** What the badge shows: deadlines needing attention first, else overdue clients. */
export function badgeNumber(c: Pick<BadgeCounts, 'overdue'> & Partial<BadgeCounts>): number {
  const deadlines = (c.atRisk ?? 0) + (c.missed ?? 0);
  return deadlines > 0 ? deadlines : c.overdue;
}

export function badgeTitle({ overdue, due, atRisk = 0, missed = 0 }: Pick<BadgeCounts, 'overdue' | 'due'> & Partial<BadgeCounts>): string {
  const { deadlines, contact } = countParts({ missed, atRisk, overdue, due });
  if (!deadlines.length && !contact.length) return t('deadlines_badge_title_clear');
  // The number on the badge is what the first part counts.
  if (deadlines.length && contact.length) return t('deadlines_badge_title_both', { deadlines: joinCounts(deadlines), contact: joinCounts(contact) });
  if (deadlines.length) return t('deadlines_badge_title_deadlines', { deadlines: joinCounts(deadlines) });
  return t('deadlines_badge_title_contact', { contact: joinCounts(contact) });
}

export const countOverdue = (db: Db, now: number): Promise<{ overdue: number; due: number }> => cadenceCounts(db, now);

export async function countBadge(db: Db, now: number): Promise<BadgeCounts> {
  const [cadence, deadlines] = await Promise.all([cadenceCounts(db, now), needingAttention(db, now)]);
  return { ...cadence, atRisk: deadlines.atRisk, missed: deadlines.missed };
}

export function createBadge(deps: { db: () => Promise<Db>; now: () => number; target: () => BadgeTarget | undefined }) {
  let running: Promise<number> | null = null;
  let queued: Promise<number> | null = null;

  const once = async (): Promise<number> => {
    const counts = await countBadge(await deps.db(), deps.now());
    const target = deps.target();
    const n = badgeNumber(counts);
    if (target) {
      await target.setBadgeBackgroundColor?.({ color: counts.atRisk + counts.missed > 0 ? DEADLINE_BADGE_COLOR : BADGE_COLOR });
      await target.setBadgeText({ text: badgeText(n) });
      await target.setTitle?.({ title: badgeTitle(counts) });
    }
    return n;
  };

  /** Recounts and sets the badge; resolves to the number shown (0 = none). */
  const refresh = (): Promise<number> => {
    if (!running) {
      running = once().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running
      .catch(() => 0)
      .then(() => {
        queued = null;
        return refresh();
      });
    return queued;
  };

  return { refresh };
}
