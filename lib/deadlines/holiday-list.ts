// The shape of a holiday list, apart from the shipped data, so Settings can
// validate a user's own list without pulling the shipped lists into its bundle.
import { z } from 'zod';
import { localDateSchema } from '../model/deadline';
import { weekday, yearOf } from './local-date';
import { t } from '../i18n/t';
import '../model/zod-messages';

export const holidaySchema = z.object({
  date: localDateSchema,
  name: z.string().trim().min(1, { error: () => t('holidays_needs_name') }).max(120),
  /** Not a holiday but a day the court was closed (by order, a storm): counted the same way, said differently. */
  closure: z.literal(true).optional(),
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
    id: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: () => t('holidays_id_shape') }),
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
      ctx.addIssue({ code: 'custom', path: ['validThrough'], message: t('holidays_years_reversed') });
    }
    const seen = new Set<string>();
    l.holidays.forEach((h, i) => {
      if (seen.has(h.date)) ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: t('holidays_listed_twice', { date: h.date }) });
      seen.add(h.date);
      // A holiday of the first year can be observed on 31 December of the year before.
      const y = yearOf(h.date);
      if (y < l.validFrom - 1 || y > l.validThrough) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'date'], message: t('holidays_outside_years', { date: h.date }) });
      }
    });
  })
  .transform((l) => ({ ...l, holidays: [...l.holidays].sort((a, b) => a.date.localeCompare(b.date)) }));
export type HolidayList = z.output<typeof holidayListSchema>;
export type HolidayListInput = z.input<typeof holidayListSchema>;

/**
 * The user's changes to one shipped list, kept apart from it so that a newer
 * shipped list (next year's dates) still arrives with the changes on top:
 * days added (holidays the list lacks, or days the court was closed) and
 * shipped days taken off. Dates are checked here, where no shipped list is
 * at hand; an added day that is also a shipped one replaces it.
 */
export const holidayEditsSchema = z
  .object({
    added: z
      .array(
        z.object({
          date: localDateSchema,
          name: z.string().trim().min(1, { error: () => t('holidays_give_name') }).max(120),
          closure: z.literal(true).optional(),
        }),
      )
      .max(500)
      .default([]),
    removed: z.array(localDateSchema).max(500).default([]),
  })
  .superRefine((e, ctx) => {
    const seen = new Set<string>();
    e.added.forEach((h, i) => {
      if (seen.has(h.date)) ctx.addIssue({ code: 'custom', path: ['added', i, 'date'], message: t('holidays_listed_twice', { date: h.date }) });
      seen.add(h.date);
      const w = weekdayOf(h.date);
      if (w === 0 || w === 6) ctx.addIssue({ code: 'custom', path: ['added', i, 'date'], message: w === 0 ? t('holidays_on_sunday', { date: h.date }) : t('holidays_on_saturday', { date: h.date }) });
    });
    e.removed.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: ['removed', i], message: t('holidays_added_and_removed', { date: d }) });
    });
  });
export type HolidayEdits = z.output<typeof holidayEditsSchema>;

/** undefined for a date the field check refuses anyway. */
function weekdayOf(d: string): number | undefined {
  try {
    return weekday(d);
  } catch {
    return undefined;
  }
}
