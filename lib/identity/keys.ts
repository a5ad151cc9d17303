import type { Client } from '../model/client';
import { normaliseCaseNumber } from './case-number';
import { normaliseMatterCode, normaliseName, type IdentityKey } from './normalise';

/**
 * The version of key derivation (this file and the normalisers it calls).
 * Bump it whenever clientKeys would derive different keys for the same
 * client: the background then derives every stored client's keys again when
 * it opens the database (lib/db/open.ts), so no migration is needed.
 */
export const KEYS_VERSION = 1;

/**
 * Every normalised identifier a client can be found by. Stored on the client
 * record and indexed multi-entry, so a lookup by any of them is one index get.
 */
export function clientKeys(c: Pick<Client, 'name' | 'preferredName' | 'emails' | 'domains' | 'matters'>): IdentityKey[] {
  const keys = new Set<IdentityKey>();
  for (const e of c.emails) keys.add(`email:${e.toLowerCase()}`);
  for (const d of c.domains) keys.add(`domain:${d.toLowerCase()}`);
  for (const m of c.matters) {
    const cn = m.caseNumber ? normaliseCaseNumber(m.caseNumber) : null;
    if (cn) keys.add(`case:${cn}`);
    const mc = m.matterCode ? normaliseMatterCode(m.matterCode) : null;
    if (mc) keys.add(`matter:${mc}`);
  }
  for (const n of [c.name, c.preferredName]) {
    const nn = n ? normaliseName(n) : null;
    if (nn) keys.add(`name:${nn}`);
  }
  return [...keys];
}
