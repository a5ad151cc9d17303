// The settings deadlines need. Stored as a record of their own in `meta`
// with its own version (lib/db/repos/deadlines.ts), not as a section of
// lib/model/settings.ts: the cadence form rebuilds that record from its own
// fields, and would otherwise put these back to their defaults on every save.
// A missing or unreadable record reads as these defaults.
import { z } from 'zod';
import { bufferDaysSchema, DEFAULT_BUFFER_DAYS } from './deadline';
import { DEFAULT_HEADS_UP_TEMPLATE, headsUpTemplateSchema } from '../deadlines/heads-up';
import { holidayListSchema } from '../deadlines/holiday-list';

z.config({ jitless: true });

export const composeTargetSchema = z.enum(['gmail', 'outlook', 'mailto', 'copy']);
export type ComposeChoice = z.infer<typeof composeTargetSchema>;

export const deadlineSettingsSchema = z
  .object({
    /** Default buffer per kind; a deadline's own bufferDays wins. */
    bufferDays: z
      .object({
        court: bufferDaysSchema.default(DEFAULT_BUFFER_DAYS.court),
        internal: bufferDaysSchema.default(DEFAULT_BUFFER_DAYS.internal),
        promise: bufferDaysSchema.default(DEFAULT_BUFFER_DAYS.promise),
      })
      .prefault({}),
    headsUp: z
      .object({
        template: headsUpTemplateSchema.prefault(DEFAULT_HEADS_UP_TEMPLATE),
        /** Where "Tell the client" opens the draft. */
        compose: composeTargetSchema.default('gmail'),
        /** The signature {sender} stands for. */
        sender: z.string().trim().max(200).default(''),
      })
      .prefault({}),
    /**
     * The user's own copies of the holiday lists (e.g. a day the court closed,
     * or next year's dates before an update ships). Unset = the shipped list.
     */
    holidays: z
      .object({
        federal: holidayListSchema.optional(),
        california: holidayListSchema.optional(),
      })
      .prefault({}),
  })
  .prefault({});
export type DeadlineSettings = z.output<typeof deadlineSettingsSchema>;
