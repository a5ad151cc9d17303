// Holiday lists for court-day arithmetic. The lists are data
// (holidays/*.json): each names its sources, the day it was checked and the
// years it covers, so a list that has run out shows as such instead of
// silently counting a holiday as a court day. Settings → Deadlines keeps the
// user's changes to each (holiday-list.ts HolidayEdits: a day added, a day the
// court was closed, a shipped day taken off), applied here over the shipped
// list.
import { weekday, yearOf, type LocalDate } from './local-date';
import { holidayListSchema, type HolidayEdits, type HolidayList } from './holiday-list';
import federalData from './holidays/us-federal.json';
import californiaData from './holidays/ca-judicial.json';
import { t, type StringKey } from '../i18n/t';

export {
  holidayEditsSchema,
  holidayListSchema,
  holidaySchema,
  holidaySourceSchema,
  type Holiday,
  type HolidayEdits,
  type HolidayList,
  type HolidayListInput,
} from './holiday-list';

// The shipped lists name their days in English (the statutes' names); the
// catalogue has them in each language. Keyed by the English name in the data.
const DAY_NAMES = {
  "New Year's Day": 'holidays_new_year',
  'Birthday of Martin Luther King, Jr.': 'holidays_mlk_federal',
  'Dr. Martin Luther King, Jr. Day': 'holidays_mlk_california',
  'Lincoln Day': 'holidays_lincoln',
  "Washington's Birthday": 'holidays_washington',
  "Presidents' Day": 'holidays_presidents',
  'Cesar Chavez Day': 'holidays_cesar_chavez',
  'Memorial Day': 'holidays_memorial',
  'Juneteenth National Independence Day': 'holidays_juneteenth_federal',
  Juneteenth: 'holidays_juneteenth',
  'Independence Day': 'holidays_independence',
  'Labor Day': 'holidays_labor',
  'Columbus Day': 'holidays_columbus',
  'Native American Day': 'holidays_native_american',
  'Veterans Day': 'holidays_veterans',
  'Thanksgiving Day': 'holidays_thanksgiving',
  'Day after Thanksgiving': 'holidays_day_after_thanksgiving',
  'Christmas Day': 'holidays_christmas',
} as const satisfies Record<string, StringKey>;
const LIST_NAMES = { 'us-federal': 'holidays_list_us_federal', 'ca-judicial': 'holidays_list_ca_judicial' } as const satisfies Record<string, StringKey>;
const OBSERVED = ' (observed)';

/** A shipped day's name in the browser's language; a name we do not know (a day the user added) as it is. */
export function holidayName(name: string): string {
  const observed = name.endsWith(OBSERVED);
  const base = observed ? name.slice(0, -OBSERVED.length) : name;
  const key = Object.hasOwn(DAY_NAMES, base) ? DAY_NAMES[base as keyof typeof DAY_NAMES] : undefined;
  if (!key) return name;
  return observed ? t('holidays_observed', { name: t(key) }) : t(key);
}

/** A shipped list with its own name and its days' names in the browser's language (read once, when the lists load). */
function localised(list: HolidayList): HolidayList {
  const key = Object.hasOwn(LIST_NAMES, list.id) ? LIST_NAMES[list.id as keyof typeof LIST_NAMES] : undefined;
  return { ...list, name: key ? t(key) : list.name, holidays: list.holidays.map((h) => ({ ...h, name: holidayName(h.name) })) };
}

/** Federal legal holidays (5 U.S.C. 6103, FRCP 6(a)(6)), as observed. */
export const FEDERAL_HOLIDAYS: HolidayList = localised(holidayListSchema.parse(federalData));
/** California judicial holidays (CCP 135, Gov. Code 6700, CRC 1.11), as observed. */
export const CALIFORNIA_HOLIDAYS: HolidayList = localised(holidayListSchema.parse(californiaData));

/** The shipped list with the user's changes: days taken off, days added (an added day replaces a shipped one on the same date). */
export function withEdits(shipped: HolidayList, edits: HolidayEdits | undefined): HolidayList {
  if (!edits || (!edits.added.length && !edits.removed.length)) return shipped;
  const gone = new Set([...edits.removed, ...edits.added.map((h) => h.date)]);
  const holidays = [...shipped.holidays.filter((h) => !gone.has(h.date)), ...edits.added].sort((a, b) => a.date.localeCompare(b.date));
  return { ...shipped, holidays };
}

export interface HolidayLists {
  federal: HolidayList;
  california: HolidayList;
}

/** The lists court days are counted with, from Settings → Deadlines (its `holidays` section). */
export function holidayLists(edits: { federal?: HolidayEdits; california?: HolidayEdits } | undefined): HolidayLists {
  return { federal: withEdits(FEDERAL_HOLIDAYS, edits?.federal), california: withEdits(CALIFORNIA_HOLIDAYS, edits?.california) };
}

export type ListStatus = 'current' | 'last-year' | 'outdated';

/**
 * 'last-year': today is in the final year covered, so deadlines that run into
 * next year are counted without its holidays — time to update. 'outdated':
 * today is past the list.
 */
export function holidayListStatus(list: Pick<HolidayList, 'validThrough'>, today: LocalDate): ListStatus {
  const y = yearOf(today);
  return y > list.validThrough ? 'outdated' : y === list.validThrough ? 'last-year' : 'current';
}

export function covers(list: Pick<HolidayList, 'validFrom' | 'validThrough'>, d: LocalDate): boolean {
  const y = yearOf(d);
  return y >= list.validFrom && y <= list.validThrough;
}

/** Why a day is not a court day, or undefined when it is one. */
export type ClosedReason = { kind: 'weekend'; name: 'Saturday' | 'Sunday' } | { kind: 'holiday' | 'closure'; name: string; list: string };

export function closedReason(d: LocalDate, lists: readonly HolidayList[]): ClosedReason | undefined {
  const w = weekday(d);
  if (w === 6) return { kind: 'weekend', name: 'Saturday' };
  if (w === 0) return { kind: 'weekend', name: 'Sunday' };
  for (const l of lists) {
    const h = l.holidays.find((x) => x.date === d);
    if (h) return { kind: h.closure ? 'closure' : 'holiday', name: h.name, list: l.name };
  }
  return undefined;
}
