import type { Client } from '../model/client';
import { courtOfPage } from '../sites/efiling/court-of-page';
import type { ScreenContext } from '../sites/types';
import { caseDisplay } from './case-number';
import { caseHolders, identifierQueries } from './court-match';
import { normaliseCourt } from './courts';
import { isColleague, type Firm } from './colleagues';
import { isFreeMailDomain } from './free-mail';
import { locateMatterPeople, type MatterPersonMatch } from './matter-people-keys';
import { emailDomain, normaliseEmail, normaliseName } from './normalise';
import { t } from '../i18n/t';

/** Someone on screen who is not a client but sits on a client's matter (opposing counsel …). */
export interface MatterPersonOnScreen {
  email?: string;
  name?: string;
  client: Client;
  /** Where on that client's matters (one per matter they are on). */
  hits: MatterPersonMatch[];
  /** At the user's own firm (co-counsel): shown as a colleague, never as anyone to add. */
  colleague?: true;
}

export interface Resolved {
  /**
   * In screen order: senders first, then recipients, then cases. `nameOnly`:
   * found by a bare name and nothing else — an offer, never certain enough to log.
   */
  matches: { client: Client; matchedOn: string[]; nameOnly?: true }[];
  unknown: { email: string; name?: string }[];
  /**
   * People on clients' matters, found only for addresses that matched no
   * client (and names that matched none): they never make a client appear.
   * One entry per person and client holding them.
   */
  people: MatterPersonOnScreen[];
}

export interface ResolveOptions {
  /** The user's firm (Settings): colleagues are never unknown, and shown only as co-counsel on a matter. */
  firm?: Firm;
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
export async function resolveContext(ctx: ScreenContext, lookup: Lookup, options: ResolveOptions = {}): Promise<Resolved> {
  const firm: Firm = options.firm ?? { domains: [] };
  const found = new Map<string, { client: Client; matchedOn: string[]; nameOnly?: true }>();
  const unknown = new Map<string, { email: string; name?: string }>();
  const onMatters = new Map<string, MatterPersonOnScreen>();
  /** Adds the matter people of `holders` that `seen` is, under key `who`. Returns whether any was found. */
  const addPeople = (holders: Client[], seen: { email?: string; name?: string }, who: string, colleague = false): boolean => {
    let any = false;
    for (const c of holders) {
      let hits = locateMatterPeople(c.matters, seen, firm.domains);
      // A colleague is shown only where they work with us on the matter.
      if (colleague) hits = hits.filter((h) => h.role === 'co-counsel');
      if (!hits.length) continue;
      any = true;
      const key = `${who}|${c.id}`;
      if (onMatters.has(key)) continue;
      const entry: MatterPersonOnScreen = { client: c, hits };
      if (seen.email) entry.email = seen.email;
      if (seen.name) entry.name = seen.name;
      if (colleague) entry.colleague = true;
      onMatters.set(key, entry);
    }
    return any;
  };
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
      const seen = p.name?.trim() ? { email, name: p.name.trim() } : { email };
      // Colleagues are never clients to add; the sidebar shows them only as co-counsel on a matter.
      if (isColleague(email, firm)) {
        addPeople(await lookup(`person:${email}`), seen, email, true);
        continue;
      }
      const byDomain = domain ? await lookup(`domain:${domain}`) : [];
      if (byDomain.length) {
        for (const c of byDomain) add(c, t('identity_match_domain', { domain: domain! }));
        continue;
      }
      // Not a client: someone on a client's matter? Their own address first, then their organisation's domain.
      if (addPeople(await lookup(`person:${email}`), seen, email)) continue;
      if (domain && !isFreeMailDomain(domain) && addPeople(await lookup(`pdomain:${domain}`), seen, email)) continue;
      if (!unknown.has(email)) unknown.set(email, seen);
    } else if (p.name) {
      const name = normaliseName(p.name);
      const byName = name ? await lookup(`name:${name}`) : [];
      if (byName.length === 1) add(byName[0]!, t('identity_match_name', { name: p.name.trim() }), true);
      else if (!byName.length && name) {
        // A bare name is a guess: only when exactly one matter person in one client's matters has it.
        const holders = await lookup(`pname:${name}`);
        const seen = { name: p.name.trim() };
        if (holders.length === 1 && locateMatterPeople(holders[0]!.matters, seen).length === 1) addPeople(holders, seen, `name:${name}`);
      }
    }
  }

  // The page's court: the row's or caption's own court when it names one, else the host's.
  const pageCourt = courtOfPage(ctx.url);
  for (const ref of ctx.cases) {
    const court = normaliseCourt(ref.court) ?? pageCourt;
    for (const q of identifierQueries({ caseNumber: ref.caseNumber, matterCode: ref.matterCode, court })) {
      const holders = (await Promise.all(q.candidates.map((c) => lookup(c.key)))).flat();
      const reason = q.id.startsWith('matter:') ? t('identity_match_matter', { code: ref.matterCode!.trim() }) : t('identity_match_case', { number: caseDisplay(ref.caseNumber!) });
      for (const c of caseHolders(q.candidates, holders)) add(c, reason);
    }
  }

  const onScreen = [...onMatters.values()];
  return { matches: [...found.values()], unknown: [...unknown.values()], people: onScreen };
}
