// readCases: which of a portal page's texts are case numbers, by the tables
// only the background carries (lib/identity/case-reader.ts). Read-only.
import { answerQuestions, pageFacts } from '../../identity/case-reader';
import type { HandlersFor } from './types';

export const caseReadingHandlers: HandlersFor<'readCases'> = {
  async readCases({ url, questions }, env) {
    // The page a content script runs in is the browser's word (its sender), never the request's.
    const c = env.caller;
    const page = c && 'origin' in c ? c.origin : url;
    return { page: pageFacts(page ? new URL(page).hostname : ''), answers: answerQuestions(questions) };
  },
};
