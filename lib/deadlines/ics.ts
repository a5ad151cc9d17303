// Deadlines as an iCalendar file (RFC 5545), built with ical.js — the same
// library the import side parses calendars with, so one implementation of the
// format is shipped, not two.
//
// Each deadline is an event on its due date; while it is open and has a
// buffer, a second all-day event marks the internal target, RELATED-TO the
// first. UIDs come from the deadline's id, and SEQUENCE counts due-date moves,
// so importing a newer file updates the events instead of duplicating them.
//
// Time: date-only deadlines are all-day events (VALUE=DATE). Timed ones are
// written as UTC instants, computed from the floating local time in the zone
// of the computer that exports (see lib/model/deadline.ts), so every calendar
// shows the same moment whatever its own zone — without shipping VTIMEZONE
// definitions.
import ICAL from 'ical.js';
import { resolveBuffer, type BufferDefaults, type Deadline } from '../model/deadline';
import { DEADLINE_KIND_LABELS } from './labels';
import { addDays, instantOf, toDate, type LocalDate } from './local-date';
import { t, tn } from '../i18n/t';
import { formatWeekdayDay } from '../i18n/format';

export interface IcsItem {
  deadline: Deadline;
  clientName: string;
  /** E.g. the matter's case number or name. */
  matterLabel?: string;
}

export interface IcsOptions {
  now: number;
  buffers?: BufferDefaults;
  /** Done deadlines are left out unless asked for. */
  includeDone?: boolean;
  /** X-WR-CALNAME, shown by calendar apps that subscribe or import into a new calendar. */
  calendarName?: string;
}

const UID_DOMAIN = 'rapport.invalid';
export const dueUid = (d: Pick<Deadline, 'id'>) => `${d.id}@${UID_DOMAIN}`;
export const targetUid = (d: Pick<Deadline, 'id'>) => `${d.id}-target@${UID_DOMAIN}`;

function dateValue(d: LocalDate): ICAL.Time {
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

const utc = (ms: number) => ICAL.Time.fromJSDate(new Date(ms), true);
const showDate = (d: LocalDate) => formatWeekdayDay(toDate(d));

function event(props: [string, unknown][]): ICAL.Component {
  const ev = new ICAL.Component('vevent');
  for (const [name, value] of props) if (value !== undefined) ev.addPropertyWithValue(name, value as string);
  return ev;
}

export function deadlinesToIcs(items: readonly IcsItem[], o: IcsOptions): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.addPropertyWithValue('prodid', '-//Rapport//Deadlines//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  if (o.calendarName) cal.addPropertyWithValue('x-wr-calname', o.calendarName);

  for (const { deadline: d, clientName, matterLabel } of items) {
    const done = d.doneAt !== undefined;
    if (done && !o.includeDone) continue;
    const buffer = resolveBuffer(d, o.buffers);
    const target = addDays(d.dueDate, -buffer);
    const about = `${d.title} — ${clientName}`;
    const description = [
      matterLabel ? t('ics_kind_for_matter', { kind: DEADLINE_KIND_LABELS[d.kind], client: clientName, matter: matterLabel }) : t('ics_kind_for', { kind: DEADLINE_KIND_LABELS[d.kind], client: clientName }),
      buffer > 0 ? tn('ics_internal_target', buffer, { date: showDate(target) }) : '',
      done ? t('ics_done_on', { date: formatWeekdayDay(d.doneAt!) }) : '',
      d.notes,
    ]
      .filter(Boolean)
      .join('\n\n');
    const moves = d.history.filter((h) => h.type === 'due-changed').length;
    const due = event([
      ['uid', dueUid(d)],
      ['dtstamp', utc(o.now)],
      ['created', utc(d.createdAt)],
      ['last-modified', utc(d.updatedAt)],
      ['sequence', moves],
      ['summary', done ? t('ics_done_summary', { about }) : about],
      ['description', description],
      ['transp', 'TRANSPARENT'],
    ]);
    due.addPropertyWithValue('categories', DEADLINE_KIND_LABELS[d.kind]);
    if (d.dueTime) {
      due.addPropertyWithValue('dtstart', utc(instantOf(d.dueDate, d.dueTime)));
    } else {
      due.addPropertyWithValue('dtstart', dateValue(d.dueDate));
      due.addPropertyWithValue('dtend', dateValue(addDays(d.dueDate, 1)));
    }
    cal.addSubcomponent(due);

    if (!done && buffer > 0) {
      const targetEvent = event([
        ['uid', targetUid(d)],
        ['dtstamp', utc(o.now)],
        ['sequence', moves],
        ['summary', t('ics_target_summary', { about, date: showDate(d.dueDate) })],
        ['description', d.dueTime ? t('ics_target_description_time', { title: d.title, date: showDate(d.dueDate), time: d.dueTime }) : t('ics_target_description', { title: d.title, date: showDate(d.dueDate) })],
        ['transp', 'TRANSPARENT'],
        ['related-to', dueUid(d)],
      ]);
      targetEvent.addPropertyWithValue('dtstart', dateValue(target));
      targetEvent.addPropertyWithValue('dtend', dateValue(addDays(target, 1)));
      cal.addSubcomponent(targetEvent);
    }
  }
  return cal.toString() + '\r\n';
}

/** "rapport-deadlines-ana-ruiz-2026-11-30.ics": safe on every file system. */
export function icsFileName(scope: string, today: LocalDate): string {
  const slug = scope
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `rapport-deadlines${slug ? `-${slug}` : ''}-${today}.ics`;
}
