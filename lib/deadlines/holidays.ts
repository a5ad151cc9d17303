// Holiday lists for court-day arithmetic. The lists are data
// (holidays/*.json): each names its sources, the day it was checked and the
// years it covers, so a list that has run out shows as such instead of
// silently counting a holiday as a court day. Settings can hold the user's own
// copy of a list (same schema), e.g. with a day a court closed for a storm.
import { weekday, yearOf, type LocalDate } from './local-date';
import { holidayListSchema, type HolidayList } from './holiday-list';
import federalData from './holidays/us-federal.json';
import californiaData from './holidays/ca-judicial.json';

export { holidayListSchema, holidaySchema, holidaySourceSchema, type Holiday, type HolidayList, type HolidayListInput } from './holiday-list';

/** Federal legal holidays (5 U.S.C. 6103, FRCP 6(a)(6)), as observed. */
export const FEDERAL_HOLIDAYS: HolidayList = holidayListSchema.parse(federalData);
/** California judicial holidays (CCP 135, Gov. Code 6700, CRC 1.11), as observed. */
export const CALIFORNIA_HOLIDAYS: HolidayList = holidayListSchema.parse(californiaData);

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
export type ClosedReason = { kind: 'weekend'; name: 'Saturday' | 'Sunday' } | { kind: 'holiday'; name: string; list: string };

export function closedReason(d: LocalDate, lists: readonly HolidayList[]): ClosedReason | undefined {
  const w = weekday(d);
  if (w === 6) return { kind: 'weekend', name: 'Saturday' };
  if (w === 0) return { kind: 'weekend', name: 'Sunday' };
  for (const l of lists) {
    const h = l.holidays.find((x) => x.date === d);
    if (h) return { kind: 'holiday', name: h.name, list: l.name };
  }
  return undefined;
}
