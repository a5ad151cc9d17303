import { z } from 'zod';
import { t } from '../i18n/t';
import './zod-messages';

/** How far ahead of this machine's clock an interaction may be dated. */
export const MAX_AHEAD_MS = 86_400_000;

export const interactionKindSchema = z.enum(['email-in', 'email-out', 'call', 'meeting', 'note', 'filing']);
export type InteractionKind = z.infer<typeof interactionKindSchema>;

// Labels live in a zod-free module so content scripts can share them.
export { INTERACTION_LABELS } from './labels';

/** Kinds that count as contact with the client (notes and filings do not). */
export function isContact(kind: InteractionKind): boolean {
  return kind !== 'note' && kind !== 'filing';
}

/**
 * Whether an interaction counts toward the client's own contact (last
 * contact, awaiting reply): contact of a kind that counts, and with the
 * client rather than someone on one of their matters.
 */
export function isClientContact(i: { kind: InteractionKind; aboutPerson?: string }): boolean {
  return isContact(i.kind) && !i.aboutPerson;
}

export const interactionInputSchema = z.object({
  /**
   * Optional: the caller may choose the id, which makes the write idempotent —
   * logging the same id again (a retry after a lost reply) changes nothing.
   */
  id: z.string().trim().min(1).max(100).optional(),
  clientId: z.string().min(1),
  kind: interactionKindSchema,
  /**
   * Epoch ms, from 1970 to a day ahead (clock skew): a date far in the future
   * would make the client look contacted forever and never come due.
   */
  at: z
    .number()
    .int()
    .nonnegative()
    .refine((at) => at <= Date.now() + MAX_AHEAD_MS, { error: () => t('errors_future') }),
  summary: z.string().trim().max(2000).default(''),
  /** -2 (frustrated) … +2 (pleased). */
  sentiment: z.number().int().min(-2).max(2).optional(),
  /** Where it came from: "sidebar", "popup", "gmail", a portal id … */
  source: z.string().trim().max(100).default('manual'),
  /**
   * The matter it was about (a call with opposing counsel): shown in that
   * matter's history. With `aboutPerson` it was with a matter person, not the
   * client, so it never counts as the client's contact (db/stats.ts).
   */
  matterId: z.string().trim().min(1).max(100).optional(),
  /** The matter person it was with (their id on the matter). */
  aboutPerson: z.string().trim().min(1).max(100).optional(),
  /** Mail message id, so a message read twice is logged once. */
  messageId: z.string().trim().min(1).max(500).optional(),
  /**
   * kind 'filing' logged from a portal row: what the row showed. A rejection is
   * flagged on the client until `acknowledgedAt` is set (see db/repos/filings.ts).
   */
  filing: z
    .object({
      status: z.string().trim().min(1).max(200),
      caseNumber: z.string().trim().max(120).optional(),
      ref: z.string().trim().max(200).optional(),
      acknowledgedAt: z.number().int().nonnegative().optional(),
    })
    .optional(),
});
export type InteractionInput = z.input<typeof interactionInputSchema>;

export const interactionSchema = interactionInputSchema.extend({
  id: z.string().min(1),
});
export type Interaction = z.output<typeof interactionSchema>;
