// Relative and absolute times with Intl only, in the language of the texts:
// date-fns `format` with locales would cost more than the whole sidebar, and
// the portal badges (a content script) use these too, so lib/i18n/format.ts is
// not pulled in here.
import { t, tn, uiLanguage } from '../../lib/i18n/t';

const formats = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();
function relative(): Intl.RelativeTimeFormat {
  const key = `r|${uiLanguage()}`;
  let f = formats.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.RelativeTimeFormat(uiLanguage(), { numeric: 'auto' })));
  return f;
}
function absolute(): Intl.DateTimeFormat {
  const key = `a|${uiLanguage()}`;
  let f = formats.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' })));
  return f;
}

const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);

/**
 * Calendar days between two instants, like date-fns differenceInCalendarDays
 * (which the cadence uses): rounding absorbs daylight-saving hours.
 */
export function calendarDays(from: number, to: number): number {
  return Math.round((midnight(to) - midnight(from)) / 864e5);
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "2 weeks ago" … */
export function relativeTime(at: number, now: number): string {
  const rtf = relative();
  const s = (now - at) / 1000;
  // Also covers a timestamp slightly in the future (clock skew between machines).
  if (s < 45) return t('sidebar_just_now');
  if (s < 3600) return rtf.format(-Math.round(s / 60), 'minute');
  const d = calendarDays(at, now);
  if (d < 1) return rtf.format(-Math.round(s / 3600), 'hour');
  if (d < 14) return rtf.format(-d, 'day');
  if (d < 60) return rtf.format(-Math.round(d / 7), 'week');
  if (d < 730) return rtf.format(-Math.round(d / 30.44), 'month');
  return rtf.format(-Math.round(d / 365.25), 'year');
}

/** Full date and time, for `title`. */
export function absoluteTime(at: number): string {
  return absolute().format(at);
}

/** "3 hours", "2 days": how long something has lasted. */
export function duration(from: number, now: number): string {
  const h = Math.max(0, (now - from) / 3_600_000);
  if (h < 1) return tn('sidebar_minutes', Math.max(1, Math.round(h * 60)));
  if (h < 48) return tn('sidebar_hours', Math.round(h));
  return tn('sidebar_days', Math.floor(h / 24));
}
