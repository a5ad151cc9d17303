import { z } from 'zod';
import { isLocalDate, TIME_SHAPE } from '../deadlines/local-date';
import { t } from '../i18n/t';
import './zod-messages';

// Deadlines and promises. A promise ("I'll send the draft by Friday") is a
// deadline of kind 'promise': same dates, buffer, states and history.
//
// Time zones: the due date is a calendar date ("YYYY-MM-DD") and the optional
// time a wall-clock "HH:mm", both in whatever zone the user's computer is in
// when they are read — what iCalendar calls floating time. A filing due on the
// 3rd stays due on the 3rd when the lawyer flies to New York; an instant is
// only made (lib/deadlines/state.ts) to compare with the clock. Courts count
// calendar days, so storing instants would buy nothing and would move
// date-only deadlines across midnight for anyone who changes zone.


export const deadlineKindSchema = z.enum(['court', 'internal', 'promise']);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const localDateSchema = z
  .string()
  .trim()
  .refine(isLocalDate, { error: () => t('errors_real_date') });

export const localTimeSchema = z
  .string()
  .trim()
  .regex(TIME_SHAPE, { error: () => t('errors_time') });

/** Buffer days: the internal target is the due date minus these. */
export const bufferDaysSchema = z.number().int().min(0, { error: () => t('errors_buffer') }).max(365);

const due = z.object({ date: localDateSchema, time: localTimeSchema.optional() });
export type DueAt = z.infer<typeof due>;

/** One line of a deadline's history. Reopening and moving the due date are never silent. */
export const deadlineHistorySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('created'), at: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('due-changed'),
    at: z.number().int().nonnegative(),
    from: due,
    to: due,
    reason: z.string().trim().max(1000).optional(),
  }),
  z.object({ type: z.literal('done'), at: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('reopened'),
    at: z.number().int().nonnegative(),
    /** When it had been marked done. */
    doneAt: z.number().int().nonnegative(),
    reason: z.string().trim().max(1000).optional(),
  }),
]);
export type DeadlineHistoryLine = z.infer<typeof deadlineHistorySchema>;

export const HISTORY_LIMIT = 200;

/** What the user edits. */
export const deadlineInputSchema = z.object({
  clientId: z.string().min(1),
  /** A matter of that client (Client.matters[].id); none = the client as a whole. */
  matterId: z.string().min(1).optional(),
  title: z.string().trim().min(1, { error: () => t('errors_deadline_title') }).max(300),
  kind: deadlineKindSchema,
  dueDate: localDateSchema,
  dueTime: localTimeSchema.optional(),
  /** Unset = the kind's default from settings (see resolveBuffer), so changing the default moves every such target. */
  bufferDays: bufferDaysSchema.optional(),
  notes: z.string().trim().max(5000).default(''),
});
export type DeadlineInput = z.input<typeof deadlineInputSchema>;
export type DeadlineFields = z.output<typeof deadlineInputSchema>;

export const deadlineSchema = deadlineInputSchema.extend({
  id: z.string().min(1),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  /** Set when marked done; cleared (with a history line) when reopened. */
  doneAt: z.number().int().nonnegative().optional(),
  history: z.array(deadlineHistorySchema).max(HISTORY_LIMIT).default([]),
});
export type Deadline = z.output<typeof deadlineSchema>;

/** Default buffer per kind; Settings keeps the user's own (deadlineSettingsSchema). */
export const DEFAULT_BUFFER_DAYS: Record<DeadlineKind, number> = { court: 3, internal: 1, promise: 1 };

export type BufferDefaults = Record<DeadlineKind, number>;

export function resolveBuffer(d: Pick<Deadline, 'kind' | 'bufferDays'>, defaults: BufferDefaults = DEFAULT_BUFFER_DAYS): number {
  return d.bufferDays ?? defaults[d.kind];
}
