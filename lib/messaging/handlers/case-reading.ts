// readCases: which of a portal page's texts are case numbers, by the tables
// only the background carries (lib/identity/case-reader.ts). Read-only.
// loadScript: code a portal content script does not carry (the readers of a
// whole page, the badge), put into its own frame when it needs it.
import { answerQuestions, pageFacts } from '../../identity/case-reader';
import type { HandlersFor } from './types';

export const caseReadingHandlers: HandlersFor<'readCases' | 'loadScript'> = {
  async readCases({ url, questions }, env) {
    // The page a content script runs in is the browser's word (its sender), never the request's.
    const c = env.caller;
    const page = c && 'origin' in c ? c.origin : url;
    return { page: pageFacts(page ? new URL(page).hostname : ''), answers: answerQuestions(questions) };
  },
  async loadScript({ script }, env) {
    // The router admits portal content scripts only (capabilities.ts); the tab and frame are the
    // sender's, so a page can have our scripts put only where its own content
    // script already runs — never into another tab or frame.
    const c = env.caller;
    if (c?.kind !== 'portal') throw new Error('loadScript from a caller that is not a portal content script');
    if (!env.scripts) throw new Error('no script injector');
    await env.scripts.inject(script, c.tabId, c.frameId);
    return { loaded: true };
  },
};
