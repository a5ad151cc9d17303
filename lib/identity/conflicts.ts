// The conflict check: is the person or organisation about to be saved already
// somewhere in Rapport — a client, a person on a matter, a party named in a
// case? Pure: the caller builds the index from plain data (every client with
// its matters and their people) and asks it about one candidate.
//
// Precision first, and no false "no conflict" on what must match:
//   e-mail     exact address (case-insensitive)                       → exact
//   domain     same organisation's domain, never a public mail service
//              or the user's own firm                                 → likely
//   names      lib/identity/names.ts levels: exact / likely / possible
//   org ↔ domain  "Brandt Defense LLP" and @brandt-defense.com         → possible
// Any two names that the shared normaliser (normaliseName, the resolver's own)
// makes equal are an exact hit, whatever the finer rules say.

import { ROLE_SIDE, matterLabel, type MatterRole } from '../model/matter-roles';
import { isFreeMailDomain } from './free-mail';
import {
  compareOrgNames,
  comparePersonNames,
  looksLikeOrganisation,
  looseToken,
  NICKNAME_WORDS,
  parseOrgName,
  parsePersonName,
  skeleton,
  splitAliases,
  STRENGTH_ORDER,
  stronger,
  type NameReason,
  type OrgName,
  type PersonName,
  type Strength,
} from './names';
import { emailDomain, normaliseEmail, normaliseName } from './normalise';

export type { Strength } from './names';

// ---------------------------------------------------------------------------
// Input: plain data. A stored Client (once matters carry `people`) fits as is.

export interface ConflictPersonInput {
  id: string;
  role: MatterRole;
  name?: string;
  emails?: readonly string[];
  organisation?: string;
}
export interface ConflictMatterInput {
  id: string;
  caseName?: string;
  caseNumber?: string;
  matterCode?: string;
  people?: readonly ConflictPersonInput[];
}
export interface ConflictClientInput {
  id: string;
  name: string;
  preferredName?: string;
  organisation?: string;
  emails: readonly string[];
  domains?: readonly string[];
  matters: readonly ConflictMatterInput[];
}
export interface ConflictIndexOptions {
  /** The user's own firm's domains: everyone there would otherwise match everyone else there. */
  firmDomains?: readonly string[];
}

/** Who or what is about to be saved. */
export interface ConflictCandidate {
  name?: string;
  emails?: readonly string[];
  organisation?: string;
}

// ---------------------------------------------------------------------------
// Output.

/** `client`: the client record itself; `party`: named in a matter's case name. */
export type HitRole = MatterRole | 'client' | 'party';

export type HitReasonCode = 'email' | 'domain' | 'org-domain' | NameReason;

export interface HitReason {
  code: HitReasonCode;
  strength: Strength;
  /** Which of the candidate's details matched. */
  field: 'email' | 'domain' | 'name' | 'organisation';
  /** The candidate's words and the record's, as written. */
  candidate: string;
  record: string;
}

export interface ConflictHit {
  /** The strongest of the reasons. */
  strength: Strength;
  clientId: string;
  clientName: string;
  matter?: { id: string; label: string; caseNumber?: string };
  role: HitRole;
  /** The matter person hit, when it is one. */
  person?: { id: string; name: string };
  reasons: HitReason[];
}

export interface ConflictScope {
  clients: number;
  matters: number;
  people: number;
  parties: number;
}

// ---------------------------------------------------------------------------

interface Ref {
  clientId: string;
  clientName: string;
  matter?: { id: string; label: string; caseNumber?: string };
  role: HitRole;
  person?: { id: string; name: string };
  /** The client's version when this reference was made; older ones are ignored. */
  gen: number;
}

const refKey = (r: Ref) => `${r.clientId}|${r.matter?.id ?? ''}|${r.person?.id ?? r.role}`;

/** One distinct name, with every record that bears it. */
interface NameRec {
  refs: Ref[];
  text: string;
  field: 'name' | 'organisation';
  plain: string;
  /** Reads as an organisation (or sits in an organisation field). */
  isOrg: boolean;
  /** Every name is also parsed as an organisation, as compareNames does when the other side is one. */
  org: OrgName | null;
  /** Parsed as a person when it sits in a name field. */
  person: PersonName | null;
}

/** A record's address at a domain. */
interface AddrRec {
  ref: Ref;
  email: string;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/** One-letter deletions, for finding tokens one edit apart without comparing every pair. */
function deletions(t: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.length; i++) out.push(t.slice(0, i) + t.slice(i + 1));
  return out;
}

/**
 * The part of a domain that names its owner: "brandt-defense.com" →
 * "brandtdefense", "smith.co.uk" → "smith". Too short to mean anything → null.
 */
export function domainLabel(domain: string): string | null {
  const labels = domain.toLowerCase().split('.');
  if (labels.length < 2) return null;
  const secondLevel = /^(?:co|com|org|net|gov|ac|edu|ltd|plc|or|ne|go)$/;
  const i = labels.length >= 3 && labels[labels.length - 1]!.length === 2 && secondLevel.test(labels[labels.length - 2]!) ? labels.length - 3 : labels.length - 2;
  const label = (labels[i] ?? '').replace(/-/g, '');
  return label.length >= 4 ? label : null;
}

const STOP = new Set(['and', 'of', 'the']);

/**
 * Party names in a case name: "Ruiz v. Harbor Properties, LLC, et al." →
 * Ruiz, Harbor Properties, LLC. "In re …" captions name no adverse party.
 */
export function partiesFromCaseName(caseName: string | undefined): string[] {
  const raw = caseName?.trim();
  if (!raw || /^(?:in re\b|in the matter of\b|matter of\b|re:|ex parte\b)/i.test(raw)) return [];
  const sides = raw.split(/\s+(?:v\.?|vs\.?|versus)\s+/i);
  if (sides.length < 2) return [];
  const out: string[] = [];
  for (let side of sides) {
    side = side
      .replace(/,?\s*\bet\.?\s+al\b\.?/gi, '')
      // ", a California corporation", ", an individual"
      .replace(/,\s*(?:an?|the)\s+[^,]*$/i, '')
      .trim();
    for (const piece of side.split(/\s*;\s*/)) {
      const halves = piece.split(/\s+(?:and|&)\s+/i);
      const people = halves.length > 1 && halves.every((h) => !looksLikeOrganisation(h) && h.trim().split(/\s+/).length >= 2);
      for (const name of people ? halves : [piece]) out.push(...splitAliases(name));
    }
  }
  return out.filter((n) => normaliseName(n));
}

/**
 * Everything a conflict check searches, held in memory. Build it once (the
 * background can keep it beside its other caches), then keep it current with
 * upsert()/remove() after each write; rebuild when `stale` grows large.
 */
export class ConflictIndex {
  private readonly firm: ReadonlySet<string>;
  private readonly byEmail = new Map<string, Ref[]>();
  private readonly byDomain = new Map<string, AddrRec[]>();
  // Owner label ("brandtdefense") → the domains that carry it.
  private readonly byDomainLabel = new Map<string, Set<string>>();
  private readonly byPlain = new Map<string, NameRec[]>();
  private readonly personByToken = new Map<string, NameRec[]>();
  // By the name's words in sorted order, for names written in another order.
  private readonly personBySorted = new Map<string, NameRec[]>();
  // Organisations by their words; and names that read as people by their words, for a
  // candidate that is an organisation ("Acme Widgets Inc." must meet a client named "Acme").
  private readonly orgByToken = new Map<string, NameRec[]>();
  private readonly otherByToken = new Map<string, NameRec[]>();
  private readonly orgByConcat = new Map<string, NameRec[]>();
  private readonly orgByAcronym = new Map<string, NameRec[]>();
  // Token → every distinct indexed token spelt alike or one edit away (keys: the token,
  // its loose and skeleton forms, its one-letter deletions).
  private readonly similar = new Map<string, Set<string>>();
  private readonly seenTokens = new Set<string>();
  // Parsed names by field, then text; null: nothing to index.
  private readonly parsed = { name: new Map<string, NameRec | null>(), organisation: new Map<string, NameRec | null>() };
  private readonly domains = new Map<string, { telling: boolean; label: string | null }>();
  // Each client's current version and what it contributes to the scope.
  private readonly live = new Map<string, { gen: number; scope: ConflictScope }>();
  private nextGen = 1;
  private staleClients = 0;

  constructor(options: ConflictIndexOptions = {}) {
    this.firm = new Set((options.firmDomains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')));
  }

  /** What the index covers, for the report ("searched 10,000 clients …"). */
  get scope(): ConflictScope {
    const total = { clients: 0, matters: 0, people: 0, parties: 0 };
    for (const { scope } of this.live.values()) {
      total.clients += scope.clients;
      total.matters += scope.matters;
      total.people += scope.people;
      total.parties += scope.parties;
    }
    return total;
  }

  /** Replaced or removed clients still held in memory; rebuild once this passes the live count. */
  get stale(): number {
    return this.staleClients;
  }

  /** Adds a client, or replaces the one with the same id. */
  upsert(c: ConflictClientInput): void {
    if (this.live.has(c.id)) this.staleClients++;
    const gen = this.nextGen++;
    const scope = { clients: 1, matters: 0, people: 0, parties: 0 };
    this.live.set(c.id, { gen, scope });
    const clientName = c.preferredName?.trim() || c.name;
    const own: Ref = { clientId: c.id, clientName, role: 'client', gen };
    this.addName(own, c.name, 'name');
    if (c.preferredName) this.addName(own, c.preferredName, 'name');
    if (c.organisation) this.addName(own, c.organisation, 'organisation');
    for (const e of c.emails) this.addEmail(own, e);
    for (const d of c.domains ?? []) {
      const dom = d.trim().toLowerCase().replace(/^@/, '');
      if (this.domainInfo(dom).telling) this.addDomain(own, dom, `anyone at ${dom}`);
    }
    const self = selfKeys(c);
    for (const m of c.matters) {
      scope.matters++;
      const matter: Ref['matter'] = { id: m.id, label: matterLabel(m) };
      if (m.caseNumber) matter.caseNumber = m.caseNumber;
      for (const party of partiesFromCaseName(m.caseName)) {
        // The client's own side of its case is the client record, already indexed.
        if (isSelf(party, self)) continue;
        scope.parties++;
        this.addName({ clientId: c.id, clientName, matter, role: 'party', gen }, party, 'name');
      }
      for (const p of m.people ?? []) {
        scope.people++;
        const person = { id: p.id, name: p.name?.trim() || p.organisation?.trim() || '' };
        const ref: Ref = { clientId: c.id, clientName, matter, role: p.role, person, gen };
        if (p.name) this.addName(ref, p.name, 'name');
        if (p.organisation) this.addName(ref, p.organisation, 'organisation');
        // A court's domain is shared by every clerk of every case there: it says nothing.
        for (const e of p.emails ?? []) this.addEmail(ref, e, p.role !== 'court');
      }
    }
  }

  /** Forgets a deleted client. */
  remove(clientId: string): void {
    if (this.live.delete(clientId)) this.staleClients++;
  }

  private isCurrent(ref: Ref): boolean {
    return this.live.get(ref.clientId)?.gen === ref.gen;
  }

  private domainInfo(d: string): { telling: boolean; label: string | null } {
    let info = this.domains.get(d);
    if (!info) {
      let firm = false;
      for (const f of this.firm) if (d === f || d.endsWith('.' + f)) firm = true;
      info = { telling: !isFreeMailDomain(d) && !firm, label: domainLabel(d) };
      this.domains.set(d, info);
    }
    return info;
  }

  private addEmail(ref: Ref, raw: string, withDomain = true) {
    const e = normaliseEmail(raw);
    if (!e) return;
    push(this.byEmail, e, ref);
    const d = emailDomain(e);
    if (withDomain && d && this.domainInfo(d).telling) this.addDomain(ref, d, e);
  }

  private addDomain(ref: Ref, domain: string, email: string) {
    const list = this.byDomain.get(domain);
    if (list) list.push({ ref, email });
    else {
      this.byDomain.set(domain, [{ ref, email }]);
      const label = this.domainInfo(domain).label;
      if (label) {
        const set = this.byDomainLabel.get(label);
        if (set) set.add(domain);
        else this.byDomainLabel.set(label, new Set([domain]));
      }
    }
  }

  private addName(ref: Ref, raw: string, field: 'name' | 'organisation') {
    const parsed = this.parsed[field];
    for (const text of aliases(raw)) {
      const known = parsed.get(text);
      if (known === null) continue;
      if (known) {
        // The same name again (opposing counsel on many matters): one more reference, nothing to parse.
        known.refs.push(ref);
        continue;
      }
      const plain = normaliseName(text);
      if (!plain) {
        parsed.set(text, null);
        continue;
      }
      const org = parseOrgName(text);
      const person = field === 'name' ? parsePersonName(text) : null;
      const rec: NameRec = { refs: [ref], text, field, plain, isOrg: field === 'organisation' || looksLikeOrganisation(text), org, person };
      parsed.set(text, rec);
      this.indexRec(rec);
    }
  }

  private indexRec(rec: NameRec) {
    const { org, person } = rec;
    push(this.byPlain, rec.plain, rec);
    if (org) {
      const map = rec.isOrg ? this.orgByToken : this.otherByToken;
      for (const t of org.alt === org.core ? org.core : new Set([...org.core, ...org.alt])) if (!STOP.has(t)) this.indexToken(map, t, rec);
      if (rec.isOrg) push(this.orgByConcat, org.core.filter((t) => t !== 'and').join(''), rec);
      const content = org.core.filter((t) => !STOP.has(t));
      if (content.length >= 2) push(this.orgByAcronym, content.map((t) => t[0]).join(''), rec);
    }
    if (person) {
      for (const t of personLookupTokens(person)) this.indexToken(this.personByToken, t, rec);
      if (person.tokens.length >= 2) push(this.personBySorted, [...person.tokens].sort().join(' '), rec);
    }
  }

  private indexToken(map: Map<string, NameRec[]>, t: string, rec: NameRec) {
    push(map, t, rec);
    if (this.seenTokens.has(t)) return;
    this.seenTokens.add(t);
    for (const k of similarKeys(t)) {
      const s = this.similar.get(k);
      if (s) s.add(t);
      else this.similar.set(k, new Set([t]));
    }
  }

  /** Distinct indexed tokens that could pair with `t` (same, nickname, loose, near). */
  private tokensLike(t: string): Set<string> {
    const out = new Set<string>([t]);
    for (const k of similarKeys(t)) for (const u of this.similar.get(k) ?? []) out.add(u);
    for (const n of nicknamesOf(t)) out.add(n);
    return out;
  }

  /**
   * Every record that matches the candidate, strongest first. `exclude` leaves
   * out the record being edited: its own client entry, or its own matter person.
   */
  check(candidate: ConflictCandidate, exclude: { clientId?: string; personId?: string } = {}): ConflictHit[] {
    const hits = new Map<string, { ref: Ref; reasons: HitReason[] }>();
    const add = (ref: Ref, r: HitReason) => {
      if (!this.isCurrent(ref)) return;
      if (exclude.personId && ref.person?.id === exclude.personId) return;
      if (exclude.clientId && ref.role === 'client' && ref.clientId === exclude.clientId) return;
      const key = refKey(ref);
      const h = hits.get(key) ?? { ref, reasons: [] };
      if (!h.reasons.some((x) => x.code === r.code && x.field === r.field && x.record === r.record && x.candidate === r.candidate))
        h.reasons.push(r);
      hits.set(key, h);
    };

    const emails = [...new Set((candidate.emails ?? []).map((e) => normaliseEmail(e)).filter((e): e is string => !!e))];
    for (const e of emails) {
      for (const ref of this.byEmail.get(e) ?? []) add(ref, { code: 'email', strength: 'exact', field: 'email', candidate: e, record: e });
      const d = emailDomain(e);
      if (!d || !this.domainInfo(d).telling) continue;
      for (const r of this.byDomain.get(d) ?? [])
        if (r.email !== e) add(r.ref, { code: 'domain', strength: 'likely', field: 'domain', candidate: d, record: r.email });
      // The domain names an organisation the records know by name: @brandt-defense.com / "Brandt Defense LLP".
      const label = this.domainInfo(d).label;
      if (label)
        for (const rec of this.orgByConcat.get(label) ?? [])
          for (const ref of rec.refs) add(ref, { code: 'org-domain', strength: 'possible', field: 'domain', candidate: d, record: rec.text });
    }

    const name = candidate.name?.trim();
    const org = candidate.organisation?.trim();
    if (name) this.checkName(name, 'name', add);
    if (org && normaliseName(org) !== (name ? normaliseName(name) : null)) this.checkName(org, 'organisation', add);

    return finish([...hits.values()]);
  }

  private checkName(raw: string, field: 'name' | 'organisation', add: (ref: Ref, r: HitReason) => void) {
    for (const text of aliases(raw)) {
      const plain = normaliseName(text);
      if (!plain) continue;
      const reason = (rec: NameRec, strength: Strength, code: HitReasonCode) => {
        for (const ref of rec.refs) add(ref, { code, strength, field, candidate: text, record: rec.text });
      };
      const isOrg = field === 'organisation' || looksLikeOrganisation(text);
      // The floor: the shared normaliser's equality is always exact.
      for (const rec of this.byPlain.get(plain) ?? []) reason(rec, 'exact', isOrg || rec.isOrg ? 'same-org' : 'same-name');

      const org = parseOrgName(text);
      const person = field === 'name' ? parsePersonName(text) : null;
      const seen = new Set<NameRec>();
      if (org) {
        // A person-like candidate only meets organisations here; an organisation meets every name.
        const maps = isOrg ? [this.orgByToken, this.otherByToken] : [this.orgByToken];
        for (const t of new Set([...org.core, ...org.alt]))
          if (!STOP.has(t)) for (const u of this.tokensLike(t)) for (const map of maps) for (const rec of map.get(u) ?? []) seen.add(rec);
        const content = org.core.filter((t) => !STOP.has(t));
        // "International Business Machines" finds "IBM", and "IBM" finds it.
        if (content.length >= 2)
          for (const map of maps) for (const rec of map.get(content.map((t) => t[0]).join('')) ?? []) seen.add(rec);
        if (org.core.length === 1) for (const rec of this.orgByAcronym.get(org.core[0]!) ?? []) seen.add(rec);
        // "Brandt Defense LLP" and someone @brandt-defense.com.
        if (isOrg)
          for (const domain of this.byDomainLabel.get(org.core.filter((t) => t !== 'and').join('')) ?? [])
            for (const r of this.byDomain.get(domain) ?? [])
              add(r.ref, { code: 'org-domain', strength: 'possible', field, candidate: text, record: domain });
      }
      if (person) {
        for (const t of personLookupTokens(person)) for (const u of this.tokensLike(t)) for (const rec of this.personByToken.get(u) ?? []) seen.add(rec);
        for (const rec of this.personBySorted.get([...person.tokens].sort().join(' ')) ?? []) seen.add(rec);
      }
      // The same decision as compareNames, record by record.
      for (const rec of seen) {
        if (isOrg || rec.isOrg) {
          const m = org && rec.org ? compareOrgNames(org, rec.org) : null;
          if (m) {
            reason(rec, m.strength, m.reason);
            continue;
          }
          if (isOrg && rec.isOrg) continue;
        }
        const m = person && rec.person ? comparePersonNames(person, rec.person) : null;
        if (m) reason(rec, m.strength, m.reason);
      }
    }
  }
}

/** How a client's own name can appear in its case names: "Elena Ruiz", "Ruiz", "Acme" for "Acme, Inc.". */
function selfKeys(c: ConflictClientInput): Set<string> {
  const keys = new Set<string>();
  for (const n of [c.name, c.preferredName, c.organisation]) {
    if (!n) continue;
    const plain = normaliseName(n);
    if (plain) keys.add(plain);
    const org = parseOrgName(n);
    if (org) keys.add(org.core.join(' '));
    const family = parsePersonName(n)?.tokens.at(-1);
    if (family && !looksLikeOrganisation(n)) keys.add(family);
  }
  return keys;
}

function isSelf(party: string, self: Set<string>): boolean {
  const plain = normaliseName(party);
  if (plain && self.has(plain)) return true;
  const org = parseOrgName(party);
  return !!org && self.has(org.core.join(' '));
}

/**
 * The words a person's name is looked up by. Every match pairs the last word
 * of the shorter name with a word after the first of the longer (names.ts
 * align), so first names, the largest groups, need no entry of their own.
 */
function personLookupTokens(p: PersonName): Set<string> {
  const out = new Set<string>();
  for (const ts of [p.tokens, p.alt]) for (let i = 1; i < ts.length; i++) if (ts[i]!.length > 1) out.add(ts[i]!);
  return out;
}

// Most names hold no "d/b/a": skip the splitting regex for them.
const ALIAS_HINT = /\/|\b(?:dba|fka|aka|nka|formerly|doing|also)\b/i;
const aliases = (raw: string): string[] => (ALIAS_HINT.test(raw) ? splitAliases(raw) : raw.trim() ? [raw.trim()] : []);

/** Keys under which a token meets its spelling variants and near misses (see names.ts pairOf). */
function similarKeys(t: string): string[] {
  const keys = [`=${t}`];
  if (t.length >= 4) keys.push(`~${looseToken(t)}`);
  if (t.length >= 6) keys.push(`#${skeleton(t)}`);
  if (t.length >= 5) keys.push(...deletions(t).map((d) => `-${d}`), `-${t}`);
  return keys;
}

let NICK_INDEX: Map<string, string[]> | null = null;
function nicknamesOf(t: string): string[] {
  if (!NICK_INDEX) {
    NICK_INDEX = new Map();
    // Derived from the matcher itself so the index can never disagree with it.
    for (const group of NICKNAME_WORDS) for (const w of group) NICK_INDEX.set(w, [...(NICK_INDEX.get(w) ?? []), ...group.filter((x) => x !== w)]);
  }
  return NICK_INDEX.get(t) ?? [];
}

const SIDE_ORDER: Record<HitRole, number> = {
  'adverse-party': 0,
  'opposing-counsel': 1,
  insurer: 2,
  party: 3,
  client: 4,
  'client-contact': 5,
  'co-counsel': 6,
  expert: 7,
  witness: 8,
  court: 9,
  other: 10,
};

function finish(raw: { ref: Ref; reasons: HitReason[] }[]): ConflictHit[] {
  const hits: ConflictHit[] = raw.map(({ ref, reasons: all }) => {
    // The same address says more than the same domain; drop what it implies.
    const reasons = all.some((r) => r.code === 'email') ? all.filter((r) => r.code !== 'domain' && r.code !== 'org-domain') : all;
    reasons.sort((a, b) => STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength]);
    const strength = reasons.reduce<Strength>((s, r) => stronger(s, r.strength), 'possible');
    const hit: ConflictHit = { strength, clientId: ref.clientId, clientName: ref.clientName, role: ref.role, reasons };
    if (ref.matter) hit.matter = ref.matter;
    if (ref.person) hit.person = ref.person;
    return hit;
  });
  // A party named in the case name and the same party recorded as a matter
  // person are one hit: keep the person, which says more.
  const kept = hits.filter(
    (h) =>
      h.role !== 'party' ||
      !hits.some((o) => o.person && o.clientId === h.clientId && o.matter?.id === h.matter?.id && STRENGTH_ORDER[o.strength] <= STRENGTH_ORDER[h.strength]),
  );
  return kept.sort(
    (a, b) =>
      STRENGTH_ORDER[a.strength] - STRENGTH_ORDER[b.strength] ||
      SIDE_ORDER[a.role] - SIDE_ORDER[b.role] ||
      a.clientName.localeCompare(b.clientName) ||
      (a.matter?.label ?? '').localeCompare(b.matter?.label ?? ''),
  );
}

/** Builds the index in one go; check() it for as many candidates as needed. */
export function buildConflictIndex(clients: Iterable<ConflictClientInput>, options?: ConflictIndexOptions): ConflictIndex {
  const index = new ConflictIndex(options);
  for (const c of clients) index.upsert(c);
  return index;
}

/**
 * The same, yielding to the event loop every `chunk` clients so a service
 * worker keeps answering the sidebar while a large firm is indexed (about 2 s
 * of CPU for 10,000 clients with 90,000 matter people on this project's
 * shared 2-core machine; see `npm run bench:conflicts`).
 */
export async function buildConflictIndexAsync(
  clients: Iterable<ConflictClientInput>,
  options: ConflictIndexOptions & { chunk?: number; signal?: AbortSignal } = {},
): Promise<ConflictIndex> {
  const index = new ConflictIndex(options);
  const chunk = options.chunk ?? 500;
  let n = 0;
  for (const c of clients) {
    index.upsert(c);
    if (++n % chunk === 0) {
      await new Promise((r) => setTimeout(r, 0));
      options.signal?.throwIfAborted();
    }
  }
  return index;
}

/** Whether a hit sits on the other side of its matter (the conflicts a lawyer must never miss). */
export const isOtherSide = (h: Pick<ConflictHit, 'role'>): boolean => h.role !== 'client' && h.role !== 'party' && ROLE_SIDE[h.role] === 'theirs';

