// The shape of a holiday list, apart from the shipped data, so Settings can
// validate a user's own list without pulling the shipped lists into its bundle.
import { z } from 'zod';
import { localDateSchema } from '../model/deadline';
import { yearOf } from './local-date';

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
