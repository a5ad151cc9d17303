// The daily reminder: one notification saying which deadlines and promises
// are at risk or missed, whom to check in with (their mood trend), and who is
// due or overdue, at the hour the user chose. The text builder is pure
// (unit-tested); the alarm and the notification are passed in.
import { addDays, setHours, startOfDay } from 'date-fns';
import type { Db } from '../db/open';
import { getSettings } from '../db/repos/settings';
import type { LosingTouchEntry } from '../messaging/protocol';
import type { Settings } from '../model/settings';
import { losingTouchList } from '../db/repos/cadence';
import { needingAttention, type AttentionItem } from '../db/repos/deadlines';
import { checkInList, type CheckInEntry } from '../db/repos/check-ins';
import { CHECK_IN_REASONS } from '../mood/trend';
import { fromDate, instantOf } from '../deadlines/local-date';
import { t, tn, uiLanguage } from '../i18n/t';
import { formatDateTime, formatDay, formatTime } from '../i18n/format';
import { countByStatus } from './losing-touch';
import { notice, type NoticeOptions, type NotificationsApi } from './notify';

export const REMINDER_ALARM = 'daily-reminder';
/** Recounts the badge just after local midnight, when a day's worth of clients can tip into "overdue". */
export const MIDNIGHT_ALARM = 'badge-midnight';
export const DAY_MINUTES = 1440;
/** People named in the notification; the rest are counted. */
const REMINDER_LINES = 4;

/** The next `hour`:00 local time strictly after `now` (date-fns: calendar days, so DST changes keep the hour). */
export function nextReminderAt(now: number, hour: number): number {
  const today = setHours(startOfDay(now), hour).getTime();
  return today > now ? today : setHours(addDays(startOfDay(now), 1), hour).getTime();
}

/** "Priya Raman — 17 days (max 14)"; never contacted: "Sam Ortiz — no contact in 40 days since added (max 30)". */
function line(e: LosingTouchEntry): string {
  const { daysSince, daysSinceAdded, maxDays } = e.cadence;
  const name = e.name;
  if (daysSince === undefined && daysSinceAdded !== undefined)
    return maxDays === undefined ? tn('deadlines_reminder_never', daysSinceAdded, { name }) : tn('deadlines_reminder_never_max', daysSinceAdded, { name, max: maxDays });
  const days = daysSince ?? 0;
  return maxDays === undefined ? tn('deadlines_reminder_client', days, { name }) : tn('deadlines_reminder_client_max', days, { name, max: maxDays });
}

/** "Missed: Send the draft lease — Tom (due Nov 25, 2026)", "At risk: Opposition — Mari (due today)". */
function deadlineLine(i: Pick<AttentionItem, 'deadline' | 'clientName' | 'state'>, today: string): string {
  const { title, dueDate, dueTime } = i.deadline;
  const at = instantOf(dueDate, dueTime);
  const when =
    dueDate === today
      ? dueTime
        ? t('deadlines_reminder_due_today_at', { time: formatTime(at) })
        : t('deadlines_reminder_due_today')
      : t('deadlines_reminder_due_on', { date: dueTime ? formatDateTime(at) : formatDay(at) });
  const vars = { title, client: i.clientName, when };
  return i.state === 'missed' ? t('deadlines_reminder_missed', vars) : t('deadlines_reminder_at_risk', vars);
}

/** "Check in with Ana Ruiz — their mood has been falling". */
function checkInLine(e: Pick<CheckInEntry, 'name' | 'preferredName' | 'reason'>): string {
  return t('deadlines_reminder_check_in', { name: e.preferredName || e.name, reason: CHECK_IN_REASONS[e.reason] });
}

/** "1 deadline missed, 2 at risk": counts side by side, joined the language's way. */
export function joinCounts(parts: string[]): string {
  return new Intl.ListFormat(uiLanguage(), { type: 'unit', style: 'short' }).format(parts);
}

/**
 * The counts the badge's tooltip and the notification's title say: deadlines
 * first ("1 deadline missed, 2 at risk"), then contact ("4 clients overdue, 1 due").
 * The second count of a group leaves out the noun the first one said.
 */
export function countParts(c: { missed?: number; atRisk?: number; checkIns?: number; overdue: number; due: number }): { deadlines: string[]; contact: string[] } {
  const { missed = 0, atRisk = 0, checkIns = 0, overdue, due } = c;
  const deadlines: string[] = [];
  if (missed) deadlines.push(tn('deadlines_count_missed', missed));
  if (atRisk) deadlines.push(missed ? t('deadlines_count_at_risk_short', { n: atRisk }) : tn('deadlines_count_at_risk', atRisk));
  const contact: string[] = [];
  if (checkIns) contact.push(tn('deadlines_count_check_in', checkIns));
  if (overdue) contact.push(tn('deadlines_count_overdue', overdue));
  if (due) contact.push(overdue ? t('deadlines_count_due_short', { n: due }) : tn('deadlines_count_due', due));
  return { deadlines, contact };
}

export interface ReminderCheckIns {
  /** The first part of the list, the one waiting longest first (checkInList). */
  items: readonly Pick<CheckInEntry, 'name' | 'preferredName' | 'reason'>[];
  total: number;
}

export interface ReminderDeadlines {
  /** Missed first, then at risk (needingAttention's order), or the first part of that list. */
  items: readonly Pick<AttentionItem, 'deadline' | 'clientName' | 'state'>[];
  atRisk: number;
  missed: number;
  /** Local "YYYY-MM-DD", to say "today". */
  today: string;
}

/**
 * Title and message for the daily notification, or null when nothing needs
 * the lawyer. Deadlines and promises at risk or missed come first, then the
 * clients whose mood calls for a check-in, then clients due or overdue:
 * `ordered` is the losing-touch list (most overdue first) or its first part;
 * `counts` are for everyone (counted from `ordered` when not given). At most
 * `maxLines` items are named; the rest are counted.
 */
export function reminderText(
  ordered: readonly LosingTouchEntry[],
  opts: { counts?: { overdue: number; due: number }; maxLines?: number; deadlines?: ReminderDeadlines; checkIns?: ReminderCheckIns } = {},
): { title: string; message: string } | null {
  const { overdue, due } = opts.counts ?? countByStatus(ordered);
  const dl = opts.deadlines;
  const missed = dl?.missed ?? 0;
  const atRisk = dl?.atRisk ?? 0;
  const checks = opts.checkIns?.total ?? 0;
  if (!overdue && !due && !missed && !atRisk && !checks) return null;
  const parts = countParts({ missed, atRisk, checkIns: checks, overdue, due });
  const title = t('deadlines_reminder_title', { counts: joinCounts([...parts.deadlines, ...parts.contact]) });
  const max = opts.maxLines ?? 4;
  const shown = [...(dl ? dl.items.map((i) => deadlineLine(i, dl.today)) : []), ...(opts.checkIns?.items.map(checkInLine) ?? []), ...ordered.map(line)].slice(0, max);
  const rest = missed + atRisk + checks + overdue + due - shown.length;
  if (rest > 0) shown.push(tn('deadlines_reminder_more', rest));
  return { title, message: shown.join('\n') };
}

export interface AlarmsApi {
  create(name: string, info: { when?: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
}

/** (Re)creates the reminder alarm for the next `hour`:00, or removes it when reminders are off. */
export async function scheduleReminder(alarms: AlarmsApi, reminders: Settings['reminders'], now: number): Promise<number | null> {
  if (!reminders.enabled) {
    await alarms.clear(REMINDER_ALARM);
    return null;
  }
  const when = nextReminderAt(now, reminders.hour);
  await alarms.create(REMINDER_ALARM, { when, periodInMinutes: DAY_MINUTES });
  return when;
}

/** Creates the alarms if missing (a fresh install, or a browser that dropped them); leaves existing ones alone. */
export async function ensureAlarms(alarms: AlarmsApi, reminders: Settings['reminders'], now: number): Promise<void> {
  if (!(await alarms.get(MIDNIGHT_ALARM))) {
    await alarms.create(MIDNIGHT_ALARM, { when: nextReminderAt(now, 0) + 60_000, periodInMinutes: DAY_MINUTES });
  }
  const existing = await alarms.get(REMINDER_ALARM);
  if (!reminders.enabled) {
    if (existing) await alarms.clear(REMINDER_ALARM);
  } else if (!existing || new Date(existing.scheduledTime).getHours() !== reminders.hour) {
    await scheduleReminder(alarms, reminders, now);
  }
}

/**
 * The alarm's handler: builds the text from the database and shows it (or
 * clears yesterday's when nobody is due). Returns what it showed, for tests.
 */
export async function runDailyReminder(deps: { db: Db; now: number; notifications: NotificationsApi }): Promise<NoticeOptions | null> {
  const settings = await getSettings(deps.db);
  if (!settings.reminders.enabled) return null;
  const [{ clients, overdue, due }, deadlines, checkIns] = await Promise.all([
    losingTouchList(deps.db, deps.now, REMINDER_LINES),
    needingAttention(deps.db, deps.now),
    checkInList(deps.db, deps.now, REMINDER_LINES),
  ]);
  const text = reminderText(clients, {
    counts: { overdue, due },
    maxLines: REMINDER_LINES,
    deadlines: { ...deadlines, items: deadlines.items.slice(0, REMINDER_LINES), today: fromDate(deps.now) },
    checkIns: { items: checkIns.clients, total: checkIns.total },
  });
  if (!text) {
    await deps.notifications.clear(REMINDER_ALARM);
    return null;
  }
  const options = notice(text.title, text.message);
  await deps.notifications.create(REMINDER_ALARM, options);
  return options;
}
