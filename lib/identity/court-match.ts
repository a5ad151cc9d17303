// Who holds a number seen on a page: the one decision both the sidebar's
// resolver (resolver.ts) and the portal badges (resolveCases) make.
//
// A client holds it when one of their matters has one of the number's keys in
// a court compatible with the court the number is seen in:
//   - page court known, matter court the same (or unnamed)  → holds it;
//   - page court known, matter names another court          → does not, at all;
//   - page court unknown                                     → every holder shows
//     ("2 clients" and a chooser when there are two), never one picked.
// The keys are looked up in the index first; this only filters what was found.

import { caseCandidates, caseRef, matterCaseKeys, type CaseCandidate } from './case-number';
import { MATTER_REF } from './case-ref';
import { courtsCompatible, normaliseCourt } from './courts';
import { normaliseMatterCode, type IdentityKey } from './normalise';
import type { Matter } from '../model/client';

/** One identifier asked about: the key its answer is filed under, and what to look up. */
export interface IdentifierQuery {
  id: string;
  candidates: CaseCandidate[];
}

export { MATTER_REF };

/** What one request names: a case number (with its court), a matter code, or both. */
export function identifierQueries(req: { caseNumber?: string; matterCode?: string; court?: string }): IdentifierQuery[] {
  const out: IdentifierQuery[] = [];
  const cn = req.caseNumber?.trim();
  if (cn && cn.toLowerCase().startsWith(MATTER_REF)) {
    const mc = normaliseMatterCode(cn.slice(MATTER_REF.length));
    if (mc) out.push({ id: `case:${MATTER_REF}${mc}`, candidates: [{ key: `matter:${mc}` }] });
  } else if (cn) {
    const candidates = caseCandidates(cn, { court: req.court });
    if (candidates.length) out.push({ id: `case:${caseRef(cn)}`, candidates });
  }
  const mc = req.matterCode ? normaliseMatterCode(req.matterCode) : null;
  if (mc) out.push({ id: `matter:${mc}`, candidates: [{ key: `matter:${mc}` }] });
  return out;
}

/** Every key a set of queries looks up, once each. */
export const lookupKeys = (queries: IdentifierQuery[]): IdentityKey[] => [...new Set(queries.flatMap((q) => q.candidates.map((c) => c.key)))];

/**
 * Of the clients found under a number's keys, those that hold it (the rule
 * above). Matter codes carry no court: an index hit is a holder.
 */
export function caseHolders<C extends { id?: string; matters: Pick<Matter, 'caseNumber' | 'court' | 'matterCode'>[] }>(candidates: CaseCandidate[], found: C[]): C[] {
  const cases = candidates.filter((c) => c.key.startsWith('case:'));
  const codes = new Set(candidates.filter((c) => c.key.startsWith('matter:')).map((c) => c.key.slice('matter:'.length)));
  // Once each: a number read in two states' shapes (Oregon's and California's 23CV00274) finds its holder under both keys.
  const once = [...new Map(found.map((c) => [c.id ?? c, c] as const)).values()];
  return once.filter((client) =>
    client.matters.some((m) => {
      if (codes.size && m.matterCode && codes.has(normaliseMatterCode(m.matterCode) ?? '')) return true;
      if (!cases.length) return false;
      const keys = matterCaseKeys(m);
      const court = normaliseCourt(m.court);
      return cases.some((q) => keys.includes(q.key) && courtsCompatible(q.court, court));
    }),
  );
}
