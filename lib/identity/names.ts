// Names of people and organisations, normalised for conflict checks.
//
// Precision first. Three levels, and what each promises:
//   exact    — the same name once case, accents, punctuation, titles, "Last,
//              First" order, transliteration (Сергей → sergey, Müller →
//              mueller) and company suffixes (Inc., L.L.C., GmbH …) are set
//              aside. Never missed: every exact pair is found.
//   likely   — the same name with something added: a middle name or initial
//              ("John Smith" / "John A. Smith"), a generational suffix on one
//              side only, a descriptor ("Brandt Defense LLP" / "Brandt Defense
//              Group"), "and" left out.
//   possible — could be the same, a person must look: an initial for a first
//              name ("J. Smith"), a nickname ("Bill" / "William"), a spelling
//              or transliteration variant ("Sergei" / "Sergey", "Defense" /
//              "Defence"), names in another order, a longer company name
//              ("Acme" / "Acme Widgets"), an acronym ("IBM").
// Two fuzzy differences at once ("J. Smyth" / "John Smith") are no match.

import { normaliseName } from './normalise';

export type Strength = 'exact' | 'likely' | 'possible';
export const STRENGTH_ORDER: Record<Strength, number> = { exact: 0, likely: 1, possible: 2 };
export const stronger = (a: Strength, b: Strength): Strength => (STRENGTH_ORDER[a] <= STRENGTH_ORDER[b] ? a : b);

export type NameReason =
  | 'same-name'
  | 'generation'
  | 'middle-name'
  | 'partial-name'
  | 'initial'
  | 'nickname'
  | 'spelling'
  | 'name-order'
  | 'same-org'
  | 'org-and'
  | 'org-descriptor'
  | 'org-spelling'
  | 'org-extends'
  | 'org-acronym';

export interface NameMatch {
  strength: Strength;
  reason: NameReason;
}

// ---------------------------------------------------------------------------
// Folding: lower case, accents off, other scripts romanised.

// Letters NFKD does not decompose.
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŋ: 'n', ŧ: 't', ĸ: 'k',
};
// The German and Scandinavian way of writing these letters without marks
// (Müller → Mueller, Åse → Aase, Søren → Soeren): a second spelling, so both
// forms are the same name.
const ALT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', å: 'aa', ø: 'oe' };
// Russian, Ukrainian and Bulgarian Cyrillic per BGN/PCGN romanisation.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
};
// Greek per ELOT 743 (the Greek passport standard), accents removed first.
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

const ASCII = /^[\x00-\x7f]*$/;
/** Whether the name has a letter with a second spelling (ä → ae …): most names do not. */
const hasAlt = (raw: string) => !ASCII.test(raw) && /[äöüåø]/i.test(raw.normalize('NFC'));

function fold(raw: string, alt: boolean): string {
  // Most names are plain ASCII: nothing to fold but case.
  if (ASCII.test(raw)) return raw.toLowerCase();
  let s = raw.normalize('NFC').toLowerCase();
  if (alt) s = s.replace(/[äöüåø]/g, (c) => ALT[c]!);
  // Letters whose marks carry the sound; stripping the mark would lose it.
  s = s.replace(/й/g, 'y').replace(/ї/g, 'yi');
  s = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    // Greek vowel pairs ELOT 743 writes as one sound.
    .replace(/ου/g, 'ou')
    .replace(/αυ/g, 'av')
    .replace(/ευ/g, 'ev')
    .replace(/ηυ/g, 'iv');
  let out = '';
  for (const ch of s) out += SPECIAL[ch] ?? CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  return out.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** Tokens of a folded string: letters and digits; apostrophes join ("O'Brien" → "obrien"), everything else splits. */
function tokens(folded: string): string[] {
  const s = folded.replace(/['’‘`´]/g, '');
  return (ASCII.test(s) ? s.split(/[^a-z0-9]+/) : s.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
}

// ---------------------------------------------------------------------------
// People.

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'hon', 'honorable', 'honourable', 'judge', 'justice',
  'sir', 'dame', 'rev', 'reverend', 'fr', 'atty', 'sra', 'srta', 'herr', 'frau', 'mme', 'mlle',
]);
const POSTNOMINALS = new Set([
  'esq', 'esquire', 'md', 'phd', 'jd', 'llm', 'cpa', 'rn', 'dds', 'dmd', 'mba', 'pe', 'cfa', 'ret', 'kc', 'qc', 'sc',
]);
const GENERATIONS: Record<string, string> = { jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', '2nd': 'ii', iii: 'iii', '3rd': 'iii', iv: 'iv', '4th': 'iv' };

export interface PersonName {
  /** Given names first, family name last. */
  tokens: string[];
  /** The same with ä/ö/ü/å/ø written out; equal to `tokens` for most names. */
  alt: string[];
  /** "jr", "sr", "ii" … when given. */
  generation?: string;
}

/**
 * Splits a person's name. "Smith, John A., Jr." → john a smith (jr);
 * "Dr. Elena Ruiz, Esq." → elena ruiz. Null when nothing is left.
 */
export function parsePersonName(raw: string): PersonName | null {
  const cleaned = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\bet\.? al\.?\s*$/i, ' ')
    // A party "Estate of John Smith" is John Smith for a conflict check.
    .replace(/^\s*(?:the\s+)?estate\s+of\s+/i, '');
  let generation: string | undefined;
  const strip = (ts: string[], atStart: boolean): string[] => {
    const out = [...ts];
    // Titles only at the start ("Sr" at the start is Señor, at the end Senior).
    while (atStart && out.length > 1 && TITLES.has(out[0]!)) out.shift();
    for (;;) {
      const last = out[out.length - 1];
      if (last === undefined || out.length < 2) break;
      if (POSTNOMINALS.has(last)) out.pop();
      else if (GENERATIONS[last]) {
        generation = GENERATIONS[last];
        out.pop();
      } else break;
    }
    return out;
  };
  // Commas: "Last, First Middle" and ", Jr." / ", Esq." parts.
  const parts = (which: boolean) =>
    cleaned
      .split(',')
      .map((p) => tokens(fold(p, which)))
      .filter((p) => p.length);
  const build = (which: boolean): string[] => {
    const ps = parts(which);
    const kept: string[][] = [];
    for (const p of ps) {
      const onlySuffix = p.every((t) => POSTNOMINALS.has(t) || GENERATIONS[t]);
      if (onlySuffix && kept.length) {
        for (const t of p) if (GENERATIONS[t]) generation = GENERATIONS[t];
        continue;
      }
      kept.push(p);
    }
    if (kept.length === 2) return strip([...strip(kept[1]!, true), ...kept[0]!], true);
    return strip(kept.flat(), true);
  };
  const plain = build(false);
  if (!plain.length) return null;
  const alt = hasAlt(raw) ? build(true) : plain;
  return generation ? { tokens: plain, alt, generation } : { tokens: plain, alt };
}

// Common English diminutives and spelling pairs of given names (a fact list,
// not exhaustive): each group is one name. A nickname match is only "possible".
const NICKNAME_GROUPS = [
  'william bill will billy willy liam', 'robert bob rob bobby robbie bert', 'richard dick rick rich ricky',
  'james jim jimmy jamie', 'john jack johnny jon', 'jonathan jon jonny', 'joseph joe joey', 'thomas tom tommy',
  'michael mike mikey mick', 'elizabeth liz lizzie beth betty eliza libby', 'margaret maggie meg peggy marge',
  'katherine catherine kathryn kate kathy cathy katie kat', 'jennifer jen jenny', 'patricia pat patty trish',
  'patrick pat paddy', 'christopher chris kit', 'christine chris chrissy', 'daniel dan danny', 'david dave davy',
  'edward ed eddie ted ned', 'anthony tony', 'andrew andy drew', 'benjamin ben benny', 'charles charlie chuck',
  'samuel sam sammy', 'samantha sam', 'stephen steven steve', 'alexander alex sandy', 'alexandra alex sandra sasha',
  'nicholas nick nicky', 'matthew matt', 'timothy tim timmy', 'gregory greg', 'jeffrey geoffrey jeff geoff',
  'kenneth ken kenny', 'lawrence laurence larry', 'ronald ron ronnie', 'donald don donny', 'raymond ray',
  'gerald jerry gerry', 'peter pete', 'philip phillip phil', 'frederick fred freddie', 'henry hank harry',
  'harold harry hal', 'jacob jake', 'joshua josh', 'zachary zach zack', 'victoria vicky tori', 'susan sue susie',
  'deborah debra deb debbie', 'rebecca becky becca', 'barbara barb', 'dorothy dot dottie', 'abigail abby',
  'francisco paco pancho', 'jose pepe', 'guadalupe lupe', 'alejandro alex', 'enrique quique', 'ann anne',
  'aleksandr alexander sasha',
];
export const NICKNAME_WORDS: readonly (readonly string[])[] = NICKNAME_GROUPS.map((g) => g.split(' '));
const NICKNAMES = new Map<string, Set<number>>();
NICKNAME_WORDS.forEach((g, i) => {
  for (const n of g) {
    const s = NICKNAMES.get(n) ?? new Set<number>();
    s.add(i);
    NICKNAMES.set(n, s);
  }
});
const sameNickGroup = (a: string, b: string): boolean => {
  const ga = NICKNAMES.get(a);
  const gb = NICKNAMES.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.has(g)) return true;
  return false;
};

/**
 * A spelling-insensitive form of one token, for "possible" matches only:
 * c/k/s, ph/f, y/i, w/v, silent h, double letters, our/or.
 */
export function looseToken(t: string): string {
  let l = LOOSE.get(t);
  if (l === undefined) {
    l = loosen(t);
    if (LOOSE.size > 200_000) LOOSE.clear();
    LOOSE.set(t, l);
  }
  return l;
}
// Tokens repeat a great deal (first names, common surnames): remember each one's loose form.
const LOOSE = new Map<string, string>();

function loosen(t: string): string {
  return t
    .replace(/sch/g, '2')
    .replace(/tch/g, '1')
    .replace(/ch/g, '1')
    .replace(/sh/g, '2')
    .replace(/ph/g, 'f')
    .replace(/(?<=.)[tdgkr]h/g, (m) => m[0]!)
    .replace(/(?<=.)h/g, '')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/ou/g, 'o')
    .replace(/1/g, 'ch')
    .replace(/2/g, 'sh')
    .replace(/(.)\1+/g, '$1');
}

/** Vowels out of the loose form: "mohammed" and "muhammad" meet. Used for long tokens only. */
export function skeleton(t: string): string {
  const l = looseToken(t);
  return l[0] + l.slice(1).replace(/[aeiou]/g, '');
}

/** Optimal-string-alignment distance, stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2.splice(0, prev2.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

type Pair = 'eq' | 'initial' | 'nick' | 'loose' | 'near' | null;

/** How two name tokens relate. Single letters are initials. */
function pairOf(a: string, b: string, aAlt: string, bAlt: string): Pair {
  if (a === b || aAlt === bAlt || a === bAlt || aAlt === b) return 'eq';
  if (a.length === 1 || b.length === 1) return a[0] === b[0] && (a.length === 1) !== (b.length === 1) ? 'initial' : null;
  if (sameNickGroup(a, b)) return 'nick';
  if (a.length >= 4 && b.length >= 4 && looseToken(a) === looseToken(b)) return 'loose';
  if (a.length >= 5 && b.length >= 5 && (editDistance(a, b) <= 1 || (a.length >= 6 && b.length >= 6 && Math.abs(a.length - b.length) <= 1 && skeleton(a) === skeleton(b))))
    return 'near';
  return null;
}

const seqEq = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/** Compares two people's names. Null: not the same person as far as names can tell. */
export function comparePersonNames(x: PersonName, y: PersonName): NameMatch | null {
  if (seqEq(x.tokens, y.tokens) || seqEq(x.alt, y.alt) || seqEq(x.tokens, y.alt) || seqEq(x.alt, y.tokens)) {
    if (x.generation && y.generation && x.generation !== y.generation) return { strength: 'possible', reason: 'generation' };
    if (!!x.generation !== !!y.generation) return { strength: 'likely', reason: 'generation' };
    return { strength: 'exact', reason: 'same-name' };
  }
  // One-word names ("Smith", "Madonna") only ever match exactly.
  if (x.tokens.length < 2 || y.tokens.length < 2) return null;
  const [a, b] = x.tokens.length <= y.tokens.length ? [x, y] : [y, x];
  const best = align(a, b);
  if (best) {
    const genClash = a.generation && b.generation && a.generation !== b.generation;
    return genClash ? { strength: 'possible', reason: 'generation' } : best;
  }
  // Same words in another order, no comma to say which is the family name.
  const sa = [...x.tokens].sort().join(' ');
  const sb = [...y.tokens].sort().join(' ');
  if (sa === sb) return { strength: 'possible', reason: 'name-order' };
  return null;
}

/**
 * Every token of the shorter name `a` finds a partner in `b`, in order. The
 * first names pair up (or `b` starts with initials that `a` leaves out: "J.
 * Robert Smith" / "Robert Smith"). Extra tokens of `b` are middle names or a
 * second surname.
 */
function align(a: PersonName, b: PersonName): NameMatch | null {
  const n = a.tokens.length;
  const m = b.tokens.length;
  let best: { fuzzy: number; score: NameMatch } | null = null;
  const pairs: { i: number; j: number; kind: Exclude<Pair, null> }[] = [];

  const judge = () => {
    let fuzzy = 0;
    let reason: NameReason = 'middle-name';
    for (const p of pairs) {
      if (p.kind === 'eq') continue;
      if (p.kind === 'initial') {
        if (p.i === n - 1) return; // a family name given as an initial says too little
        if (p.i === 0) {
          fuzzy++;
          reason = 'initial';
        }
        continue;
      }
      fuzzy++;
      reason = p.kind === 'nick' ? 'nickname' : 'spelling';
    }
    if (fuzzy > 1) return;
    const lastJ = pairs[pairs.length - 1]!.j;
    const leadingSkipped = pairs[0]!.j > 0;
    const trailing = lastJ < m - 1;
    let score: NameMatch;
    if (fuzzy === 1) score = { strength: 'possible', reason };
    else if (trailing || leadingSkipped) score = { strength: 'possible', reason: 'partial-name' };
    else score = { strength: 'likely', reason: 'middle-name' };
    if (!best || STRENGTH_ORDER[score.strength] < STRENGTH_ORDER[best.score.strength] || fuzzy < best.fuzzy)
      best = { fuzzy, score };
  };

  const walk = (i: number, from: number) => {
    if (i === n) {
      judge();
      return;
    }
    for (let j = from; j <= m - (n - i); j++) {
      // Only initials may be skipped before the first name.
      if (i === 0 && j > 0 && b.tokens[j - 1]!.length > 1) break;
      const kind = pairOf(a.tokens[i]!, b.tokens[j]!, a.alt[i] ?? a.tokens[i]!, b.alt[j] ?? b.tokens[j]!);
      if (!kind) continue;
      pairs.push({ i, j, kind });
      walk(i + 1, j + 1);
      pairs.pop();
    }
  };
  walk(0, 0);
  return (best as { score: NameMatch } | null)?.score ?? null;
}

// ---------------------------------------------------------------------------
// Organisations.

// Legal forms, longest first, stripped from the end (facts: common US, UK and
// European company and firm designations).
const LEGAL_FORMS: string[][] = [
  'professional limited liability company', 'limited liability limited partnership', 'limited liability company',
  'limited liability partnership', 'public limited company', 'professional corporation', 'professional association',
  'limited partnership', 'national association', 'sa de cv', 'pty ltd', 'and company', 'and co', 'co inc', 'co ltd',
].map((f) => f.split(' ')).concat(
  'inc incorporated llc lc ltd limited llp lllp lp pc pllc plc pa corp corporation co company gmbh ag kg kgaa sa sas sarl srl spa sl bv nv oy oyj ab asa aps pty pte kk ulc chtd chartered na se ltda'
    .split(' ')
    .map((f) => [f]),
);
// Words that describe a business rather than name it; a name without them
// (its "bare" form) still names the same business, or a sibling of it.
const DESCRIPTORS = new Set(
  'group holdings holding international intl partners associates enterprises services solutions global worldwide usa us america firm law legal attorneys lawyers'.split(' '),
);
const LEADING_PHRASES = ['the law offices of', 'law offices of', 'the law office of', 'law office of', 'offices of', 'the'].map((p) => p.split(' '));
// Too common to stand alone as a "longer name" match ("First" / "First Bank").
const WEAK_WORDS = new Set('first united american national general global international new city county state bank the of and'.split(' '));

export interface OrgName {
  /** Without legal form: "Smith & Jones, L.L.P." → smith and jones. */
  core: string[];
  /** The core with ä/ö/ü/å/ø written out ("Müller GmbH" → mueller); equal to `core` for most names. */
  alt: string[];
  /** The core without trailing descriptors and law-office phrases: "Law Offices of Brandt Group" → brandt. */
  bare: string[];
}

function orgTokens(raw: string, alt = false): string[] {
  let folded = fold(raw, alt).replace(/[&+]/g, ' and ');
  // Dotted abbreviations become words: l.l.c. → llc, s.a. → sa, u.s. → us.
  if (folded.includes('.'))
    folded = folded.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.\s?){2,}(?:\p{L}(?![\p{L}\p{N}]))?/gu, (m) => m.replace(/[.\s]/g, '') + ' ');
  return tokens(folded);
}

const endsWith = (ts: readonly string[], tail: readonly string[]) =>
  ts.length > tail.length && tail.every((t, i) => ts[ts.length - tail.length + i] === t);
const startsWith = (ts: readonly string[], head: readonly string[]) =>
  ts.length > head.length && head.every((t, i) => ts[i] === t);

// Legal forms by their last word, longest first, so stripping looks at a handful, not all.
const FORMS_BY_LAST = new Map<string, string[][]>();
for (const f of LEGAL_FORMS) FORMS_BY_LAST.set(f[f.length - 1]!, [...(FORMS_BY_LAST.get(f[f.length - 1]!) ?? []), f]);

function withoutLegalForm(raw: string, alt: boolean): string[] {
  let ts = orgTokens(raw, alt);
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of FORMS_BY_LAST.get(ts[ts.length - 1] ?? '') ?? [])
      if (endsWith(ts, f)) {
        ts = ts.slice(0, ts.length - f.length);
        changed = true;
        break;
      }
  }
  if (ts.length > 1 && ts[0] === 'the') ts = ts.slice(1);
  return ts;
}

export function parseOrgName(raw: string): OrgName | null {
  const ts = withoutLegalForm(raw, false);
  if (!ts.length) return null;
  const alt = hasAlt(raw) ? withoutLegalForm(raw, true) : ts;
  let bare = ts;
  for (const p of LEADING_PHRASES)
    if (startsWith(bare, p)) {
      bare = bare.slice(p.length);
      break;
    }
  while (bare.length > 1 && (DESCRIPTORS.has(bare[bare.length - 1]!) || bare[bare.length - 1] === 'and')) bare = bare.slice(0, -1);
  // "Smith and Associates" → smith.
  if (bare.length > 1 && bare[bare.length - 1] === 'and') bare = bare.slice(0, -1);
  return { core: ts, alt, bare };
}

const acronym = (ts: readonly string[]) =>
  ts
    .filter((t) => t !== 'and' && t !== 'of' && t !== 'the')
    .map((t) => t[0])
    .join('');

/** Compares two organisations' names. Null: different organisations as far as names can tell. */
export function compareOrgNames(a: OrgName, b: OrgName): NameMatch | null {
  if (seqEq(a.core, b.core) || seqEq(a.alt, b.alt) || seqEq(a.core, b.alt) || seqEq(a.alt, b.core))
    return { strength: 'exact', reason: 'same-org' };
  const noAnd = (ts: readonly string[]) => ts.filter((t) => t !== 'and');
  if (seqEq(noAnd(a.core), noAnd(b.core))) return { strength: 'likely', reason: 'org-and' };
  if (seqEq(noAnd(a.bare), noAnd(b.bare)))
    return { strength: a.bare.length >= 2 ? 'likely' : 'possible', reason: 'org-descriptor' };
  // Spelling variants: same number of words, each the same or one letter apart / a loose variant.
  for (const [x, y] of [
    [a.core, b.core],
    [a.bare, b.bare],
  ] as const) {
    if (x.length === y.length) {
      let diff = 0;
      for (let i = 0; i < x.length && diff <= 1; i++) {
        const s = x[i]!;
        const t = y[i]!;
        if (s === t) continue;
        const close =
          (s.length >= 4 && t.length >= 4 && looseToken(s) === looseToken(t)) ||
          (s.length >= 5 && t.length >= 5 && editDistance(s, t) <= 1);
        diff += close ? 1 : 2;
      }
      if (diff === 1) return { strength: 'possible', reason: 'org-spelling' };
    }
  }
  // A longer name that starts with the whole of the shorter one.
  const [s, l] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  if (s.length < l.length && s.every((t, i) => l[i] === t)) {
    const meaningful = s.some((t) => !WEAK_WORDS.has(t) && t.length >= 3);
    if (meaningful) return { strength: 'possible', reason: 'org-extends' };
  }
  // An acronym of the other's words: "IBM" / "International Business Machines".
  for (const [x, y] of [
    [a.core, b.core],
    [b.core, a.core],
  ] as const) {
    if (x.length === 1 && x[0]!.length >= 2 && x[0]!.length <= 6 && y.length >= 2 && acronym(y) === x[0]) {
      return { strength: 'possible', reason: 'org-acronym' };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Which kind of name is this?

const ORG_WORDS = new Set(
  (
    'properties property insurance assurance corporation company association university college school hospital ' +
    'clinic bank bancorp trust foundation partners partnership holdings group services realty management capital ' +
    'county city state department district authority agency commission board council church institute center centre ' +
    'systems technologies technology solutions industries enterprises international national federal financial mutual ' +
    'fund funds law legal attorneys lawyers associates firm offices office medical health pharmaceuticals laboratories ' +
    'motors airlines railway railroad energy electric power media communications network software stores market ' +
    'restaurant hotel apartments homes construction builders development investments ventures ' +
    'government republic kingdom commonwealth ministry tribe nation union club society committee defense defence ' +
    // Housing, food and farm cooperatives ("Harbor Housing Cooperative"); "Coop" is also a surname (below).
    'cooperative cooperatives'
  ).split(' '),
);
/**
 * Words that are also surnames ("Jane Coop", "Li Co"): an organisation only in
 * a name of three words or more ("Park Slope Food Coop", "Tulare Packing Co"),
 * or written as a form ("Acme Co.", "ACME CO").
 */
const SURNAME_ORG_WORDS = new Set(['coop', 'co']);
/** The same words written with a hyphen, which splits them in two tokens: "Co-op", "Co-operative". */
const ORG_WORD_PAIRS: readonly (readonly [string, string])[] = [
  ['co', 'op'],
  ['co', 'operative'],
  ['co', 'operatives'],
];

// Legal forms that are also surnames or words (Sá, Na, Co, Pa …) mark an
// organisation only when written as one: dotted ("S.A.") or in capitals ("PC").
const AMBIGUOUS_FORMS = new Set('sa se na pa ab ag as kk nv bv oy co lp pc sl kg lc'.split(' '));

/** True when a name reads as an organisation: a legal form, "&", or a word like "Properties" or "Bank". */
export function looksLikeOrganisation(raw: string): boolean {
  if (/[&@]/.test(raw)) return true;
  const ts = orgTokens(raw);
  if (!ts.length) return false;
  for (const f of FORMS_BY_LAST.get(ts[ts.length - 1]!) ?? []) {
    if (f.length > 1 ? endsWith(ts, f) : ts.length > 1 && !AMBIGUOUS_FORMS.has(f[0]!)) return true;
  }
  if (ts.length > 1 && AMBIGUOUS_FORMS.has(ts[ts.length - 1]!) && /(?:\b\p{L}\.\s?\p{L}\.?|\b\p{Lu}{2}\.?|\bCo\.)\s*$/u.test(raw.trim()))
    return true;
  if (ts.length >= 3 && SURNAME_ORG_WORDS.has(ts[ts.length - 1]!)) return true;
  if (ts.some((t, i) => ORG_WORDS.has(t) || ORG_WORD_PAIRS.some(([a, b]) => t === a && ts[i + 1] === b))) return true;
  return ts.length >= 3 && ts.includes('and');
}

/** Any two names, each read as a person or an organisation. */
export function compareNames(a: string, b: string): NameMatch | null {
  // The floor: names that normalise alike are always an exact match.
  const na = normaliseName(a);
  if (na && na === normaliseName(b)) return { strength: 'exact', reason: looksLikeOrganisation(a) ? 'same-org' : 'same-name' };
  const aOrg = looksLikeOrganisation(a);
  const bOrg = looksLikeOrganisation(b);
  if (aOrg || bOrg) {
    const x = parseOrgName(a);
    const y = parseOrgName(b);
    const org = x && y ? compareOrgNames(x, y) : null;
    if (org || (aOrg && bOrg)) return org;
  }
  const x = parsePersonName(a);
  const y = parsePersonName(b);
  return x && y ? comparePersonNames(x, y) : null;
}

/** The key under which an exact person match is indexed (both spellings). */
export function personKeys(p: PersonName): string[] {
  const a = p.tokens.join(' ');
  const b = p.alt.join(' ');
  return a === b ? [a] : [a, b];
}

/** Aliases in one party name: "Harbor Properties LLC d/b/a Harbor Rentals" → both names. */
export function splitAliases(raw: string): string[] {
  return raw
    .split(/\s*,?\s+\b(?:d\/b\/a|dba|f\/k\/a|fka|a\/k\/a|aka|n\/k\/a|nka|formerly known as|doing business as|also known as)\b\.?\s*/i)
    .map((s) => s.trim().replace(/^[,;]\s*|[,;]\s*$/g, ''))
    .filter(Boolean);
}
