import type { Client } from '../model/client';
import type { ScreenContext } from '../sites/types';
import { normaliseCaseNumber } from './case-number';
import { emailDomain, normaliseEmail, normaliseMatterCode, normaliseName } from './normalise';

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
 * both (the sidebar shows a switcher rather than picking one).
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

  for (const ref of ctx.cases) {
    const cn = ref.caseNumber ? normaliseCaseNumber(ref.caseNumber) : null;
    if (cn) for (const c of await lookup(`case:${cn}`)) add(c, `case ${ref.caseNumber!.trim()}`);
    const mc = ref.matterCode ? normaliseMatterCode(ref.matterCode) : null;
    if (mc) for (const c of await lookup(`matter:${mc}`)) add(c, `matter ${ref.matterCode!.trim()}`);
  }

  return { matches: [...found.values()], unknown: [...unknown.values()] };
}
