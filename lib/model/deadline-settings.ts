// The settings deadlines need. Stored as a record of their own in `meta`
// with its own version (lib/db/repos/deadlines.ts), not as a section of
// lib/model/settings.ts: the cadence form rebuilds that record from its own
// fields, and would otherwise put these back to their defaults on every save.
// A missing or unreadable record reads as these defaults.
import { z } from 'zod';
import { bufferDaysSchema, DEFAULT_BUFFER_DAYS } from './deadline';
import { DEFAULT_HEADS_UP_TEMPLATE, headsUpTemplateSchema } from '../deadlines/heads-up';
import { holidayEditsSchema } from '../deadlines/holiday-list';
import './zod-messages';


export const composeTargetSchema = z.enum(['gmail', 'outlook', 'mailto', 'copy']);
export type ComposeChoice = z.infer<typeof composeTargetSchema>;

/**
 * A list's edits. A record from before edits existed could hold a whole copy
 * of a list here (nothing in the product wrote one); it reads as no edits —
 * the shipped list — rather than making the whole record unreadable.
 */
const userEdits = z.preprocess(
  (v) => (v && typeof v === 'object' && Array.isArray((v as { holidays?: unknown }).holidays) ? undefined : v),
  holidayEditsSchema.optional(),
);

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
     * The user's changes to each shipped holiday list (lib/deadlines/holidays.ts
     * withEdits): days added — a holiday, or a day the court was closed — and
     * shipped days taken off. Unset = the shipped list as it is.
     */
    holidays: z
      .object({
        federal: userEdits,
        california: userEdits,
      })
      .prefault({}),
  })
  .prefault({});
export type DeadlineSettings = z.output<typeof deadlineSettingsSchema>;
