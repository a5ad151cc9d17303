import { differenceInCalendarDays } from 'date-fns';
import type { Cadence } from './client';

/** Used until the user sets a cadence on the client. */
export const DEFAULT_CADENCE: Cadence = { idealDays: 30, maxDays: 60 };

export type CadenceStatus = 'on-track' | 'due' | 'overdue' | 'never';

export interface CadenceState {
  status: CadenceStatus;
  /** Calendar days since the last contact; undefined when there was none. */
  daysSince?: number;
  /** Days until due (negative once due). */
  daysUntilDue?: number;
}

/**
 * Calendar days, not 24-hour periods: a call yesterday evening is "1 day ago"
 * this morning, and daylight-saving changes do not shift the count.
 */
export function cadenceState(lastContact: number | undefined, cadence: Cadence, now: number): CadenceState {
  if (lastContact === undefined) return { status: 'never' };
  const daysSince = Math.max(0, differenceInCalendarDays(now, lastContact));
  const status: CadenceStatus =
    daysSince > cadence.maxDays ? 'overdue' : daysSince > cadence.idealDays ? 'due' : 'on-track';
  return { status, daysSince, daysUntilDue: cadence.idealDays - daysSince };
}
