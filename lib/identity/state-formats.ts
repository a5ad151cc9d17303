// State trial and appellate case numbers, one table per state, each row a real
// format with where it was seen. case-number.ts turns these into keys
// `case:<ST>:<core>`: the state is always part of the key, so two states
// printing the same shape (Florida's and Illinois's `2019-CA-001234`) never
// collide; counties that repeat each other's numbers are told apart by court
// (courts.ts, court-match.ts).
//
// A row's `re` is matched against the number as printed: upper case, unicode
// dashes as "-", one space at most between parts. Its level says where a match
// is trusted:
//   free   distinctive enough to find in a page's free text;
//   typed  a whole case-number field or what a user typed as a case number,
//          whatever the state;
//   court  only with this state's court known (the page's host, or the
//          matter's court): all-digit shapes that are also dates, ZIP+4 or
//          order numbers elsewhere.
// The key's core is the row's `core` groups (default: the whole match) with
// everything but letters and digits removed: courts and users print the same
// number with and without hyphens (MSC18-00717 / MSC1800717).
//
// Sources: FORMATS.md (workspace facts, 2026-11) and court pages, each named
// on its row. "shape" marks a format seen described with a made-up example:
// such a row is 'free' only when its letters and separators sit in fixed places
// that nothing else on a portal page prints (WA `19-2-04567-31` needs a
// case-type digit 1–9 and a county number 01–39); otherwise 'typed' or 'court'.

export type Level = 'free' | 'typed' | 'court';

export interface StateFormat {
  /** The pattern without anchors, for the free-text search. */
  src: string;
  re: RegExp;
  level: Level;
  /** Groups that identify the case; suffixes that change (defendant, courthouse) are left out. */
  core?: (m: RegExpExecArray) => string;
  /** Typed without its hyphens too (MSC1800717): courts print both. */
  loose?: boolean;
  examples: string[];
  source: string;
}

const Y4 = '(?:19|20)\\d\\d';
const f = (src: string, level: Level, examples: string[], source: string, core?: StateFormat['core'], loose?: boolean): StateFormat => ({
  src,
  re: new RegExp(`^(?:${src})$`),
  level,
  examples,
  source,
  ...(core ? { core } : {}),
  ...(loose ? { loose } : {}),
});

export const STATE_FORMATS: Record<string, StateFormat[]> = {
  CA: [
    f('\\d\\d[A-Z]{4}\\d{5}', 'free', ['22STCV11897', '23SMCV00021', '17CECG03259'], 'HOST-PAGES.md (Los Angeles, Fresno dockets)'), // i18n-ignore: source citations for developers, not shown
    // Statewide CMS (San Diego and others): the case-category, type and
    // courthouse groups are dropped — the courthouse changes when a case moves.
    f('(0[1-9]|[1-4]\\d|5[0-8])-(' + Y4 + ')-(\\d{8})(?:-[A-Z]{2,4}){0,3}', 'free', ['37-2023-00008265-CU-TT-CTL'], 'HOST-PAGES.md (San Diego)', (m) => `${m[1]}-${m[2]}-${m[3]}`), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d[A-Z]{2}\\d{5,6}', 'free', ['23CV00274', '17FL002438', '18CV001704'], 'HOST-PAGES.md (Sonoma); the saved Napa register of actions'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{3}-\\d\\d-\\d{6}', 'free', ['CGC-10-501886'], 'HOST-PAGES.md (San Francisco)', undefined, true), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{3}\\d\\d-\\d{5}', 'free', ['MSC18-00717'], 'HOST-PAGES.md (Contra Costa)', undefined, true), // i18n-ignore: source citations for developers, not shown
    // The sequence never starts with 0 here: Bates numbers (ABC000123) do.
    f('[A-Z]{2,3}[1-9]\\d{5}', 'free', ['BC123456', 'VCU294271'], 'HOST-PAGES.md (older Los Angeles, Tulare)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]\\d{7,8}', 'typed', ['F17901234'], 'HOST-PAGES.md (older letter + digit forms)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{2,4}-\\d\\d-\\d{1,6}', 'court', ['CVFL-17-1234', 'CVFL171234'], 'FORMATS.md §3 (Sutter portal help, court-scraper)', undefined, true), // i18n-ignore: source citations for developers, not shown
  ],
  TX: [
    f('[A-Z]-\\d-[A-Z]{2}-\\d\\d-\\d{4,6}', 'free', ['D-1-GN-15-004336'], 'FORMATS.md §3 (Travis County district clerk)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]\\d\\d-\\d{5}-[A-Z]{1,2}', 'free', ['F02-72304-UM'], 'FORMATS.md §3 (Dallas County criminal)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + '[A-Z]{2}\\d{5}', 'free', ['2023CI09762'], 'FORMATS.md §3 (Bexar County)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d-[A-Z]{2}-\\d{4}', 'free', ['18-CV-0818'], 'FORMATS.md §3 (Galveston County)'), // i18n-ignore: source citations for developers, not shown
    f('(0[1-9]|1[0-5])-\\d\\d-\\d{5}-(?:CV|CR)', 'free', ['05-25-00919-CV'], 'FORMATS.md §3 (Texas courts of appeals)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + '-\\d{5}', 'court', ['2023-17218'], 'FORMATS.md §3 (Harris County civil)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{2}-\\d\\d-\\d{5}', 'court', ['DC-19-12345'], 'FORMATS.md §3, shape (Dallas civil, not confirmed)'), // i18n-ignore: source citations for developers, not shown
  ],
  GA: [
    f('[A-Z]{2,5}\\d\\d-\\d{5}', 'free', ['MGCV21-10234', 'SPCV21-00123'], 'FORMATS.md §3, shape (Chatham County magistrate / superior civil)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d[A-Z]\\d{5,6}', 'court', ['20D12345'], 'FORMATS.md §3, shape (DeKalb County, Odyssey)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + 'CV\\d{6}', 'typed', ['2020CV123456'], 'shape (Fulton County superior civil)'),
  ],
  WA: [
    // Year, case-type digit, sequence, county number (31 = Snohomish): the county is part of the number.
    f('\\d\\d-[1-9]-\\d{5}-(?:0[1-9]|[12]\\d|3\\d)', 'free', ['19-2-04567-31'], 'FORMATS.md §3, shape (superior courts)'), // i18n-ignore: source citations for developers, not shown
    f('\\d{5,6}-\\d-I{1,3}', 'court', ['81234-5-I'], 'shape (Court of Appeals, division in roman numerals)'),
  ],
  NV: [
    f('[A-Z]-\\d\\d-\\d{6}-[A-Z0-9]', 'free', ['A-20-123456-C'], 'Eighth Judicial District Court (Clark County), AO 20-10 e-mail instructions: "A-20-123456-C"'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{2}\\d\\d-\\d{5}', 'court', ['CV19-01234'], 'FORMATS.md §3 list, shape (Washoe County)'), // i18n-ignore: source citations for developers, not shown
  ],
  IN: [
    f('\\d\\d[A-Z]\\d\\d-\\d{4}-[A-Z]{2}-\\d{1,6}', 'free', ['49D01-1610-PL-36015'], 'FORMATS.md §3 (Indiana uniform case number)'), // i18n-ignore: source citations for developers, not shown
  ],
  IL: [
    f(Y4 + '-[A-Z]{1,2}-\\d{6}', 'free', ['2019-L-001234', '2019-CH-012345'], 'shape (Cook County: year, division letters, sequence)'),
    f(Y4 + ' ?[A-Z]{1,2} ?\\d{4,6}', 'court', ['2019 L 001234', '2019CH12345'], 'shape (Cook County, printed without hyphens)'),
  ],
  FL: [
    // Party and courthouse suffixes (-A defendant, -O Orange County) are dropped.
    f('(' + Y4 + ')-([A-Z]{2})-(\\d{6})(?:-[A-Z]{1,2}){0,2}', 'free', ['2017-CA-001261', '2021-CF-013496-A-O'], 'FORMATS.md §3 (Florida trial courts)', (m) => m[1]! + m[2]! + m[3]!), // i18n-ignore: source citations for developers, not shown
    // Uniform Case Number: county, year, type, sequence, party/branch; the same case as its short form.
    f('\\d\\d(' + Y4 + ')([A-Z]{2})(\\d{6})[0-9A-Z]{6}', 'free', ['522019CF000140000APC'], 'FORMATS.md §3 (Florida Uniform Case Number)', (m) => m[1]! + m[2]! + m[3]!), // i18n-ignore: source citations for developers, not shown
  ],
  CO: [
    f(Y4 + '[A-Z]{2}\\d{3,6}', 'free', ['2024CR1025', '2009CW100'], 'Colorado Judicial Branch docket search and water court rules, as quoted by legalclarity.org (2026)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d(?:SC|CA)\\d{3,4}', 'free', ['22SC712', '23CA0292'], 'FORMATS.md §3 (Colorado Supreme Court, Court of Appeals)'), // i18n-ignore: source citations for developers, not shown
  ],
  NM: [
    // D(istrict) / M(agistrate), three-digit court code, category, year + sequence (7 digits before 2000, 9 since).
    f('[DM]-\\d{3}-[A-Z]{2}-(?:\\d{7}|' + Y4 + '-?\\d{5})', 'free', ['D-101-CV-9801525', 'D-101-CV-2019-01525'], 'First Judicial District Court of New Mexico, "Case Numbers" (clerk\'s office page)'), // i18n-ignore: source citations for developers, not shown
    f('[AS]-1-(?:CA|SC)-\\d{5}', 'free', ['A-1-CA-12345'], 'shape (Court of Appeals / Supreme Court)'),
  ],
  AZ: [
    f('([A-Z]{2}' + Y4 + '-\\d{6})(?:-\\d{3})?', 'free', ['CV2019-012345', 'CR2019-123456-001'], 'shape (Maricopa County superior court; -001 is the defendant)', (m) => m[1]!),
    f('\\d CA-[A-Z]{2} \\d\\d-\\d{4}', 'typed', ['1 CA-CV 19-0123'], 'shape (Court of Appeals)'),
  ],
  MN: [
    f('\\d\\d-[A-Z]{2,3}-\\d\\d-\\d{1,6}', 'free', ['27-CV-19-12345'], 'shape (district courts: county number, case type, year, sequence)'),
    f('A\\d\\d-\\d{4}', 'court', ['A19-1234', 'A06-894'], 'Minnesota Court of Appeals opinion "A06-894" (2007)'), // i18n-ignore: source citations for developers, not shown
  ],
  MD: [
    f('[CD]-\\d\\d-[A-Z]{2}-\\d\\d-\\d{6}', 'free', ['C-02-CV-19-001234'], 'shape (MDEC circuit and district courts)'),
    f('D\\d{3}[A-Z]{2}\\d{8}', 'free', ['D071CV24001234'], 'Maryland Judiciary Case Search example as quoted by winenfood.com (2026)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d-[A-Z]-\\d\\d-\\d{6}', 'free', ['24-C-19-001234', '03-C-03-004567'], 'Circuit Court for Baltimore County "Case No 03-C-03…" (dochub form title), shape'), // i18n-ignore: source citations for developers, not shown
  ],
  NY: [
    // Index numbers repeat across counties: the court (county) tells them apart.
    f('\\d{5,6}/' + Y4, 'court', ['154321/2019', '12345/2025'], '22 NYCRR 202.5(a); "12345/2025" as quoted by legalclarity.org from the NY courts'),
    f('APL-' + Y4 + '-\\d{5}', 'free', ['APL-2024-00177'], 'FORMATS.md §3 (Court of Appeals)'), // i18n-ignore: source citations for developers, not shown
  ],
};

/** Every state with a table, in order. */
export const TABLE_STATES = Object.keys(STATE_FORMATS);
