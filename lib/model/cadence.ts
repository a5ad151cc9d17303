import { differenceInCalendarDays } from 'date-fns';
import type { Cadence, Client } from './client';

/** Used until the user sets a cadence on the client, a tag or in settings. */
export const DEFAULT_CADENCE: Cadence = { idealDays: 30, maxDays: 60 };

export type CadenceStatus = 'on-track' | 'due' | 'overdue' | 'never';

export interface CadenceState {
  status: CadenceStatus;
  /** Calendar days since the last contact; undefined when there was none. */
  daysSince?: number;
  /** Days until due (negative once due). */
  daysUntilDue?: number;
  /** The cadence this state was measured against, so a list can say "17 days (max 14)". */
  idealDays?: number;
  maxDays?: number;
}

/**
 * Calendar days, not 24-hour periods: a call yesterday evening is "1 day ago"
 * this morning, and daylight-saving changes do not shift the count.
 */
export function cadenceState(lastContact: number | undefined, cadence: Cadence, now: number): CadenceState {
  const { idealDays, maxDays } = cadence;
  if (lastContact === undefined) return { status: 'never', idealDays, maxDays };
  const daysSince = Math.max(0, differenceInCalendarDays(now, lastContact));
  const status: CadenceStatus = daysSince > maxDays ? 'overdue' : daysSince > idealDays ? 'due' : 'on-track';
  return { status, daysSince, daysUntilDue: idealDays - daysSince, idealDays, maxDays };
}

/** The cadence part of settings (lib/model/settings.ts), structurally, so this file needs no zod. */
export interface CadenceDefaults {
  default: Cadence;
  byTag: Record<string, Cadence>;
}

const foldTag = (t: string) => t.trim().toLowerCase();

/** Stricter = shorter maximum, then shorter ideal. */
const stricter = (a: Cadence, b: Cadence) => (a.maxDays !== b.maxDays ? a.maxDays < b.maxDays : a.idealDays < b.idealDays);

/**
 * Which cadence applies to a client: its own, else the strictest cadence of
 * any of its tags (tags compare case-insensitively), else the default.
 */
export function resolveCadence(client: Pick<Client, 'cadence' | 'tags'>, defaults?: CadenceDefaults): Cadence {
  if (client.cadence) return client.cadence;
  if (!defaults) return DEFAULT_CADENCE;
  let best: Cadence | undefined;
  const tags = new Set((client.tags ?? []).map(foldTag));
  if (tags.size) {
    for (const [tag, c] of Object.entries(defaults.byTag)) {
      if (tags.has(foldTag(tag)) && (!best || stricter(c, best))) best = c;
    }
  }
  return best ?? defaults.default;
}

/** How far past the maximum (positive) or before it (zero or negative); never-contacted clients rank last. */
export function overdueBy(state: CadenceState): number {
  if (state.daysSince === undefined || state.maxDays === undefined) return Number.NEGATIVE_INFINITY;
  return state.daysSince - state.maxDays;
}
