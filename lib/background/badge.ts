// The toolbar badge: how many clients are overdue (empty when none). Counted
// in one pass (losing-touch.ts); refreshes that arrive while one is running
// are folded into a single rerun, so an import of 5,000 records costs two counts.
import type { Db } from '../db/open';
import { getSettings } from '../db/repos/settings';
import { cadenceOfAll, countByStatus } from './losing-touch';

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

export async function countOverdue(db: Db, now: number): Promise<{ overdue: number; due: number }> {
  const { cadence } = await getSettings(db);
  return countByStatus(await cadenceOfAll(db, cadence, now));
}

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
