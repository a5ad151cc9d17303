import { z } from 'zod';
import { t } from '../i18n/t';
import './zod-messages';

// "Open questions": a free list the lawyer keeps on each client — things to
// ask or settle at the next meeting. Proposed as a new client field,
// `openQuestions: z.array(openQuestionSchema).max(100).default([])` in
// clientInputSchema (lib/model/client.ts), with ids so an edit or a sync
// touches one item, and resolvedAt so answered ones can be kept and hidden.


export const openQuestionSchema = z.object({
  id: z.string().min(1),
  text: z.string().trim().min(1, { error: () => t('errors_question_text') }).max(1000),
  addedAt: z.number().int().nonnegative(),
  resolvedAt: z.number().int().nonnegative().optional(),
});
export type OpenQuestion = z.infer<typeof openQuestionSchema>;
