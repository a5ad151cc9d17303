// The toolbar badge: how many clients are overdue (empty when none). Two
// index counts over the clients' stats (lib/db/repos/cadence.ts), however
// many clients there are; refreshes that arrive while one is running are
// folded into a single rerun.
import type { Db } from '../db/open';
import { cadenceCounts } from '../db/repos/cadence';

export interface BadgeTarget {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor?(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
}

export const BADGE_COLOR = '#9a3412';

export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 999 ? '999+' : String(overdue);
}

export function badgeTitle({ overdue, due }: { overdue: number; due: number }): string {
  if (!overdue && !due) return 'Rapport — everyone is on track';
  const parts = [];
  if (overdue) parts.push(`${overdue} ${overdue === 1 ? 'client' : 'clients'} overdue`);
  if (due) parts.push(`${due} due`);
  return `Rapport — ${parts.join(', ')}`;
}

export const countOverdue = (db: Db, now: number): Promise<{ overdue: number; due: number }> => cadenceCounts(db, now);

export function createBadge(deps: { db: () => Promise<Db>; now: () => number; target: () => BadgeTarget | undefined }) {
  let running: Promise<number> | null = null;
  let queued: Promise<number> | null = null;

  const once = async (): Promise<number> => {
    const counts = await countOverdue(await deps.db(), deps.now());
    const target = deps.target();
    if (target) {
      await target.setBadgeBackgroundColor?.({ color: BADGE_COLOR });
      await target.setBadgeText({ text: badgeText(counts.overdue) });
      await target.setTitle?.({ title: badgeTitle(counts) });
    }
    return counts.overdue;
  };

  /** Recounts and sets the badge; resolves to the overdue count. */
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
