// Case numbers: what a user typed or a page prints → the identity keys a client
// holding that case is indexed by, each with the court it is in when known.
//
// Keys (IdentityKey `case:<system>:<core>`):
//   federal  `case:US:20-CV-03010` — year, CM/ECF type (any 1–5 letters), sequence
//            zero-padded to 5. The office digit is dropped: it changes when a case
//            moves courthouse (3:17-cv-05729 → 4:17-cv-05729 in N.D. Cal.), and a
//            lawyer may type `20-cv-3010` without it. Judge initials, defendant and
//            party numbers (-1, -P1) are dropped too. So a key names a case within
//            a court; the court is compared by court-match.ts, which shows every
//            holder when the page's court is unknown.
//            Bankruptcy `21-40123` (bare, with judge / chapter / office parts) is
//            `21-BK-40123`, an adversary proceeding `19-AP-01234`, a court of
//            appeals' `16-17235` `16-17235`; a bare number is read only where its
//            court is known (a bankruptcy or appeals court), never in free text.
//            JPML `MDL No. 2420` is `MDL-2420`.
//   state    `case:CA:22STCV11897` — the state's own table (state-formats.ts);
//            a number whose court is not known gets a key in every state whose
//            table accepts it, a number with a court only in that court's state.
//
// A *reference* is how a number travels from a page to the background: the
// number as printed (upper-cased, dashes unified) and, when the page knows it,
// ` @<court>` (an id or a court's name). caseRef() makes one; caseCandidates()
// reads references, typed numbers and numbers with a court in parentheses
// ("21-40123 (Bankr. S.D.N.Y.)") alike. A reference is a fixed point of
// caseRef().
//
// Free text (findCaseNumbers) is stricter than caseCandidates(), which parses
// a whole case-number field: precision first.
//   - a hit must be a whole token: not preceded by a letter, digit, _ - / @ +
//     or "digit." and not followed by a letter, digit, _ - / @ + or by "." / ":"
//     plus a word character;
//   - state forms must be printed in upper case with their usual separators;
//     federal numbers may be lower case (cv, md);
//   - only rows marked 'free' in the state tables; bare bankruptcy and appeals
//     numbers only when the caller says the page's court is one (`bare`).
//   Pure digit runs (envelope / order numbers, ZIP+4, phone numbers, dates,
//   years, money, Bates numbers, statute citations) are never case numbers.

import { caseRef, compactCase } from './case-ref';
import { courtKind, courtSystem, normaliseCourt } from './courts';
import type { IdentityKey } from './normalise';
import { STATE_FORMATS, TABLE_STATES, type Level, type StateFormat } from './state-formats';

export { caseRef, compactCase };

export interface CaseCandidate {
  key: IdentityKey;
  /** The court this number is in, when known (a court id, courts.ts). */
  court?: string;
}

export interface ParseOptions {
  /** The court the number is seen in or filed under: an id or a name. */
  court?: string | null;
  /**
   * 'typed' (default): a whole case-number field, or what a user typed.
   * 'free': a hit in free text (only the states' free rows count).
   */
  level?: 'typed' | 'free';
}

// CM/ECF case types seen on real pages (FORMATS.md §4); any other 1–5 letter
// type is accepted after an office digit.
const KNOWN_TYPES = 'cv|cr|mj|mc|md|po|bk|ap|sw|gj|crcor|mdl|cm|pv|dp';
const KNOWN = new RegExp(`^(?:${KNOWN_TYPES})$`, 'i');
const SUFFIX = '(?:-[A-Za-z]{0,3}\\d{1,3}|-[A-Za-z]{1,5}\\d{0,2}[A-Za-z]?)*';
const FED = new RegExp(`^(?:([A-Z]{2,4})/)?(\\d)[:-]((?:19|20)?\\d\\d)-?([A-Z]{1,5})-?(\\d{1,6})${SUFFIX}$`, 'i');
const FED_NO_OFFICE = new RegExp(`^((?:19|20)?\\d\\d)-(${KNOWN_TYPES})-(\\d{1,6})${SUFFIX}$`, 'i');
// Bankruptcy: 21-40123, 19-12345-ABC, 15-01234-JMC-7A, 18-80123-CRJ7, 10-01083-8-ABC, 1-10-41234-abc.
const BANKRUPTCY = /^(?:\d-)?(\d\d)-(\d{4,6})(?:-\d(?=-|$))?(?:-[A-Z]{1,5}\d{0,2}[A-Z]?)?(?:-\d{1,2}[A-Z]?)?$/i;
const APPEALS = /^(\d\d)-(\d{4,5})$/;
const MDL = /^MDL ?(?:NO\.? ?|# ?|NUMBER ?)?(\d{1,5})$/;
const LABEL = /^(?:(?:CIVIL |CRIMINAL )?(?:CASE|DOCKET|INDEX|CAUSE|FILE|ACTION)\b ?(?:NO\b\.?|NUMBER|NUM\b\.?|#)? ?:?|(?:C\.A\. ?)?NOS?\b\.? ?:?|# ?:?)\s*/;
const BK_LABEL = /^BANKRUPTCY (?:PETITION|CASE) ?(?:#|NO\b\.?)? ?:? ?/;
const AP_LABEL = /^ADV(?:ERSARY|\.)? ?(?:PRO(?:CEEDING|C)?\b\.?)? ?(?:#|NO\b\.?)? ?:? ?/;

/** JPML caption prefixes ("NYS/", "CAN/", "DC/"): state + district letter → court id. */
const jpmlCourt = (code: string): string | null => {
  const c = code.toLowerCase();
  return normaliseCourt(c.length === 3 ? `${c.slice(0, 2)}${c[2]}d` : `${c}d`);
};


const pad5 = (seq: string) => {
  const n = +seq;
  return n ? String(n).padStart(5, '0') : null;
};
const canon = (s: string) => s.replace(/[^A-Z0-9]/g, '');
/** The pattern with every literal "-" (outside character classes) made optional. */
function optionalHyphens(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      out += ch + src[++i];
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
    if (!inClass && ch === '-' && src[i + 1] !== '?') out += '?';
  }
  return out;
}
const LOOSE = new Map<StateFormat, RegExp>();
const looseOf = (r: StateFormat) => {
  let re = LOOSE.get(r);
  if (!re) LOOSE.set(r, (re = new RegExp(`^(?:${optionalHyphens(r.src)})$`)));
  return re;
};

const allowed = (row: Level, mode: 'free' | 'typed', courtKnown: boolean) =>
  row === 'free' || (mode === 'typed' && (row === 'typed' || courtKnown));

/** Splits "<number> @<court>" and "<number> (<court>)" (a parenthesis that names no court, e.g. judge initials "(RDD)", is dropped). */
function split(s: string): { num: string; court?: string } {
  const at = /^(.*?) ?@(.+)$/.exec(s);
  if (at) return { num: at[1]!, court: at[2]! };
  const paren = /^(.*?) ?\(([^()]+)\)$/.exec(s);
  if (paren) return normaliseCourt(paren[2]) ? { num: paren[1]!, court: paren[2]! } : { num: paren[1]! };
  return { num: s };
}

/**
 * Every key a number could be held under, each with its court when known.
 * Empty when the text is not a case number (given its court).
 */
export function caseCandidates(raw: string, opts: ParseOptions = {}): CaseCandidate[] {
  let s = compactCase(raw);
  if (!s || s.length > 160) return [];
  const parts = split(s);
  s = parts.num;
  let kind: 'BK' | 'AP' | undefined;
  if (BK_LABEL.test(s)) {
    kind = 'BK';
    s = s.replace(BK_LABEL, '');
  } else if (AP_LABEL.test(s) && /\d/.test(s.replace(AP_LABEL, '').slice(0, 2))) {
    kind = 'AP';
    s = s.replace(AP_LABEL, '');
  } else s = s.replace(LABEL, '');
  s = s.replace(/^#/, '').trim();
  if (!s || s.length > 60) return [];

  const court = normaliseCourt(opts.court) ?? normaliseCourt(parts.court);
  const system = court ? courtSystem(court) : undefined;
  const mode = opts.level ?? 'typed';
  const out: CaseCandidate[] = [];
  const push = (sys: string, core: string, c?: string | null) => {
    const key = `case:${sys}:${core}` as IdentityKey;
    if (out.some((o) => o.key === key)) return;
    out.push(c ? { key, court: c } : { key });
  };
  const usCourt = system === 'US' ? court : undefined;

  let m = MDL.exec(s);
  if (m) {
    push('US', `MDL-${+m[1]!}`, 'jpml');
    return out;
  }
  m = FED.exec(s);
  if (m) {
    const seq = pad5(m[5]!);
    if (!seq) return [];
    // An unknown type needs the office separator ":" and a real sequence in free text.
    if (mode === 'free' && !KNOWN.test(m[4]!) && (s.indexOf(':') !== s.indexOf('/') + 2 || m[5]!.length < 4)) return [];
    push('US', `${m[3]!.slice(-2)}-${m[4]!.toUpperCase()}-${seq}`, m[1] ? jpmlCourt(m[1]) : usCourt);
    return out;
  }
  m = FED_NO_OFFICE.exec(s);
  if (m && (!system || system === 'US')) {
    const seq = pad5(m[3]!);
    if (seq) push('US', `${m[1]!.slice(-2)}-${m[2]!.toUpperCase()}-${seq}`, usCourt);
  }
  // Bare numbers: only in a court that gives them their meaning.
  const kindOfCourt = court ? courtKind(court) : undefined;
  if (kindOfCourt === 'bankruptcy' && (m = BANKRUPTCY.exec(s))) {
    const seq = pad5(m[2]!);
    if (seq) push('US', `${m[1]}-${kind ?? 'BK'}-${seq}`, court);
  } else if (kindOfCourt === 'appeals' && (m = APPEALS.exec(s))) {
    const seq = pad5(m[2]!);
    if (seq) push('US', `${m[1]}-${seq}`, court);
  }
  if (system === 'US') return out;

  const states = system ? (STATE_FORMATS[system] ? [system] : []) : TABLE_STATES;
  // As printed first; typed numbers also without their spaces and hyphens
  // ("22 STCV 11897", "23-SMCV-00021") where a row has none, and, for rows that
  // courts print both ways, without their hyphens (MSC1800717).
  const bare = s.replace(/[- ]/g, '');
  const tries: ((r: StateFormat) => RegExpExecArray | null)[] = [(r) => r.re.exec(s)];
  if (mode === 'typed') tries.push((r) => (bare !== s ? r.re.exec(bare) : null), (r) => (r.loose ? looseOf(r).exec(bare) : null));
  for (const attempt of tries) {
    for (const st of states)
      for (const row of STATE_FORMATS[st]!) {
        if (!allowed(row.level, mode, !!system)) continue;
        const hit = attempt(row);
        if (hit) push(st, canon(row.core ? row.core(hit) : hit[0]), system ? court : undefined);
      }
    if (out.some((o) => !o.key.startsWith('case:US:'))) return out;
  }
  // A case-number field in a known state that no table row describes: the
  // number itself, letters and digits only. Such a key matches only a matter
  // whose number reads the same in the same state; still it must look like a
  // number: one token, a letter and two digits (never a date, time or money).
  if (system && !out.length && mode === 'typed' && /^[A-Z0-9][A-Z0-9./-]*$/.test(s)) {
    const core = canon(s);
    if (core.length >= 5 && core.length <= 30 && /\d.*\d/.test(core) && /[A-Z]/.test(core)) push(system, core, court);
  }
  return out;
}

/** The number as a person reads it: without the court a reference or a parenthesis adds. */
export const caseDisplay = (raw: string): string => {
  const s = raw.replace(/\s+/g, ' ').trim();
  const at = s.indexOf(' @');
  return at > 0 ? s.slice(0, at) : s.replace(/ ?\(([^()]+)\)$/, (all, c: string) => (normaliseCourt(c) ? '' : all));
};


/** The keys a matter's case number is indexed under (its court narrows them to one system). */
export function matterCaseKeys(m: { caseNumber?: string; court?: string }): IdentityKey[] {
  return m.caseNumber ? caseCandidates(m.caseNumber, { court: m.court }).map((c) => c.key) : [];
}

export interface CaseNumberHit {
  raw: string;
  /** The hit's reference (caseRef): what the page asks the background about. */
  key: string;
  index: number;
}

/** A pattern's groups made non-capturing (an escaped "\\(" is a literal and stays). */
const uncaptured = (src: string) => src.replace(/(?<!\\)\((?!\?)/g, '(?:');
const FREE_STATE = TABLE_STATES.flatMap((st) => STATE_FORMATS[st]!.filter((r) => r.level === 'free').map((r) => uncaptured(r.src)));
const FIND_SRC = [
  `(?:[A-Z]{2,4}/)?\\d[:-](?:19|20)?\\d\\d-[A-Za-z]{1,5}-\\d{1,6}${SUFFIX}`, // federal, with office (and a JPML court prefix)
  `(?:19|20)?\\d\\d-(?:${KNOWN_TYPES}|${KNOWN_TYPES.toUpperCase()})-\\d{1,6}${SUFFIX}`, // federal typed without its office digit
  'MDL No\\.? ?\\d{1,5}|MDL # ?\\d{1,5}', // i18n-ignore: a case-number pattern
  ...FREE_STATE,
];
const edges = (alts: string[], flags = 'g') => new RegExp(`(?<![\\w/@+-]|\\d\\.)(?:${alts.join('|')})(?![\\w/@+-]|[.:]\\w)`, flags);
const FIND = edges(FIND_SRC);
// Bare bankruptcy / appeals numbers, only where the page's court is one of those.
const FIND_BARE = edges([uncaptured(BANKRUPTCY.source.slice(1, -1))], 'gi');

export interface FindOptions {
  /** The page's court (id or name), when known. */
  court?: string | null;
  /** The page's court is a bankruptcy or appeals court: bare `21-40123` numbers are case numbers here. */
  bare?: boolean;
}

/**
 * A free-text match is one of the free patterns already; what its pattern
 * cannot say is checked here, cheaply (a page can hold thousands): a federal
 * number needs a sequence, and an unknown type the ":" office separator and
 * four digits. Same rules as caseCandidates() at level 'free'.
 */
function freeHitIsCase(raw: string): boolean {
  const s = compactCase(raw);
  const m = FED.exec(s);
  if (m) return !!pad5(m[5]!) && (KNOWN.test(m[4]!) || (s.indexOf(':') === s.indexOf('/') + 2 && m[5]!.length >= 4));
  const n = FED_NO_OFFICE.exec(s);
  return n ? !!pad5(n[3]!) || caseCandidates(raw, { level: 'free' }).length > 0 : true;
}

/** Case numbers in free text, in order of appearance. */
export function findCaseNumbers(text: string, opts: FindOptions = {}): CaseNumberHit[] {
  const out: CaseNumberHit[] = [];
  const seen = new Set<number>();
  const take = (m: RegExpMatchArray, level: 'free' | 'typed') => {
    if (seen.has(m.index!) || !(level === 'free' ? freeHitIsCase(m[0]) : caseCandidates(m[0], { court: opts.court, level }).length)) return;
    seen.add(m.index!);
    out.push({ raw: m[0], key: caseRef(m[0], opts.court), index: m.index! });
  };
  for (const m of text.matchAll(FIND)) take(m, 'free');
  if (opts.bare && opts.court) {
    for (const m of text.matchAll(FIND_BARE)) take(m, 'typed');
    out.sort((a, b) => a.index - b.index);
  }
  return out;
}

/**
 * The case number of a field that says it holds one ("Case Number" cell,
 * caption, labelled value): a free-text hit, else the field's first token read
 * as a typed number in the page's court (bare bankruptcy numbers, New York
 * index numbers, a state's all-digit forms).
 */
export function readCaseField(text: string, court?: string | null): CaseNumberHit | null {
  const free = findCaseNumbers(text, { court, bare: true })[0];
  if (free) return free;
  const t = text.replace(/\s+/g, ' ').trim().replace(LABEL_TEXT, '');
  // The first token, or with the two that follow when the number is printed
  // with spaces: Cook County's "2019 L 001234", North Carolina's "19 CVS 1234",
  // Pennsylvania's Superior Court "1234 EDA 2019"; or with the one that follows
  // when a short type prefix stands apart: Montana's "DV 19-985", New York's
  // Fourth Department "KA 16-02147".
  const m = /^([^\s,;|]+)(?: [A-Z]{1,3} \d{1,6}(?![^\s,;|])|(?<=^[A-Z]{2,4}) \d[^\s,;|]*)?/.exec(t);
  if (!m || !court) return null;
  const token = [m[0], m[1]!].find((x) => caseCandidates(x, { court }).length);
  if (!token) return null;
  return { raw: token, key: caseRef(token, court), index: text.indexOf(token) };
}
const LABEL_TEXT = /^(?:(?:case|docket|index|cause|file)\s*(?:no\.?|number|#)|no\.|#)\s*:?\s*/i;
