import type { Client } from '../model/client';
import { courtOfPage } from '../sites/efiling/court-of-page';
import type { ScreenContext } from '../sites/types';
import { caseDisplay } from './case-number';
import { caseHolders, identifierQueries } from './court-match';
import { normaliseCourt } from './courts';
import { emailDomain, normaliseEmail, normaliseName } from './normalise';

export interface Resolved {
  /**
   * In screen order: senders first, then recipients, then cases. `nameOnly`:
   * found by a bare name and nothing else — an offer, never certain enough to log.
   */
  matches: { client: Client; matchedOn: string[]; nameOnly?: true }[];
  unknown: { email: string; name?: string }[];
}

export type Lookup = (key: string) => Promise<Client[]>;

const ROLE_ORDER = { from: 0, to: 1, cc: 2, bcc: 3 } as const;

/**
 * Turns what is on screen into clients. Never guesses: an address matches its
 * client exactly, a domain only when a client opted in to it, a bare name only
 * when exactly one client has it; a case number held by two clients returns
 * both (the sidebar shows a switcher rather than picking one), and a case in a
 * known court only its holders in that court (court-match.ts).
 */
export async function resolveContext(ctx: ScreenContext, lookup: Lookup): Promise<Resolved> {
  const found = new Map<string, { client: Client; matchedOn: string[]; nameOnly?: true }>();
  const unknown = new Map<string, { email: string; name?: string }>();
  const add = (client: Client, reason: string, byName = false) => {
    const hit = found.get(client.id) ?? { client, matchedOn: [], ...(byName ? { nameOnly: true as const } : {}) };
    if (!byName) delete hit.nameOnly;
    if (!hit.matchedOn.includes(reason)) hit.matchedOn.push(reason);
    found.set(client.id, hit);
  };

  const people = [...ctx.people].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  for (const p of people) {
    const email = p.email ? normaliseEmail(p.email) : null;
    if (email) {
      const exact = await lookup(`email:${email}`);
      if (exact.length) {
        for (const c of exact) add(c, email);
        continue;
      }
      const domain = emailDomain(email);
      const byDomain = domain ? await lookup(`domain:${domain}`) : [];
      if (byDomain.length) {
        for (const c of byDomain) add(c, `anyone at ${domain}`);
        continue;
      }
      if (!unknown.has(email)) unknown.set(email, p.name ? { email, name: p.name.trim() } : { email });
    } else if (p.name) {
      const name = normaliseName(p.name);
      const byName = name ? await lookup(`name:${name}`) : [];
      if (byName.length === 1) add(byName[0]!, `name “${p.name.trim()}”`, true);
    }
  }

  // The page's court: the row's or caption's own court when it names one, else the host's.
  const pageCourt = courtOfPage(ctx.url);
  for (const ref of ctx.cases) {
    const court = normaliseCourt(ref.court) ?? pageCourt;
    for (const q of identifierQueries({ caseNumber: ref.caseNumber, matterCode: ref.matterCode, court })) {
      const holders = (await Promise.all(q.candidates.map((c) => lookup(c.key)))).flat();
      const reason = q.id.startsWith('matter:') ? `matter ${ref.matterCode!.trim()}` : `case ${caseDisplay(ref.caseNumber!)}`;
      for (const c of caseHolders(q.candidates, holders)) add(c, reason);
    }
  }

  return { matches: [...found.values()], unknown: [...unknown.values()] };
}
