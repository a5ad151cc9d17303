// Where a deadline stands against the clock.
//
//   internal target = due date − buffer days (calendar days)
//   upcoming  before the target day begins
//   at risk   from 00:00 on the target day until the due moment, not done —
//             the target day is the buffer's first day
//   missed    after the due moment, not done
//   done      marked done (whenever that was)
//
// The due moment is the given time on the due date, or the end of the due
// date (23:59:59.999) when there is no time: a date-only deadline is missed
// at the next midnight. Both are read in the zone the browser is in now (see
// lib/model/deadline.ts), so DST changes shift nothing: the target is counted
// in calendar days and midnight is the local midnight of that date.
import { resolveBuffer, type BufferDefaults, type Deadline } from '../model/deadline';
import { addDays, fromDate, instantOf, toDate, type LocalDate } from './local-date';
import { differenceInCalendarDays } from 'date-fns';

export type DeadlineState = 'upcoming' | 'at-risk' | 'missed' | 'done';

export const DEADLINE_STATES: readonly DeadlineState[] = ['missed', 'at-risk', 'upcoming', 'done'];

export interface DeadlineStatus {
  state: DeadlineState;
  /** Epoch ms of the due moment. */
  dueAt: number;
  bufferDays: number;
  targetDate: LocalDate;
  /** Epoch ms of 00:00 on the target date: the buffer begins here. */
  targetAt: number;
  /** Calendar days from today to the due date: 0 today, 1 tomorrow, −2 two days ago. */
  daysLeft: number;
}

type Dated = Pick<Deadline, 'dueDate' | 'dueTime' | 'kind' | 'bufferDays' | 'doneAt'>;

/** The due moment: the time on the due date, else the last millisecond of that date. */
export function dueInstant(d: Pick<Deadline, 'dueDate' | 'dueTime'>): number {
  return d.dueTime ? instantOf(d.dueDate, d.dueTime) : instantOf(addDays(d.dueDate, 1)) - 1;
}

export function targetDate(d: Pick<Deadline, 'dueDate' | 'kind' | 'bufferDays'>, defaults?: BufferDefaults): LocalDate {
  return addDays(d.dueDate, -resolveBuffer(d, defaults));
}

export function deadlineStatus(d: Dated, now: number, defaults?: BufferDefaults): DeadlineStatus {
  const bufferDays = resolveBuffer(d, defaults);
  const target = addDays(d.dueDate, -bufferDays);
  const dueAt = dueInstant(d);
  const targetAt = instantOf(target);
  const daysLeft = differenceInCalendarDays(toDate(d.dueDate), toDate(fromDate(now)));
  const state: DeadlineState =
    d.doneAt !== undefined ? 'done' : now > dueAt ? 'missed' : now >= targetAt ? 'at-risk' : 'upcoming';
  return { state, dueAt, bufferDays, targetDate: target, targetAt, daysLeft };
}

/** Open deadlines soonest first (missed ones are the earliest, so they lead); done ones are left out. */
export function nextDeadlines<T extends Dated>(list: readonly T[], now: number, count = 3, defaults?: BufferDefaults): (T & { status: DeadlineStatus })[] {
  return list
    .filter((d) => d.doneAt === undefined)
    .map((d) => ({ ...d, status: deadlineStatus(d, now, defaults) }))
    .sort((a, b) => a.status.dueAt - b.status.dueAt)
    .slice(0, count);
}

/** What the badge, popup and daily reminder count: open items inside their buffer or past due. */
export function needsAttention(list: readonly Dated[], now: number, defaults?: BufferDefaults): { atRisk: number; missed: number } {
  let atRisk = 0;
  let missed = 0;
  for (const d of list) {
    const s = deadlineStatus(d, now, defaults).state;
    if (s === 'at-risk') atRisk++;
    else if (s === 'missed') missed++;
  }
  return { atRisk, missed };
}

/** A promise to the client that is past due and not kept: flagged in the sidebar and popup. */
export function isBrokenPromise(d: Dated, now: number, defaults?: BufferDefaults): boolean {
  return d.kind === 'promise' && deadlineStatus(d, now, defaults).state === 'missed';
}
