import { addDays, differenceInCalendarDays, startOfDay } from 'date-fns';
import type { Cadence, Client } from './client';

/** Used until the user sets a cadence on the client, a tag or in settings. */
export const DEFAULT_CADENCE: Cadence = { idealDays: 30, maxDays: 60 };

export type CadenceStatus = 'on-track' | 'due' | 'overdue' | 'never';

export interface CadenceState {
  /** 'never': not contacted yet and not yet due (a client never contacted still becomes due, counted from when they were added). */
  status: CadenceStatus;
  /** Calendar days since the last contact; undefined when there was none. */
  daysSince?: number;
  /** Never contacted: calendar days since the client was added (what due and overdue count from). */
  daysSinceAdded?: number;
  /** Days until due (negative once due). */
  daysUntilDue?: number;
  /** The cadence this state was measured against, so a list can say "17 days (max 14)". */
  idealDays?: number;
  maxDays?: number;
}

/**
 * Calendar days, not 24-hour periods: a call yesterday evening is "1 day ago"
 * this morning, and daylight-saving changes do not shift the count.
 *
 * A client never contacted is measured from `addedAt` (when they became a
 * client): due after the ideal interval, overdue after the maximum, so a new
 * client is not forgotten. Without `addedAt` such a client is simply 'never'.
 */
export function cadenceState(lastContact: number | undefined, cadence: Cadence, now: number, addedAt?: number): CadenceState {
  const { idealDays, maxDays } = cadence;
  if (lastContact === undefined) {
    if (addedAt === undefined) return { status: 'never', idealDays, maxDays };
    const days = Math.max(0, differenceInCalendarDays(now, addedAt));
    const status: CadenceStatus = days > maxDays ? 'overdue' : days > idealDays ? 'due' : 'never';
    return { status, daysSinceAdded: days, daysUntilDue: idealDays - days, idealDays, maxDays };
  }
  const daysSince = Math.max(0, differenceInCalendarDays(now, lastContact));
  const status: CadenceStatus = daysSince > maxDays ? 'overdue' : daysSince > idealDays ? 'due' : 'on-track';
  return { status, daysSince, daysUntilDue: idealDays - daysSince, idealDays, maxDays };
}

/**
 * The moments (local midnight) at which a client turns due and overdue: the
 * first instant at which cadenceState says so. Stored with the client's stats
 * and indexed, so "who is overdue now" is a range read, not a computation per
 * client. Measured from the last contact, or from when the client was added.
 */
export function cadenceDates(lastContact: number | undefined, addedAt: number, cadence: Cadence): { dueAt: number; overdueAt: number } {
  const from = startOfDay(lastContact ?? addedAt);
  return { dueAt: addDays(from, cadence.idealDays + 1).getTime(), overdueAt: addDays(from, cadence.maxDays + 1).getTime() };
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
 * any of its tags (tags compare case-insensitively), else the default. A
 * client's own cadence may set only one half: the other half comes from the
 * tag or default cadence it would otherwise have, and the maximum is never
 * below the ideal (an own ideal of 90 days under a default maximum of 60
 * gives 90/90).
 */
export function resolveCadence(client: Pick<Client, 'cadence' | 'tags'>, defaults?: CadenceDefaults): Cadence {
  const own = client.cadence;
  if (own?.idealDays !== undefined && own.maxDays !== undefined) return { idealDays: own.idealDays, maxDays: own.maxDays };
  const fallback = inherited(client.tags, defaults);
  if (!own) return fallback;
  if (own.idealDays !== undefined) return { idealDays: own.idealDays, maxDays: Math.max(own.idealDays, fallback.maxDays) };
  if (own.maxDays !== undefined) return { idealDays: Math.min(own.maxDays, fallback.idealDays), maxDays: own.maxDays };
  return fallback;
}

function inherited(tagList: readonly string[] | undefined, defaults?: CadenceDefaults): Cadence {
  if (!defaults) return DEFAULT_CADENCE;
  let best: Cadence | undefined;
  const tags = new Set((tagList ?? []).map(foldTag));
  if (tags.size) {
    for (const [tag, c] of Object.entries(defaults.byTag)) {
      if (tags.has(foldTag(tag)) && (!best || stricter(c, best))) best = c;
    }
  }
  return best ?? defaults.default;
}

/** How far past the maximum (positive) or before it (zero or negative); never-contacted clients rank by days since added. */
export function overdueBy(state: CadenceState): number {
  const days = state.daysSince ?? state.daysSinceAdded;
  if (days === undefined || state.maxDays === undefined) return Number.NEGATIVE_INFINITY;
  return days - state.maxDays;
}
