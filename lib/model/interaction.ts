import { z } from 'zod';

export const interactionKindSchema = z.enum(['email-in', 'email-out', 'call', 'meeting', 'note', 'filing']);
export type InteractionKind = z.infer<typeof interactionKindSchema>;

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  'email-in': 'E-mail received',
  'email-out': 'E-mail sent',
  call: 'Call',
  meeting: 'Meeting',
  note: 'Note',
  filing: 'Filing',
};

/** Kinds that count as contact with the client (notes and filings do not). */
export function isContact(kind: InteractionKind): boolean {
  return kind !== 'note' && kind !== 'filing';
}

export const interactionInputSchema = z.object({
  clientId: z.string().min(1),
  kind: interactionKindSchema,
  /** Epoch ms. */
  at: z.number().int().nonnegative(),
  summary: z.string().trim().max(2000).default(''),
  /** -2 (frustrated) … +2 (pleased). */
  sentiment: z.number().int().min(-2).max(2).optional(),
  /** Where it came from: "sidebar", "popup", "gmail", a portal id … */
  source: z.string().trim().max(100).default('manual'),
  /** Mail message id, so a message read twice is logged once. */
  messageId: z.string().trim().min(1).max(500).optional(),
});
export type InteractionInput = z.input<typeof interactionInputSchema>;

export const interactionSchema = interactionInputSchema.extend({
  id: z.string().min(1),
});
export type Interaction = z.output<typeof interactionSchema>;
