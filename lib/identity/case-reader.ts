// The tables' side of lib/sites/efiling/reading.ts: a CaseReader that answers
// at once (the background's readCases handler, unit tests, the benchmark), the
// facts about a page that come from its host, and the answers to a content
// script's questions.

import type { CaseHit, CaseQuestion, CaseReader, PageFacts, PageReader } from '../sites/efiling/reading';
import { catalogueEntry } from '../sites/efiling/catalogue';
import { bareNumbersAreCases, courtOfHost } from '../sites/efiling/court-of-page';
import { caseCandidates, findCaseNumbers, readCaseField } from './case-number';

export const tableReader: CaseReader = {
  find: (text, court, bare) => findCaseNumbers(text, { court, bare }),
  field: (text, court) => readCaseField(text, court),
  standalone: (raw) => caseCandidates(raw).length > 0,
};

export function pageFacts(hostname: string): PageFacts {
  const court = courtOfHost(hostname);
  const facts: PageFacts = { bare: bareNumbersAreCases(court), odyssey: !!catalogueEntry(hostname)?.platform.startsWith('odyssey') };
  if (court) facts.court = court;
  return facts;
}

/** The reader for a page at `url`, answering from the tables. */
export const pageReader = (url: string | URL): PageReader => ({ ...tableReader, page: pageFacts(new URL(url).hostname) });

/** What the background answers a content script's questions (reading.ts createRemoteReader asks them). */
export function answerQuestions(questions: readonly CaseQuestion[]): CaseHit[][] {
  return questions.map(({ q, text, court, bare }) => {
    if (q === 'find') return findCaseNumbers(text, { court, bare });
    if (q === 'field') {
      const hit = readCaseField(text, court);
      return hit ? [hit] : [];
    }
    return caseCandidates(text).length ? [{ raw: text, key: text, index: 0 }] : [];
  });
}
