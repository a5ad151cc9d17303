// Relative and absolute times with Intl only: date-fns `format` with locales
// would cost more than the whole sidebar.

let rtf: Intl.RelativeTimeFormat | undefined;
let abs: Intl.DateTimeFormat | undefined;

const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);

/**
 * Calendar days between two instants, like date-fns differenceInCalendarDays
 * (which the cadence uses): rounding absorbs daylight-saving hours.
 */
export function calendarDays(from: number, to: number): number {
  return Math.round((midnight(to) - midnight(from)) / 864e5);
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "2 weeks ago" … English, like the rest of the UI. */
export function relativeTime(at: number, now: number): string {
  rtf ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const s = (now - at) / 1000;
  // Also covers a timestamp slightly in the future (clock skew between machines).
  if (s < 45) return 'just now';
  if (s < 3600) return rtf.format(-Math.round(s / 60), 'minute');
  const d = calendarDays(at, now);
  if (d < 1) return rtf.format(-Math.round(s / 3600), 'hour');
  if (d < 14) return rtf.format(-d, 'day');
  if (d < 60) return rtf.format(-Math.round(d / 7), 'week');
  if (d < 730) return rtf.format(-Math.round(d / 30.44), 'month');
  return rtf.format(-Math.round(d / 365.25), 'year');
}

/** Full date and time in the user's own locale, for `title`. */
export function absoluteTime(at: number): string {
  abs ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return abs.format(at);
}

/** "3 hours", "2 days": how long something has lasted. */
export function duration(from: number, now: number): string {
  const h = Math.max(0, (now - from) / 3_600_000);
  if (h < 1) return `${Math.max(1, Math.round(h * 60))} min`;
  if (h < 48) return `${Math.round(h)} hour${Math.round(h) === 1 ? '' : 's'}`;
  return `${Math.floor(h / 24)} days`;
}
