// Every value an adapter reads off a host page, trimmed to what the protocol
// accepts (lib/messaging/limits.ts), in one place: applied where a content
// script reports its screen or logs mail. A page with a 3,000-character
// subject or 2,000 recipients then gives a shorter subject and the first 500
// people, never a refused request and an empty sidebar.
//
// Text that still means the same when shortened (a subject, a name, a case
// name) is cut; an identifier that would point at something else once cut (an
// address, a case number, a message id) is left out instead. Written as one
// table-driven pass: it ships in every content script, under a size budget.
import { LIMITS } from '../messaging/limits';
import type { DocketAttorney, DocketParty } from './efiling/pacer-parties';
import type { Person, ScreenContext } from './types';

type Limit = keyof typeof LIMITS;
/** Fields whose limit goes by another name. */
const LIMIT_OF: Record<string, Limit> = { from: 'email', self: 'email', id: 'messageId' };
/** Shortened when too long; every other limited field is dropped instead. */
const CUT = new Set(['site', 'url', 'subject', 'name', 'caseName', 'court', 'status']);

/** A copy of `o` with each string field within its limit (or gone). */
function fields<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    const max = LIMITS[(LIMIT_OF[k] ?? k) as Limit];
    if (typeof v === 'string' && max !== undefined && v.length > max) {
      if (CUT.has(k)) out[k] = v.slice(0, max);
      else delete out[k];
    }
  }
  return out as T;
}

const ROLE_ORDER: Record<Person['role'], number> = { from: 0, to: 1, cc: 2, bcc: 3 };

/** At most LIMITS.people; senders are kept before recipients when some must go. */
export function capPeople(people: readonly Person[]): Person[] {
  const list = people.length > LIMITS.people ? [...people].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]).slice(0, LIMITS.people) : people;
  return list.map(fields);
}

const cut = (t: string) => t.slice(0, LIMITS.partyText);
const list = (l: readonly string[]) => l.slice(0, LIMITS.partyList).map(cut);
// An address too long for the protocol is left out, never cut into another one.
const mails = (l: readonly string[]) => l.filter((e) => e.length <= LIMITS.email).slice(0, LIMITS.partyList);
const opt = <T extends object>(o: T, k: keyof T & string) => {
  const v = o[k];
  if (typeof v === 'string') (o as Record<string, unknown>)[k] = cut(v);
};

/** A docket's parties within the protocol's limits: the first ones, their first attorneys, long texts cut. */
export function capParties(parties: readonly DocketParty[]): DocketParty[] {
  return parties.slice(0, LIMITS.parties).map((p) => {
    const out: DocketParty = { ...p, label: cut(p.label), name: cut(p.name), details: list(p.details), emails: mails(p.emails) };
    opt(out, 'terminated');
    out.attorneys = p.attorneys.slice(0, LIMITS.attorneys).map((a) => {
      const b: DocketAttorney = { ...a, name: cut(a.name), emails: mails(a.emails), designations: list(a.designations) };
      opt(b, 'firm');
      opt(b, 'phone');
      opt(b, 'terminated');
      return b;
    });
    return out;
  });
}

/** A copy of `c` that the background's schema accepts, whatever the page held. */
export function capContext(c: ScreenContext): ScreenContext {
  const out = fields(c);
  out.people = capPeople(c.people);
  out.cases = c.cases.slice(0, LIMITS.cases).map(fields);
  // The newest messages are last, and they say who is waiting for whom; one without its id is no use.
  if (c.parties) out.parties = capParties(c.parties);
  if (c.messages) out.messages = c.messages.slice(-LIMITS.messages).map(fields).filter((m) => m.id !== undefined);
  return out;
}
