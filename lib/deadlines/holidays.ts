// Holiday lists for court-day arithmetic. The lists are data
// (holidays/*.json): each names its sources, the day it was checked and the
// years it covers, so a list that has run out shows as such instead of
// silently counting a holiday as a court day. Settings can hold the user's own
// copy of a list (same schema), e.g. with a day a court closed for a storm.
import { z } from 'zod';
import { localDateSchema } from '../model/deadline';
import { weekday, yearOf, type LocalDate } from './local-date';
import federalData from './holidays/us-federal.json';
import californiaData from './holidays/ca-judicial.json';

z.config({ jitless: true });

export const holidaySchema = z.object({
  date: localDateSchema,
  name: z.string().trim().min(1, { message: 'A holiday needs a name' }).max(120),
});
export type Holiday = z.infer<typeof holidaySchema>;

export const holidaySourceSchema = z.object({
  cite: z.string().trim().min(1).max(300),
  url: z.url({ protocol: /^https$/ }).optional(),
  note: z.string().trim().max(2000).optional(),
});

const year = z.number().int().min(1900).max(2200);

export const holidayListSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, { message: 'Use lower-case letters, digits and dashes' }),
    name: z.string().trim().min(1).max(120),
    /** The day someone last checked the dates against the sources. */
    checkedOn: localDateSchema,
    validFrom: year,
    /** The last year the list covers. Past it, holidays are unknown and counting warns. */
    validThrough: year,
    sources: z.array(holidaySourceSchema).max(20).default([]),
    holidays: z.array(holidaySchema).max(2000),
  })
  .superRefine((l, ctx) => {
    if (l.validThrough < l.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validThrough'], message: 'The last year covered is before the first' });
    }
    const seen = new Set<string>();
    l.holidays.forEach((h, i) => {
      if (seen.has(h.date)) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `${h.date} is listed twice` });
      seen.add(h.date);
      // A holiday of the first year can be observed on 31 December of the year before.
      const y = yearOf(h.date);
      if (y < l.validFrom - 1 || y > l.validThrough) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: `${h.date} is outside the years the list covers` });
      }
    });
  })
  .transform((l) => ({ ...l, holidays: [...l.holidays].sort((a, b) => a.date.localeCompare(b.date)) }));
export type HolidayList = z.output<typeof holidayListSchema>;
export type HolidayListInput = z.input<typeof holidayListSchema>;

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
