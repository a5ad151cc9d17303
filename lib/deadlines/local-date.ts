// Calendar dates as "YYYY-MM-DD" strings. Deadlines are calendar facts ("due
// on the 3rd"), not instants, so they are stored and counted as dates and only
// turned into an instant — in the zone the browser is in — when compared with
// the clock. Arithmetic goes through date-fns on local midnights: addDays moves
// by calendar days, so a 23- or 25-hour day around a DST change never shifts a
// date.
import { addDays as addDaysFns, format, isValid, parse } from 'date-fns';

export type LocalDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in "YYYY-MM-DD" form (2026-02-30 is not). */
export function isLocalDate(s: string): boolean {
  const m = SHAPE.exec(s);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

/** Local midnight at the start of `d`. Throws on a malformed date: callers validate input with zod first. */
export function toDate(d: LocalDate): Date {
  const m = SHAPE.exec(d);
  if (!m || !isLocalDate(d)) throw new RangeError(`Not a calendar date: ${d}`); // i18n-ignore: developer-only (callers validate with zod first)
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The local calendar date of an instant or Date. */
export function fromDate(d: Date | number): LocalDate {
  return format(d, 'yyyy-MM-dd');
}

export function addDays(d: LocalDate, n: number): LocalDate {
  return fromDate(addDaysFns(toDate(d), n));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: LocalDate): number {
  return toDate(d).getDay();
}

export function yearOf(d: LocalDate): number {
  return Number(d.slice(0, 4));
}

/** "HH:mm", 24-hour. */
export const TIME_SHAPE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant a local date and optional time stand for, in the current zone.
 * A wall time that does not exist (02:30 on the night clocks spring forward)
 * comes out as JavaScript's Date makes it: one hour later, 03:30.
 */
export function instantOf(date: LocalDate, time?: string): number {
  const base = toDate(date);
  if (!time) return base.getTime();
  const m = TIME_SHAPE.exec(time);
  if (!m) throw new RangeError(`Not a time: ${time}`); // i18n-ignore: developer-only (callers validate with zod first)
  base.setHours(Number(m[1]), Number(m[2]), 0, 0);
  return base.getTime();
}

/** Parses with a date-fns pattern; undefined when the text is not a valid date in that pattern. */
export function parseWith(text: string, pattern: string, reference: Date, options?: Parameters<typeof parse>[3]): Date | undefined {
  const d = parse(text, pattern, reference, options);
  return isValid(d) ? d : undefined;
}
