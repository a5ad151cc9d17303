// Identity keys of matter people. They belong to the matter, never to the
// client: each has its own prefix, which the client resolver never looks up,
// so nobody on a matter can make a client appear.
//
//   person:<email>     a matter person's address (exact, lower-cased)
//   pdomain:<domain>   the domain of a matter person who speaks for an
//                      organisation (counsel, insurer, expert, the adverse
//                      party, the client's contact); never a public mail
//                      service, the user's firm, or a court's shared domain
//   pname:<name>       normaliseName(name), for screens that show a name only
//                      (Outlook chips); like `name:`, used only when exactly
//                      one matter person has it
//
// Stored beside the client's own keys on the client record (same multi-entry
// index, distinct prefixes); a lookup by `person:` returns the clients whose
// matters hold that address, and locateMatterPeople() says where.
import type { MatterRole } from '../model/matter-roles';
import { isFreeMailDomain } from './free-mail';
import { emailDomain, normaliseEmail, normaliseName } from './normalise';

export type MatterPersonKey = `${'person' | 'pdomain' | 'pname'}:${string}`;

export interface KeyedPerson {
  id: string;
  role: MatterRole;
  name?: string;
  emails?: readonly string[];
  organisation?: string;
}
export interface KeyedMatter {
  id: string;
  people?: readonly KeyedPerson[];
}

/** Roles whose domain names the organisation they act for. A witness's or clerk's does not. */
const DOMAIN_ROLES: ReadonlySet<MatterRole> = new Set(['opposing-counsel', 'co-counsel', 'adverse-party', 'insurer', 'expert', 'client-contact']);

const inFirm = (domain: string, firm: readonly string[]) => firm.some((f) => domain === f || domain.endsWith('.' + f));

export function matterPeopleKeys(matters: readonly KeyedMatter[], firmDomains: readonly string[] = []): MatterPersonKey[] {
  const firm = firmDomains.map((d) => d.trim().toLowerCase().replace(/^@/, ''));
  const keys = new Set<MatterPersonKey>();
  for (const m of matters)
    for (const p of m.people ?? []) {
      for (const raw of p.emails ?? []) {
        const e = normaliseEmail(raw);
        if (!e) continue;
        keys.add(`person:${e}`);
        const d = emailDomain(e);
        if (d && DOMAIN_ROLES.has(p.role) && !isFreeMailDomain(d) && !inFirm(d, firm)) keys.add(`pdomain:${d}`);
      }
      const n = p.name ? normaliseName(p.name) : null;
      if (n) keys.add(`pname:${n}`);
    }
  return [...keys];
}

export interface MatterPersonMatch {
  matterId: string;
  personId: string;
  role: MatterRole;
  /** How the person was recognised: their own address, their organisation's domain, or their name alone. */
  via: 'email' | 'domain' | 'name';
}

/**
 * Where in one client's matters the person on screen sits. Address first;
 * the domain only when no address matched; the name only when the screen
 * shows no address at all.
 */
export function locateMatterPeople(
  matters: readonly KeyedMatter[],
  onScreen: { email?: string; name?: string },
  firmDomains: readonly string[] = [],
): MatterPersonMatch[] {
  const email = onScreen.email ? normaliseEmail(onScreen.email) : null;
  const all = matters.flatMap((m) => (m.people ?? []).map((p) => ({ m, p })));
  const hit = (via: MatterPersonMatch['via']) => ({ m, p }: { m: KeyedMatter; p: KeyedPerson }): MatterPersonMatch => ({
    matterId: m.id,
    personId: p.id,
    role: p.role,
    via,
  });
  if (email) {
    const exact = all.filter(({ p }) => (p.emails ?? []).some((e) => normaliseEmail(e) === email));
    if (exact.length) return exact.map(hit('email'));
    const d = emailDomain(email);
    const firm = firmDomains.map((f) => f.trim().toLowerCase());
    if (!d || isFreeMailDomain(d) || inFirm(d, firm)) return [];
    return all
      .filter(({ p }) => DOMAIN_ROLES.has(p.role) && (p.emails ?? []).some((e) => emailDomain(normaliseEmail(e) ?? '') === d))
      .map(hit('domain'));
  }
  const n = onScreen.name ? normaliseName(onScreen.name) : null;
  return n ? all.filter(({ p }) => p.name && normaliseName(p.name) === n).map(hit('name')) : [];
}
