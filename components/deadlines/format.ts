// Dates as the deadline components show them. Intl only: the locale is the
// browser's unless a caller (or a test) passes one.
import { instantOf, type LocalDate } from '../../lib/deadlines/local-date';

export function showDue(date: LocalDate, time?: string, locale?: string): string {
  const d = new Date(instantOf(date, time));
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(d);
  return time ? `${day}, ${new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(d)}` : day;
}

/** "in 3 days", "today", "2 days ago", from calendar days left. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  if (daysLeft === -1) return 'yesterday';
  return daysLeft > 0 ? `in ${daysLeft} days` : `${-daysLeft} days ago`;
}
