import type { Client, Matter } from '../model/client';
import { matterCaseKeys } from './case-number';
import { matterPeopleKeys } from './matter-people-keys';
import { normaliseMatterCode, normaliseName, type IdentityKey } from './normalise';

/**
 * The version of key derivation (this file and the normalisers it calls).
 * Bump it whenever clientKeys would derive different keys for the same
 * client: the background then derives every stored client's keys again when
 * it opens the database (lib/db/open.ts), so no migration is needed.
 *   1  court-less keys: `case:2:20-CV-01234` (office digit kept), `case:22STCV11897`.
 *   2  keys carry their system: `case:US:20-CV-01234` (office digit dropped, every
 *      CM/ECF type, bankruptcy / appeals / MDL numbers with a court),
 *      `case:CA:22STCV11897`, and thirteen more states (case-number.ts).
 *   3  matter people: `person:<email>`, `pdomain:<domain>`, `pname:<name>`
 *      (matter-people-keys.ts), which the client resolver never looks up.
 *   4  sixteen more states' tables (state-formats.ts): a matter's number in one
 *      of them gets that state's key even when the matter names no court.
 *   5  fifteen more jurisdictions' tables (TN, LA, UT, AR, KS, NE, AK, DE, HI,
 *      ME, VT, WV, WY, MS, DC), and appellate courts' numbers in twenty-one states
 *      that had trial tables (CA, FL, GA, IN, KY, WI, AZ, TX, PA …).
 *   6  the last six states' tables (MT, ND, RI, NH, ID, SD), and Maine's
 *      dockets as courts print them ("Cum-17-420").
 */
export const KEYS_VERSION = 6;

/**
 * Every normalised identifier a client can be found by. Stored on the client
 * record and indexed multi-entry, so a lookup by any of them is one index get.
 */
export function clientKeys(
  c: Pick<Client, 'name' | 'preferredName' | 'emails' | 'domains'> & { matters: readonly (Omit<Matter, 'people'> & { people?: Matter['people'] })[] },
): IdentityKey[] {
  const keys = new Set<IdentityKey>();
  for (const e of c.emails) keys.add(`email:${e.toLowerCase()}`);
  for (const d of c.domains) keys.add(`domain:${d.toLowerCase()}`);
  for (const m of c.matters) {
    for (const k of matterCaseKeys(m)) keys.add(k);
    const mc = m.matterCode ? normaliseMatterCode(m.matterCode) : null;
    if (mc) keys.add(`matter:${mc}`);
  }
  for (const n of [c.name, c.preferredName]) {
    const nn = n ? normaliseName(n) : null;
    if (nn) keys.add(`name:${nn}`);
  }
  // The firm's own domain is left out at lookup (resolver.ts): keys are derived
  // without settings so a restore or import derives the same ones.
  for (const k of matterPeopleKeys(c.matters)) keys.add(k);
  return [...keys];
}
