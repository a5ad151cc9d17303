// One line typed in the sidebar → a promise's title and due date.
//
//   "Promise: send the draft lease · Fri"   "send draft Tuesday"
//   "call back tomorrow"   "filing copy by 12/3"   "call Ana in 3 days"
//   "enviar el borrador el viernes"   "llamar mañana a las 17:00"
//
// What is read, relative to now in the local zone:
// - today / tomorrow / the day after tomorrow (hoy / mañana / pasado mañana);
// - a weekday, full or shortened (Fri, Tues, vie, mié), in English or the
//   user's language, is the next such day after today: "Fri" typed on a
//   Friday is a week away, since "today" says today. "next Fri" and "this
//   Fri" read the same way, as the coming one: when people disagree on "next",
//   the earlier reading shows a promise early rather than late;
// - in N days / weeks (en N días, dentro de N semanas), N a number or a or one;
// - a date: 12/3 in the locale's order (month first in en-US, day first in
//   en-GB and es), with an optional year, 2026-12-03, Dec 3, 3 December,
//   3 de diciembre. Without a year it is the next such date from today on;
// - an optional time after it: 5pm, 5:30 pm, 17:00, at 9am, a las 17:00.
// The date goes at the end (after "·", "|", " - " or just a space, with an
// optional "by", "on", "before", "para", "el", "antes del" …) or at the start.
import type { Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { addDays, fromDate, isLocalDate, parseWith, type LocalDate } from './local-date';
import { t } from '../i18n/t';

export interface ParsedPromise {
  title: string;
  dueDate: LocalDate;
  dueTime?: string;
  /** The words read as the date, as typed, so the UI can show what it understood. */
  when: string;
}

export type PromiseParse = { ok: true; value: ParsedPromise } | { ok: false; error: string };

export interface ParseOptions {
  now: number | Date;
  /** The user's date-fns locale: its weekday and month names and its date order. English is always understood too. */
  locale?: Locale;
}


/** Lower case, no accents: "Miércoles" and "miercoles" are the same word. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const LEADING = [
  'by', 'on', 'before', 'until', 'till', 'due', 'this', 'next', 'the', 'coming',
  'para', 'el', 'la', 'antes', 'del', 'de', 'hasta', 'este', 'esta', 'proximo', 'proxima', 'a', 'mas', 'tardar',
];
const PREFIX = /^\s*(?:promise|promesa)\s*[:\-–—]\s*/i;
const SEPARATOR = /\s*(?:·|\||\s[-–—]\s)\s*/;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

interface Ctx {
  today: LocalDate;
  reference: Date;
  locales: Locale[];
  dayFirst: boolean;
  weekdays: { wide: string[]; abbreviated: string[]; day: number }[];
}

function context(o: ParseOptions): Ctx {
  const locale = o.locale ?? enUS;
  const locales = locale.code === enUS.code ? [enUS] : [locale, enUS];
  const weekdays: Ctx['weekdays'] = [];
  for (let day = 0; day < 7; day++) {
    const name = (width: 'wide' | 'abbreviated') => locales.map((l) => fold(l.localize.day(day as 0, { width })).replace(/\.$/, ''));
    weekdays.push({ wide: name('wide'), abbreviated: name('abbreviated'), day });
  }
  const now = new Date(o.now);
  return {
    today: fromDate(now),
    reference: new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12),
    locales,
    // en-US writes MM/dd/yyyy; en-GB and es write dd/MM/yyyy.
    dayFirst: !/^M/.test(locale.formatLong.date({ width: 'short' })),
    weekdays,
  };
}

/** Matches a weekday by its full name, its abbreviation, or any prefix of the full name of 3 letters or more ("tues", "thurs"). */
function weekdayOf(word: string, ctx: Ctx): number | undefined {
  const w = word.replace(/\.$/, '');
  if (w.length < 2) return undefined;
  for (const { wide, abbreviated, day } of ctx.weekdays) {
    if (abbreviated.includes(w) || wide.some((n) => n === w || (w.length >= 3 && n.startsWith(w)))) return day;
  }
  return undefined;
}

function parseTime(s: string): { rest: string; time?: string } | undefined {
  const m = /(?:^|\s)(?:at\s+|a\s+las\s+|a\s+la\s+|@\s*)?(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|h)?$/.exec(s);
  if (!m) return { rest: s };
  const hasMarker = m[2] !== undefined || m[3] !== undefined || /(?:at|las|la|@)\s*\d/.test(m[0]);
  if (!hasMarker) return { rest: s };
  let h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  const ampm = m[3]?.replace(/\./g, '');
  if (ampm === 'am' || ampm === 'pm') {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (h > 23 || min > 59) return undefined;
  return { rest: s.slice(0, m.index).trim(), time: `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` };
}

type When = { date: LocalDate; time?: string } | { error: string } | undefined;

/** Reads a whole phrase as a date (and time), or says why it cannot, or undefined when it is not a date at all. */
function readWhen(phrase: string, ctx: Ctx): When {
  let s = fold(phrase).replace(/[,;:!?]+$/, '').replace(/\s+/g, ' ').trim();
  const timed = parseTime(s);
  if (!timed) return { error: t('promise_no_such_time', { when: phrase }) };
  const time = timed.time;
  s = timed.rest;
  const words = s.split(' ').filter(Boolean);
  while (words.length > 1 && LEADING.includes(words[0]!)) words.shift();
  s = words.join(' ');
  if (!s) return time ? { date: ctx.today, time } : undefined;
  const done = (date: LocalDate): When => (time ? { date, time } : { date });

  if (s === 'today' || s === 'hoy') return done(ctx.today);
  if (s === 'tomorrow' || s === 'manana') return done(addDays(ctx.today, 1));
  if (s === 'day after tomorrow' || s === 'pasado manana') return done(addDays(ctx.today, 2));

  const rel = /^(?:in|en|dentro de)\s+(\d{1,3}|[a-z]+)\s+(days?|weeks?|dias?|semanas?)$/.exec(s);
  if (rel) {
    const n = /^\d+$/.test(rel[1]!) ? Number(rel[1]) : NUMBER_WORDS[rel[1]!];
    if (n === undefined) return undefined;
    return done(addDays(ctx.today, /^(week|semana)/.test(rel[2]!) ? 7 * n : n));
  }

  if (words.length === 1) {
    const day = weekdayOf(words[0]!, ctx);
    if (day !== undefined) {
      const todayDay = new Date(ctx.reference).getDay();
      return done(addDays(ctx.today, ((day - todayDay + 6) % 7) + 1));
    }
  }

  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return isLocalDate(s) ? pastCheck(s, phrase, ctx, time) : { error: t('promise_not_real_date', { when: phrase }) };
  }

  const num = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(s);
  if (num) {
    const [a, b] = [Number(num[1]), Number(num[2])];
    const [month, day] = ctx.dayFirst ? [b, a] : [a, b];
    return numericDate(month, day, num[3], phrase, ctx, time);
  }

  // Month names, in English or the user's language: "dec 3", "3 december", "3 de diciembre", "december 3, 2026".
  const named = s.replace(/(\d+)(?:st|nd|rd|th|º|o)\b/g, '$1').replace(/\s+de\s+/g, ' ').replace(/[,.]/g, '');
  for (const locale of ctx.locales) {
    for (const pattern of ['MMM d', 'MMMM d', 'd MMM', 'd MMMM', 'MMM d yyyy', 'MMMM d yyyy', 'd MMM yyyy', 'd MMMM yyyy']) { // i18n-ignore: date-fns parse patterns
      const d = parseWith(named, pattern, ctx.reference, { locale });
      if (d) return numericDate(d.getMonth() + 1, d.getDate(), pattern.includes('y') ? String(d.getFullYear()) : undefined, phrase, ctx, time);
    }
  }
  return undefined;
}

function numericDate(month: number, day: number, year: string | undefined, phrase: string, ctx: Ctx, time?: string): When {
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = Number(ctx.today.slice(0, 4));
  if (year !== undefined) {
    const y = year.length === 2 ? 2000 + Number(year) : Number(year);
    const iso = `${y}-${pad(month)}-${pad(day)}`;
    return isLocalDate(iso) ? pastCheck(iso, phrase, ctx, time) : { error: t('promise_not_real_date', { when: phrase }) };
  }
  // No year: this year's date if it is still ahead (or today), else next year's.
  for (const y of [thisYear, thisYear + 1]) {
    const iso = `${y}-${pad(month)}-${pad(day)}`;
    if (isLocalDate(iso) && iso >= ctx.today) return time ? { date: iso, time } : { date: iso };
  }
  // 29 February in a year that has none next: say so rather than pick a day.
  return { error: ctx.dayFirst ? t('promise_not_real_date_day_first', { when: phrase }) : t('promise_not_real_date_month_first', { when: phrase }) };
}

function pastCheck(iso: LocalDate, phrase: string, ctx: Ctx, time?: string): When {
  if (iso < ctx.today) return { error: t('promise_passed', { when: phrase }) };
  return time ? { date: iso, time } : { date: iso };
}

const cleanTitle = (words: string[]) => {
  const w = [...words];
  while (w.length && LEADING.includes(fold(w[w.length - 1]!))) w.pop();
  return w.join(' ').replace(/^[\s,;:·|\-–—]+|[\s,;:·|\-–—]+$/g, '').trim();
};

export function parsePromise(line: string, options: ParseOptions): PromiseParse {
  const ctx = context(options);
  const text = line.replace(PREFIX, '').replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, error: t('promise_type_it', { examples: t('promise_examples') }) };

  const finish = (titleWords: string[], whenText: string, when: When): PromiseParse => {
    if (!when) return { ok: false, error: t('promise_not_a_date', { when: whenText, examples: t('promise_examples') }) };
    if ('error' in when) return { ok: false, error: when.error };
    const title = cleanTitle(titleWords);
    if (!title) return { ok: false, error: t('promise_say_what', { examples: t('promise_examples') }) };
    if (title.length > 300) return { ok: false, error: t('promise_too_long') };
    return { ok: true, value: { title, dueDate: when.date, ...(when.time ? { dueTime: when.time } : {}), when: whenText.trim() } };
  };

  // An explicit separator: the date is whatever follows the last one.
  const parts = text.split(SEPARATOR);
  if (parts.length > 1) {
    const whenText = parts.pop()!;
    return finish(parts.join(' ').split(' '), whenText, readWhen(whenText, ctx));
  }

  // Otherwise the longest run of words at the end, then at the start, that reads as a date.
  const words = text.split(' ');
  let firstError: When;
  for (let k = Math.min(7, words.length); k >= 1; k--) {
    const whenText = words.slice(words.length - k).join(' ');
    const when = readWhen(whenText, ctx);
    if (when && !('error' in when)) return finish(words.slice(0, words.length - k), whenText, when);
    firstError ??= when;
  }
  for (let k = Math.min(7, words.length - 1); k >= 1; k--) {
    const whenText = words.slice(0, k).join(' ');
    const when = readWhen(whenText, ctx);
    if (when && !('error' in when)) return finish(words.slice(k), whenText, when);
  }
  if (firstError && 'error' in firstError) return { ok: false, error: firstError.error };
  return { ok: false, error: t('promise_add_when', { examples: t('promise_examples') }) };
}
