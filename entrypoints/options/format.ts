import { differenceInCalendarDays, format } from 'date-fns';
import type { CadenceStatus } from '../../lib/model/cadence';

export const CADENCE_TEXT: Record<CadenceStatus, string> = {
  'on-track': 'on track',
  due: 'due',
  overdue: 'overdue',
  never: 'no contact yet',
};

/** Calendar days, like the cadence: a call last night is "yesterday" this morning. */
export function daysAgo(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days < 21) return `${days} days ago`;
  if (days < 60) return `${Math.round(days / 7)} weeks ago`;
  if (days < 365) return `${Math.round(days / 30.4)} months ago`;
  const years = Math.floor(days / 365);
  return years === 1 ? 'over a year ago' : `over ${years} years ago`;
}

export function relativeContact(lastContact: number, now: number = Date.now(), daysSince?: number): string {
  return daysAgo(daysSince ?? Math.max(0, differenceInCalendarDays(now, lastContact)));
}

export function fullDate(at: number): string {
  return format(at, 'd MMM yyyy, HH:mm');
}

export function isoDate(at: number): string {
  return new Date(at).toISOString();
}
