import { z } from 'zod';

// Forbid zod's generated-code fast path: extension pages' CSP forbids eval and
// Firefox's linter flags it.

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional();

// In its own module so matter-people.ts can use it without an import cycle.
import { emailSchema } from './email';
export { emailSchema };
import { conflictOverrideSchema, matterPersonSchema, MAX_PEOPLE_PER_MATTER } from './matter-people';
import { t } from '../i18n/t';
import './zod-messages';

/** "acme.com" — opt-in match for anyone at that domain. */
export const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ''))
  .pipe(
    z
      .string()
      .regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, { error: () => t('errors_domain') }),
  );

export const matterSchema = z.object({
  id: z.string().min(1),
  caseNumber: optionalText(80),
  caseName: optionalText(300),
  court: optionalText(200),
  matterCode: optionalText(80),
  /** Opposing counsel, adverse parties, co-counsel … Their keys belong to the matter, never to the client (identity/matter-people-keys.ts). */
  people: z.array(matterPersonSchema).max(MAX_PEOPLE_PER_MATTER).default([]),
});
export type Matter = z.infer<typeof matterSchema>;

export const personalNotesSchema = z.object({
  family: text(5000).default(''),
  interests: text(5000).default(''),
  background: text(5000).default(''),
  howWeMet: text(5000).default(''),
  notes: text(20000).default(''),
});
export type PersonalNotes = z.infer<typeof personalNotesSchema>;

export const goalStatusSchema = z.enum(['open', 'met', 'revised', 'dropped']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalSchema = z.object({
  id: z.string().min(1),
  text: text(2000).min(1, { error: () => t('errors_goal_text') }),
  acceptableOutcome: text(2000).default(''),
  status: goalStatusSchema.default('open'),
  updatedAt: z.number().int().nonnegative(),
});
export type Goal = z.infer<typeof goalSchema>;

const cadenceDays = z.number().int().min(1).max(3650);

/** A complete cadence: the Settings default and each tag's. */
export const cadenceSchema = z
  .object({
    idealDays: cadenceDays,
    maxDays: cadenceDays,
  })
  .refine((c) => c.maxDays >= c.idealDays, {
    error: () => t('errors_max_days'),
    path: ['maxDays'],
  });
export type Cadence = z.infer<typeof cadenceSchema>;

/**
 * A client's own cadence may set only one half; the other comes from the
 * client's tags or the Settings default (model/cadence.ts resolveCadence).
 */
export const clientCadenceSchema = z
  .object({
    idealDays: cadenceDays.optional(),
    maxDays: cadenceDays.optional(),
  })
  .refine((c) => c.idealDays !== undefined || c.maxDays !== undefined, { error: () => t('errors_cadence_days') })
  .refine((c) => c.idealDays === undefined || c.maxDays === undefined || c.maxDays >= c.idealDays, {
    error: () => t('errors_max_days'),
    path: ['maxDays'],
  });
export type ClientCadence = z.infer<typeof clientCadenceSchema>;

/** Everything a user edits. id and timestamps are the store's business. */
export const clientInputSchema = z.object({
  name: text(200).min(1, { error: () => t('errors_client_name') }),
  preferredName: optionalText(200),
  organisation: optionalText(200),
  emails: z.array(emailSchema).max(50).default([]),
  phones: z.array(text(50).min(1)).max(20).default([]),
  domains: z.array(domainSchema).max(20).default([]),
  matters: z.array(matterSchema).max(200).default([]),
  notes: personalNotesSchema.default({ family: '', interests: '', background: '', howWeMet: '', notes: '' }),
  goals: z.array(goalSchema).max(100).default([]),
  cadence: clientCadenceSchema.optional(),
  tags: z.array(text(50).min(1)).max(50).default([]),
  /**
   * Every "Save anyway" past a conflict warning for this client or one of its
   * matter people: who confirmed, when, and the hits they saw. Kept on the
   * record (append-only by the editors) so backups carry it with the client.
   */
  conflictOverrides: z.array(conflictOverrideSchema).max(500).optional(),
});
export type ClientInput = z.input<typeof clientInputSchema>;
export type ClientFields = z.output<typeof clientInputSchema>;

export const clientSchema = clientInputSchema.extend({
  id: z.string().min(1),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Client = z.output<typeof clientSchema>;

export { displayName } from './display-name';
