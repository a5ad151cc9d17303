// Dates as the deadline components show them. Intl only, in the language of
// the texts (lib/i18n/t.ts uiLanguage) unless a caller (or a test) passes a
// locale.
import { formatRelative } from '../../lib/i18n/format';
import { uiLanguage } from '../../lib/i18n/t';
import { instantOf, type LocalDate } from '../../lib/deadlines/local-date';

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let f = formats.get(key);
  if (!f) {
    const time: Intl.DateTimeFormatOptions = withTime ? { hour: 'numeric', minute: '2-digit' } : {};
    formats.set(key, (f = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...time })));
  }
  return f;
}

/** "Mon, Mar 9, 2026", "Mon, Mar 9, 2026, 5:00 PM"; "lun, 9 mar 2026, 17:00" in Spanish. */
export function showDue(date: LocalDate, time?: string, locale?: string): string {
  return formatter(locale ?? uiLanguage(), !!time).format(new Date(instantOf(date, time)));
}

/** "in 3 days", "today", "2 days ago", from calendar days left. */
export function daysLeftText(daysLeft: number): string {
  return formatRelative(daysLeft, 'day');
}
