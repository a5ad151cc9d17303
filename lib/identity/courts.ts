// Court names → court ids, so a matter's court (as typed, or as read from a
// page) can be compared with the court of the page a number is seen on.
//
// Ids:
//   federal   PACER's court ids, which are also its hosts (ecf.<id>.uscourts.gov)
//             and CourtListener's for districts: district `<st>[n|s|e|w|c|m]d`
//             ("cand", "mad"), bankruptcy the same ending in b ("nysb", "neb"),
//             courts of appeals ca1…ca11, cadc, cafc; jpml, cit, cofc.
//   state     `<st>` for a state's courts as a whole ("ga"), `<st>-<county>` for
//             one county's ("ca-los-angeles", "ga-dekalb").
// A court's system is "US" for federal ids and the upper-case state otherwise;
// case-number keys carry the same system (case-number.ts).
//
// Precision first: a name that could be two courts ("Chatham County": GA or NC;
// "Northern District" without a state) is null, never a guess.

/** States and territories: code, name, Bluebook abbreviation, federal districts (letters; '' = one district). */
const STATES: [string, string, string, string][] = [
  ['al', 'alabama', 'ala', 'nms'], ['ak', 'alaska', 'alaska', ''], ['az', 'arizona', 'ariz', ''], ['ar', 'arkansas', 'ark', 'ew'],
  ['ca', 'california', 'cal', 'necs'], ['co', 'colorado', 'colo', ''], ['ct', 'connecticut', 'conn', ''], ['de', 'delaware', 'del', ''],
  ['dc', 'district of columbia', 'd.c', ''], ['fl', 'florida', 'fla', 'nms'], ['ga', 'georgia', 'ga', 'nms'], ['hi', 'hawaii', 'haw', ''],
  ['id', 'idaho', 'idaho', ''], ['il', 'illinois', 'ill', 'ncs'], ['in', 'indiana', 'ind', 'ns'], ['ia', 'iowa', 'iowa', 'ns'],
  ['ks', 'kansas', 'kan', ''], ['ky', 'kentucky', 'ky', 'ew'], ['la', 'louisiana', 'la', 'emw'], ['me', 'maine', 'me', ''],
  ['md', 'maryland', 'md', ''], ['ma', 'massachusetts', 'mass', ''], ['mi', 'michigan', 'mich', 'ew'], ['mn', 'minnesota', 'minn', ''],
  ['ms', 'mississippi', 'miss', 'ns'], ['mo', 'missouri', 'mo', 'ew'], ['mt', 'montana', 'mont', ''], ['ne', 'nebraska', 'neb', ''],
  ['nv', 'nevada', 'nev', ''], ['nh', 'new hampshire', 'n.h', ''], ['nj', 'new jersey', 'n.j', ''], ['nm', 'new mexico', 'n.m', ''],
  ['ny', 'new york', 'n.y', 'nesw'], ['nc', 'north carolina', 'n.c', 'emw'], ['nd', 'north dakota', 'n.d', ''], ['oh', 'ohio', 'ohio', 'ns'],
  ['ok', 'oklahoma', 'okla', 'new'], ['or', 'oregon', 'or', ''], ['pa', 'pennsylvania', 'pa', 'emw'], ['ri', 'rhode island', 'r.i', ''],
  ['sc', 'south carolina', 's.c', ''], ['sd', 'south dakota', 's.d', ''], ['tn', 'tennessee', 'tenn', 'emw'], ['tx', 'texas', 'tex', 'nesw'],
  ['ut', 'utah', 'utah', ''], ['vt', 'vermont', 'vt', ''], ['va', 'virginia', 'va', 'ew'], ['wa', 'washington', 'wash', 'ew'],
  ['wv', 'west virginia', 'w. va', 'ns'], ['wi', 'wisconsin', 'wis', 'ew'], ['wy', 'wyoming', 'wyo', ''], ['pr', 'puerto rico', 'p.r', ''],
  ['gu', 'guam', 'guam', ''], ['vi', 'virgin islands', 'v.i', ''],
];
const BY_CODE = new Map(STATES.map((s) => [s[0], s]));
/** Every state's and territory's system ("CA", "DC", "PR"), as case-number keys carry it. */
export const STATE_SYSTEMS: readonly string[] = STATES.map((s) => s[0].toUpperCase());

// California's 58 counties: "Los Angeles Superior" names its state only through its county.
const CA_COUNTIES =
  'alameda alpine amador butte calaveras colusa contra_costa del_norte el_dorado fresno glenn humboldt imperial inyo kern kings lake lassen los_angeles madera marin mariposa mendocino merced modoc mono monterey napa nevada orange placer plumas riverside sacramento san_benito san_bernardino san_diego san_francisco san_joaquin san_luis_obispo san_mateo santa_barbara santa_clara santa_cruz shasta sierra siskiyou solano sonoma stanislaus sutter tehama trinity tulare tuolumne ventura yolo yuba';
const CA_COUNTY = new RegExp(`\\b(${CA_COUNTIES.split(' ').sort((a, b) => b.length - a.length).join('|').replace(/_/g, ' ')})\\b`);

const CIRCUITS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh'.split(' ');
const DIRS: Record<string, string> = { north: 'n', south: 's', east: 'e', west: 'w', central: 'c', middle: 'm' };
const OTHER_FEDERAL = new Set(['jpml', 'cit', 'cofc', 'cadc', 'cafc', 'nmid']);

/** Every federal court id: districts, bankruptcy courts, courts of appeals, national courts. */
export const FEDERAL_COURTS: ReadonlySet<string> = new Set([
  ...STATES.flatMap(([st, , , dirs]) => (dirs ? [...dirs].flatMap((d) => [`${st}${d}d`, `${st}${d}b`]) : [`${st}d`, `${st}b`])),
  ...Array.from({ length: 11 }, (_, i) => `ca${i + 1}`),
  ...OTHER_FEDERAL,
]);

export type CourtKind = 'district' | 'bankruptcy' | 'appeals' | 'other' | 'state';

export function courtKind(id: string): CourtKind {
  if (!FEDERAL_COURTS.has(id)) return 'state';
  if (/^ca(\d+|dc|fc)$/.test(id)) return 'appeals';
  if (OTHER_FEDERAL.has(id)) return 'other';
  return id.endsWith('b') ? 'bankruptcy' : 'district';
}

/** "US" for federal courts, the upper-case state for state courts. */
export const courtSystem = (id: string): string => (FEDERAL_COURTS.has(id) ? 'US' : id.split('-')[0]!.toUpperCase());

const slug = (s: string) => s.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A state court id for a state code and optional county name ("ca", "Los Angeles" → "ca-los-angeles"). */
export const stateCourt = (st: string, county?: string): string => (county && slug(county) ? `${st}-${slug(county)}` : st);

function federalDistrict(st: string, dir: string, bankruptcy: boolean): string | null {
  const dirs = BY_CODE.get(st)?.[3];
  if (dirs === undefined || (dirs ? !dirs.includes(dir) : dir !== '')) return null;
  return `${st}${dir}${bankruptcy ? 'b' : 'd'}`;
}

// Every state's name and abbreviation forms, compiled once.
let FORMS: [string, number, RegExp][] | undefined;
const forms = () =>
  (FORMS ??= STATES.flatMap(([st, name, abbr]) =>
    [name, `${abbr}.`, abbr.includes('.') ? abbr : '']
      .filter((form) => form.length >= 3)
      .map((form) => [st, form.length, new RegExp(`(^|[^a-z.])${form.replace(/[.]/g, '\\.').replace(/ /g, '\\s*')}(?![a-z])`)] as [string, number, RegExp]),
  ));

/** The state a text names, by full name or Bluebook abbreviation (longest first), with the rest of the text. */
function findState(t: string): { st: string; rest: string } | null {
  let best: { st: string; at: number; len: number } | null = null;
  for (const [st, , re] of forms()) {
    const m = re.exec(t);
    const len = m ? m[0].length - m[1]!.length : 0;
    if (m && (!best || len > best.len)) best = { st, at: m.index + m[1]!.length, len };
  }
  // "DeKalb GA", "Clark County, NV": a trailing two-letter code.
  if (!best) {
    const m = /(?:^|[\s,(])([a-z]{2})\)?$/.exec(t);
    if (m && BY_CODE.has(m[1]!) && t.length > 3) best = { st: m[1]!, at: t.length - m[1]!.length - (t.endsWith(')') ? 1 : 0), len: 2 };
  }
  return best && { st: best.st, rest: `${t.slice(0, best.at)} ${t.slice(best.at + best.len)}` };
}

const COURT_WORDS =
  /\b(the|of|for|in|and|state|county|city|parish|borough|superior|supreme|district|circuit|magistrate|municipal|justice|justices|probate|family|civil|criminal|juvenile|court|courts|division|judicial|dept|department|chancery|law|clerk|unified|trial|general|sessions|common|pleas|claims|small|st|nd|rd|th|\d+)\b/g;

/**
 * A court id for a court's name, abbreviation or id, or null when the text
 * does not name one court. "N.D. Cal.", "CAND", "Northern District of
 * California", "U.S. District Court, California Northern District (Oakland)"
 * → "cand"; "Bankr. S.D.N.Y." → "nysb"; "9th Cir." → "ca9"; "Los Angeles
 * Superior" → "ca-los-angeles"; "DeKalb GA" → "ga-dekalb"; "Texas" → "tx".
 */
export function normaliseCourt(raw: string | null | undefined): string | null {
  const key = raw ?? '';
  let id = CACHE.get(key);
  if (id === undefined) {
    // A page asks about the same few courts thousands of times (one per number).
    if (CACHE.size > 500) CACHE.clear();
    CACHE.set(key, (id = readCourt(key)));
  }
  return id;
}
const CACHE = new Map<string, string | null>();

function readCourt(raw: string): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return null;
  const t = text.toLowerCase();
  // An id as typed, or as Rapport stores it ("cand", "ca-los-angeles").
  if (FEDERAL_COURTS.has(t)) return t;
  const id = /^([a-z]{2})(?:-([a-z0-9-]+))?$/.exec(t);
  if (id && BY_CODE.has(id[1]!)) return stateCourt(id[1]!, id[2]?.replace(/-/g, ' '));

  if (/multidistrict litigation|\bjpml\b/.test(t)) return 'jpml';
  if (/international trade/.test(t)) return 'cit';
  if (/federal claims/.test(t)) return 'cofc';
  // Courts of appeals: "9th Cir.", "Ninth Circuit", "Court of Appeals for the D.C. Circuit".
  if (/\bcir(cuit)?\b\.?/.test(t) && !/\bcounty\b|circuit court/.test(t)) {
    if (/d\.?\s?c\.? cir/.test(t)) return 'cadc';
    if (/fed(eral|\.)? cir/.test(t)) return 'cafc';
    const n = /\b(\d{1,2})(?:st|nd|rd|th) cir/.exec(t)?.[1] ?? String(CIRCUITS.findIndex((w) => new RegExp(`\\b${w} cir`).test(t)) + 1);
    return +n >= 1 && +n <= 11 ? `ca${+n}` : null;
  }

  const bankruptcy = /\bbankr/.test(t);
  // Direction: "Northern District", "N.D.", "S.D.N.Y." (dots kept on purpose: "U.S." must not read as one).
  const dotted = /(?:^|[\s,(])([nsewcm])\.\s?d\./.exec(t);
  const worded = /\b(north|south|east|west|central|middle)(?:ern)? district\b|\bdistrict[ ,]+(north|south|east|west|central|middle)(?:ern)?\b/.exec(t) ??
    /\b(north|south|east|west|central|middle)(?:ern)?\b(?=.*\bdistrict\b)/.exec(t);
  const dir = dotted ? dotted[1]! : worded ? DIRS[(worded[1] ?? worded[2])!]! : '';
  const federalWords = /\bu\.?\s?s\.?\b|united states|federal|\bbankr|(?:^|\s)d\.|\bdistrict of\b/.test(t);
  const stateWords = /\bcounty\b|\bparish\b|judicial district|superior|magistrate|municipal|circuit court|chancery|state court/.test(t);
  const st = findState(t.replace(/(?:^|[\s,(])[nsewcm]\.\s?d\./, ' ').replace(/^d\.\s?/, ' '));

  if ((dir || federalWords) && !stateWords && st && (/\bdistrict\b|(?:^|\s)d\.|\bbankr/.test(t) || dir)) {
    const d = federalDistrict(st.st, dir, bankruptcy);
    if (d) return d;
    return null;
  }
  // A compact id-like form: "NDCAL", "SDNY".
  const compact = /^(?:bankr\.?\s?)?([nsewcm])\.?d\.?\s?([a-z.]{2,6})$/.exec(t.replace(/\s+/g, ' '));
  if (compact) {
    const s = STATES.find(([, , abbr]) => abbr.replace(/[. ]/g, '') === compact[2]!.replace(/[.]/g, ''));
    if (s) return federalDistrict(s[0], compact[1]!, bankruptcy);
  }

  // State courts: a county (California's by name), a state, or both.
  const ca = CA_COUNTY.exec(t);
  if (!st) return ca && /superior/.test(t) ? stateCourt('ca', ca[1]) : null;
  if (st.st === 'ca' && ca) return stateCourt('ca', ca[1]);
  const county = /\bcounty of ([a-z .'-]+?)(?:$|[,()-])|([a-z .'-]+?) county\b/.exec(st.rest);
  const name = (county ? (county[1] ?? county[2])! : st.rest).replace(/[^a-z ]+/g, ' ').replace(COURT_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (!name) return stateCourt(st.st);
  return name.split(' ').length <= 3 ? stateCourt(st.st, name) : null;
}

/**
 * May a number seen in `page` court belong to a matter in `matter` court?
 * Unknown on either side: yes (the caller shows every holder, never picks one).
 * A state's courts as a whole ("ca") cover each of its counties.
 */
export function courtsCompatible(page: string | null | undefined, matter: string | null | undefined): boolean {
  if (!page || !matter || page === matter) return true;
  if (FEDERAL_COURTS.has(page) || FEDERAL_COURTS.has(matter)) return false;
  // County names compare without their spaces: Tyler's host "txsanjacintoportal" and "San Jacinto County, Texas".
  const [a, b] = [page, matter].map((c) => c.slice(0, 2) + c.slice(2).replace(/-/g, '')).sort((x, y) => x.length - y.length) as [string, string];
  return a === b || (a.length === 2 && b.startsWith(a));
}

/** State codes with their names, for the catalogue and the options page. */
export const stateName = (st: string): string | undefined => {
  const n = BY_CODE.get(st)?.[1];
  return n && n.replace(/\b\w/g, (c) => c.toUpperCase());
};
