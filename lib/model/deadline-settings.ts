// The settings deadlines need, as one section the lead nests into
// lib/model/settings.ts (`deadlines: deadlineSettingsSchema`), so an older
// settings record without it reads as these defaults.
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
