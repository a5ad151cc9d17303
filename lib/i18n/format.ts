// Numbers, dates and relative times in the browser's language (Intl), for
// every page. Patterns are never written by hand for one language: the
// locale's own Intl formats order day, month and year.
import { uiLanguage } from './t';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(id: string, make: (lang: string) => T): T {
  const key = `${uiLanguage()}|${id}`;
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make(uiLanguage())));
  return f;
}

export function formatNumber(n: number): string {
  return cached('n', (l) => new Intl.NumberFormat(l)).format(n);
}

/** "30 Nov 2026" / "30 nov 2026". */
export function formatDay(at: number | Date): string {
  return cached('d', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric' })).format(at);
}

/** "Mon, 30 Nov 2026" / "lun, 30 nov 2026". */
export function formatWeekdayDay(at: number | Date): string {
  return cached('wd', (l) => new Intl.DateTimeFormat(l, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })).format(at);
}

/** "30 Nov 2026, 14:05" in the locale's order and clock. */
export function formatDateTime(at: number | Date): string {
  return cached('dt', (l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' })).format(at);
}

export function formatTime(at: number | Date): string {
  return cached('t', (l) => new Intl.DateTimeFormat(l, { hour: 'numeric', minute: '2-digit' })).format(at);
}

/** "3 days ago", "yesterday", "in 2 weeks" — `numeric: 'auto'` picks the words. */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return cached('r', (l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' })).format(value, unit);
}

/** "A, B and C" / "A, B y C". */
export function formatList(items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`l${type}`, (l) => new Intl.ListFormat(l, { type })).format(items);
}
