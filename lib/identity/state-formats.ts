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

// Numbers printed alone in running text and with a suffix after a space in a field.
const AK_SUPERIOR = '[1-4][A-Z]{2}-\\d\\d-\\d{4,5}';
const DE_SUPERIOR = '[NKS]\\d\\d[A-Z]-\\d\\d-\\d{3}';
// Maine's Law Court dockets: a county (or BCD, the Business and Consumer Docket), as capitals or capitalised.
const ME_DOCKETS = ['AND', 'ARO', 'BCD', 'CUM', 'FRA', 'HAN', 'KEN', 'KNO', 'LIN', 'OXF', 'PEN', 'PIS', 'SAG', 'SOM', 'WAL', 'WAS', 'YOR']
  .flatMap((c) => [c, c[0] + c.slice(1).toLowerCase()])
  .join('|');
// Montana district courts: an optional department letter, DV civil, DC criminal, DR domestic relations, DI involuntary commitment.
const MT_DISTRICT = '[A-D]?D[CIRV]';

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
    // Supreme Court and Courts of Appeal (district letter A–H): a letter and six digits, also a part number's shape, so from a field only.
    f('S\\d{6}', 'typed', ['S178320', 'S218597'], 'California Supreme Court numbers in opinion captions (In re Baycol Cases; DKN Holdings v. Faerber)'), // i18n-ignore: source citations for developers, not shown
    f('[A-H]\\d{6}', 'typed', ['A132136', 'B206750', 'D054065', 'G052931'], 'California Courts of Appeal numbers in opinion captions (Bourhis v. Lord; People v. Superior Court (Tejeda))'), // i18n-ignore: source citations for developers, not shown
  ],
  TX: [
    f('[A-Z]-\\d-[A-Z]{2}-\\d\\d-\\d{4,6}', 'free', ['D-1-GN-15-004336'], 'FORMATS.md §3 (Travis County district clerk)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]\\d\\d-\\d{5}-[A-Z]{1,2}', 'free', ['F02-72304-UM'], 'FORMATS.md §3 (Dallas County criminal)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + '[A-Z]{2}\\d{5}', 'free', ['2023CI09762'], 'FORMATS.md §3 (Bexar County)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d-[A-Z]{2}-\\d{4}', 'free', ['18-CV-0818'], 'FORMATS.md §3 (Galveston County)'), // i18n-ignore: source citations for developers, not shown
    f('(0[1-9]|1[0-5])-\\d\\d-\\d{5}-(?:CV|CR)', 'free', ['05-25-00919-CV'], 'FORMATS.md §3 (Texas courts of appeals)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + '-\\d{5}', 'court', ['2023-17218'], 'FORMATS.md §3 (Harris County civil)'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{2}-\\d\\d-\\d{5}', 'court', ['DC-19-12345'], 'FORMATS.md §3, shape (Dallas civil, not confirmed)'), // i18n-ignore: source citations for developers, not shown
    // Court of Criminal Appeals: petitions for discretionary review; writ and capital-appeal numbers carry a thousands comma, so from a field only.
    f('PD-\\d{4}-\\d\\d', 'free', ['PD-0435-11', 'PD-0323-05'], 'Texas Court of Criminal Appeals opinions (ecases.us; Kniatt v. State, casetext)'), // i18n-ignore: source citations for developers, not shown
    f('WR-\\d\\d,?\\d{3}-\\d\\d|AP-\\d\\d,?\\d{3}', 'typed', ['WR-76,884-01', 'WR-71784-04', 'AP-74,951'], 'Texas Court of Criminal Appeals writ and capital-appeal numbers (ecases.us; Ex parte Crutchfield, casetext)'), // i18n-ignore: source citations for developers, not shown
  ],
  GA: [
    f('[A-Z]{2,5}\\d\\d-\\d{5}', 'free', ['MGCV21-10234', 'SPCV21-00123'], 'FORMATS.md §3, shape (Chatham County magistrate / superior civil)'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d[A-Z]\\d{5,6}', 'court', ['20D12345'], 'FORMATS.md §3, shape (DeKalb County, Odyssey)'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + 'CV\\d{6}', 'typed', ['2020CV123456'], 'shape (Fulton County superior civil)'),
    // Supreme Court (S) and Court of Appeals (A): year, type letter, four digits.
    f('[SA]\\d\\d[A-Z]\\d{4}', 'free', ['S21G0459', 'S19A1281', 'A21A0259', 'A12A0174'], 'Georgia Supreme Court and Court of Appeals captions (Bell v. Hargrove; Bryson v. State)'), // i18n-ignore: source citations for developers, not shown
  ],
  WA: [
    // Year, case-type digit, sequence, county number (31 = Snohomish): the county is part of the number.
    f('\\d\\d-[1-9]-\\d{5}-(?:0[1-9]|[12]\\d|3\\d)', 'free', ['19-2-04567-31'], 'FORMATS.md §3, shape (superior courts)'), // i18n-ignore: source citations for developers, not shown
    // Court of Appeals: number, check digit, division in roman numerals; the Supreme Court's has no division, so from a field only.
    f('\\d{5,6}-\\d-I{1,3}', 'free', ['42643-9-II', '58416-2-I'], 'Washington Court of Appeals opinions (law.justia.com; ecases.us)'), // i18n-ignore: source citations for developers, not shown
    f('\\d{5,6}-\\d', 'typed', ['83277-3', '89881-2'], 'Washington Supreme Court opinions (law.justia.com: "No. 83277-3")'), // i18n-ignore: source citations for developers, not shown
  ],
  NV: [
    f('[A-Z]-\\d\\d-\\d{6}-[A-Z0-9]', 'free', ['A-20-123456-C'], 'Eighth Judicial District Court (Clark County), AO 20-10 e-mail instructions: "A-20-123456-C"'), // i18n-ignore: source citations for developers, not shown
    f('[A-Z]{2}\\d\\d-\\d{5}', 'court', ['CV19-01234'], 'FORMATS.md §3 list, shape (Washoe County)'), // i18n-ignore: source citations for developers, not shown
  ],
  IN: [
    f('\\d\\d[A-Z]\\d\\d-\\d{4}-[A-Z]{2}-\\d{1,6}', 'free', ['49D01-1610-PL-36015'], 'FORMATS.md §3 (Indiana uniform case number)'), // i18n-ignore: source citations for developers, not shown
    // Court of Appeals (A) and Supreme Court (S) since about 2020: year, court, case type, sequence.
    f('\\d\\d[AS]-[A-Z]{2}-\\d{1,5}', 'free', ['21A-CR-2471', '22S-CR-285'], 'Indiana appellate opinion lists (The Indiana Lawyer)'), // i18n-ignore: source citations for developers, not shown
  ],
  IL: [
    f(Y4 + '-[A-Z]{1,2}-\\d{6}', 'free', ['2019-L-001234', '2019-CH-012345'], 'shape (Cook County: year, division letters, sequence)'),
    f(Y4 + ' ?[A-Z]{1,2} ?\\d{4,6}', 'court', ['2019 L 001234', '2019CH12345'], 'shape (Cook County, printed without hyphens)'),
    // Appellate Court: district, year, sequence; also a date's shape, so only with an Illinois court known.
    f('[1-5]-\\d\\d-\\d{4}', 'court', ['5-18-0332'], 'Alward v. Jacob Holding (Ill. App.): "NO. 5-18-0332"'), // i18n-ignore: source citations for developers, not shown
  ],
  FL: [
    // Party and courthouse suffixes (-A defendant, -O Orange County) are dropped.
    f('(' + Y4 + ')-([A-Z]{2})-(\\d{6})(?:-[A-Z]{1,2}){0,2}', 'free', ['2017-CA-001261', '2021-CF-013496-A-O'], 'FORMATS.md §3 (Florida trial courts)', (m) => m[1]! + m[2]! + m[3]!), // i18n-ignore: source citations for developers, not shown
    // Uniform Case Number: county, year, type, sequence, party/branch; the same case as its short form.
    f('\\d\\d(' + Y4 + ')([A-Z]{2})(\\d{6})[0-9A-Z]{6}', 'free', ['522019CF000140000APC'], 'FORMATS.md §3 (Florida Uniform Case Number)', (m) => m[1]! + m[2]! + m[3]!), // i18n-ignore: source citations for developers, not shown
    // Supreme Court (SC) and the District Courts of Appeal (1D–6D): year (two digits before 2023, four since), sequence.
    f('SC(?:\\d\\d|' + Y4 + ')-\\d{1,4}', 'free', ['SC17-152', 'SC2023-0261'], 'Florida Supreme Court opinions (cetient; Avatar Props. v. Gundel, casetext)'), // i18n-ignore: source citations for developers, not shown
    f('[1-6]D(?:\\d\\d|' + Y4 + ')-\\d{1,4}', 'free', ['1D16-3940', '4D21-2227', '6D2023-170'], 'Florida District Courts of Appeal opinions (cetient; casetext)'), // i18n-ignore: source citations for developers, not shown
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
    // Court of Appeals: division, type, year (Division Two once printed four digits), sequence, then a proceeding suffix (dropped).
    f('([12]) ?CA-([A-Z]{2,3}) (\\d\\d(?:\\d\\d)?)-(\\d{4})(?:[- ][A-Z]{2,4})?', 'typed', ['1 CA-CV 19-0123', '2 CA-CV 2010-0222', '1 CA-CR 19-0198 PRPC', '2 CA-CR 2014-0240-PR'], 'Arizona Court of Appeals decisions (law.justia.com; appeals2.az.gov; casetext)', (m) => `${m[1]}CA${m[2]}${m[3]}${m[4]}`), // i18n-ignore: source citations for developers, not shown
    // Supreme Court: type, year, sequence and the proceeding (PR petition for review, AP capital appeal …), which is dropped but required.
    f('([A-Z]{2}-\\d\\d-\\d{4})-(?:PR|AP|SA|CQ)', 'free', ['CR-20-0254-PR', 'CR-01-0272-AP'], 'Arizona Supreme Court opinions (Wilson v. Higgins; State v. Smith)', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
  ],
  MN: [
    f('\\d\\d-[A-Z]{2,3}-\\d\\d-\\d{1,6}', 'free', ['27-CV-19-12345'], 'shape (district courts: county number, case type, year, sequence)'),
    // Court of Appeals and Supreme Court (a case keeps its number): A, year, sequence.
    f('A\\d\\d-\\d{3,4}', 'free', ['A19-2083', 'A23-1524', 'A06-894'], 'mncourts.gov recent opinions (Supreme Court, Court of Appeals); Minnesota Court of Appeals opinion "A06-894" (2007)'), // i18n-ignore: source citations for developers, not shown
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
    // Appellate Division, Fourth Department: case type, year, sequence (printed after a calendar number, with a space or a hyphen).
    f('(?:CA|KA|KAH|CAF|TP|OP) \\d\\d[- ]\\d{5}', 'typed', ['KA 16-02147', 'CA 18-00960', 'CA 19 01099'], 'Fourth Department decision lists (docslib.org; documents.pub)'), // i18n-ignore: source citations for developers, not shown
  ],
  // The states below: shapes as their courts' public case searches and
  // clerks' pages describe them, with made-up examples ("shape").
  OK: [
    // OSCN: case type, year, sequence without leading zeros.
    f('(?:CJ|CS|CF|CM|FD|PB|SC)-' + Y4 + '-[1-9]\\d{0,5}', 'free', ['CJ-2021-2045', 'CF-2021-2712'], 'FORMATS.md §3 (Oklahoma State Courts Network)'), // i18n-ignore: source citations for developers, not shown
  ],
  WI: [
    // CCAP: year, two-letter case type, six-digit sequence (Colorado prints the same shape; the state tells them apart).
    f(Y4 + '[A-Z]{2}\\d{6}', 'free', ['2021CV003851', '2021SC000082'], 'FORMATS.md §3 (Wisconsin Circuit Court Access)'), // i18n-ignore: source citations for developers, not shown
    // Court of Appeals and Supreme Court: year, AP, sequence (courts' addresses pad it to six digits), then a type suffix (dropped).
    f('(' + Y4 + ')AP(\\d{1,6})(?:-[A-Z]{1,5})?', 'free', ['2014AP799', '2019AP448-CR', '2014AP000799'], 'Wisconsin appellate opinions (law.justia.com)', (m) => `${m[1]}AP${+m[2]!}`), // i18n-ignore: source citations for developers, not shown
  ],
  IA: [
    // Iowa Courts Online: a four-letter case type and six digits, which identify the case; the listing prints a county/court number before them.
    f('(?:LACV|EQCE|CVCV|FECR|SRCR|OWCR|SMSC)\\d{6}', 'free', ['OWCR074169', 'LACV012345'], 'FORMATS.md §3 (Iowa Courts Online)'), // i18n-ignore: source citations for developers, not shown
    f('\\d{5} +((?:LACV|EQCE|CVCV|FECR|SRCR|OWCR|SMSC)\\d{6})', 'typed', ['06571 OWCR074169'], 'FORMATS.md §3 (Iowa Courts Online, with the county/court number)', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
  ],
  OR: [
    f('\\d\\d(?:CV|CR|DR|PB|SC|LT)\\d{5}', 'free', ['21CV12345', '19DR01234'], 'shape (Oregon circuit courts, OECI: year, case type, sequence)'),
  ],
  PA: [
    // Unified Judicial System: Common Pleas and magisterial district dockets, county or court number, type, sequence, year.
    f('CP-\\d\\d-[A-Z]{2}-\\d{7}-' + Y4, 'free', ['CP-51-CR-0001234-2019'], 'shape (Pennsylvania UJS portal, Common Pleas dockets)'),
    f('MJ-\\d{5}-[A-Z]{2}-\\d{7}-' + Y4, 'free', ['MJ-05221-CR-0000123-2019'], 'shape (Pennsylvania UJS portal, magisterial district dockets)'),
    // Printed with spaces, so read from a case-number field rather than found in running text.
    f('\\d{1,4} ?(?:EDA|MDA|WDA) ?' + Y4, 'typed', ['1234 EDA 2019', '56 WDA 2021'], 'shape (Superior Court of Pennsylvania: number, district, year)'),
    // Commonwealth Court (C.D.; M.D. its original jurisdiction) and Supreme Court dockets: number, docket, year, printed with spaces.
    f('\\d{1,4} ?[CM]\\.? ?D\\.? ?' + Y4, 'typed', ['421 C.D. 2020', '943 CD 2004'], 'Commonwealth Court captions (Evans v. Pa. PUC, casetext; law.justia.com)'), // i18n-ignore: source citations for developers, not shown
    f('\\d{1,4} (?:[EMW]AP|[EMW]AL|[EMW]M) ' + Y4, 'typed', ['79 MAP 2005', '104 MM 2020', '543 MAL 2020'], 'Pennsylvania Supreme Court captions (law.justia.com; casetext)'), // i18n-ignore: source citations for developers, not shown
  ],
  NJ: [
    // eCourts: venue (county code), docket type, sequence, two-digit year.
    f('(?:ATL|BER|BUR|CAM|CPM|CUM|ESX|GLO|HUD|HNT|MER|MID|MON|MRS|OCN|PAS|SLM|SOM|SSX|UNN|WRN)-[A-Z]{1,3}-\\d{6}-\\d\\d', 'free', ['MID-L-001234-19', 'BER-C-000123-20'], 'shape (New Jersey Courts eCourts docket numbers, by county venue)'),
    f('A-\\d{4,6}-\\d\\d', 'typed', ['A-001234-18', 'A-1234-18'], 'shape (Appellate Division docket numbers)'),
    // Appellate Division with its team suffix (dropped), and the Supreme Court's term numbers.
    f('(A-\\d{4}-\\d\\d)T\\d', 'typed', ['A-4880-12T1'], 'law.justia.com, Appellate Division unpublished opinions', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
    f('A-\\d{1,3}(?:/\\d{1,3})?-\\d\\d', 'typed', ['A-84-16', 'A-85/86-16'], 'njcourts.gov, Supreme Court appeals list'), // i18n-ignore: source citations for developers, not shown
  ],
  MI: [
    // Circuit courts: year, sequence, two-letter case type (Wayne prints a two-digit year, Oakland four).
    f('(?:' + Y4 + '|\\d\\d)-\\d{6}-[A-Z]{2}', 'free', ['19-012345-CZ', '2019-172345-CB'], 'shape (Michigan circuit courts: year, sequence, case-type code)'),
  ],
  VA: [
    // Circuit and general district courts: type, year, sequence, then "-00" (the amendment number).
    f('(?:CL|CH|CR|GV|GC|GT|JA|JJ)\\d{8}-\\d\\d', 'free', ['CL19001234-00', 'GV21003456-00'], 'shape (Virginia online case information: type, year, sequence, -00)'),
    // Court of Appeals record numbers: sequence, year, region; a date can print the same, so only with a Virginia court known.
    f('\\d{4}-\\d\\d-\\d', 'court', ['1494-07-2', '2200-06-4'], 'Virginia Court of Appeals opinions (Stadter v. Siperko; law.justia.com)'), // i18n-ignore: source citations for developers, not shown
  ],
  MA: [
    // Trial court: year and court number (four digits), case type, sequence.
    f('\\d{4}(?:CV|CR|PR|SU|SC|CI|DR)\\d{4,6}', 'free', ['1984CV03333', '2281CV00123'], 'shape (Massachusetts trial court docket numbers)'),
    f('SJC-\\d{5}', 'free', ['SJC-13405'], 'shape (Supreme Judicial Court docket numbers)'),
    f('(?:\\d\\d|' + Y4 + ')-P-\\d{1,4}', 'free', ['19-P-47', '23-P-1397', '2019-P-1234'], 'Appeals Court opinions (casetext: "No. 19-P-47"); the four-digit year is a shape'), // i18n-ignore: source citations for developers, not shown
  ],
  MO: [
    // Case.net: year and circuit, then case type and sequence; St. Louis County prints "SL".
    f('\\d{4}-[A-Z]{2}\\d{5}', 'free', ['1916-CV12345'], 'shape (Missouri Case.net: year and circuit, type, sequence)'),
    f('\\d\\d[A-Z]{2}-[A-Z]{2}\\d{5}', 'free', ['22SL-CC01234'], 'shape (Missouri Case.net, St. Louis County)'),
    // Court of Appeals: district (Eastern, Western, Southern) and number, often printed with a space.
    f('(?:ED|WD|SD)\\d{5,6}', 'free', ['ED110859', 'WD43143', 'SD33173'], 'Missouri Court of Appeals opinions (casetext "No. ED 110859"; law.justia.com; ecases.us)'), // i18n-ignore: source citations for developers, not shown
  ],
  OH: [
    // Cuyahoga County Common Pleas: type, year, six-digit sequence, an optional defendant letter (dropped).
    f('((?:CV|CR)-\\d\\d-\\d{6})(?:-[A-Z])?', 'free', ['CV-19-912345', 'CR-19-123456-A'], 'shape (Cuyahoga County Common Pleas dockets)', (m) => m[1]!),
    f('(?:CV|DR|CR)-' + Y4 + '-\\d\\d-\\d{4}', 'free', ['CV-2019-01-0123'], 'shape (Summit County Common Pleas: type, year, month, sequence)'),
    // Courts of appeals: the First District (C-), the Tenth (AP-), the Fourth and Fifth (CA, from a field).
    f('C-\\d{6}', 'free', ['C-250145', 'C-230453'], 'supremecourt.ohio.gov, First District opinions'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\dAP-\\d{1,4}', 'free', ['19AP-720', '21AP-620'], 'supremecourt.ohio.gov, Tenth District opinions; casetext'), // i18n-ignore: source citations for developers, not shown
    f('(?:\\d\\d|' + Y4 + ')CA\\d{1,5}', 'typed', ['16CA3742', '2017CA00006'], 'Fourth and Fifth District opinions (law.justia.com; cetient)'), // i18n-ignore: source citations for developers, not shown
  ],
  KY: [
    f('\\d\\d-(?:CI|CR)-\\d{3,6}', 'free', ['19-CI-001234', '21-CR-00123'], 'shape (Kentucky circuit courts: year, CI civil / CR criminal, sequence)'),
    // Court of Appeals and Supreme Court: year, court, sequence (the court pads it; others print it without zeros), then a type suffix (dropped).
    f('(' + Y4 + ')-(CA|SC)-(\\d{1,6})(?:-[A-Z]{1,3})?', 'free', ['2016-CA-001470-MR', '2019-SC-0522-MR', '2019-CA-1040-MR'], 'Kentucky appellate opinions (law.justia.com; casetext)', (m) => `${m[1]}${m[2]}${+m[3]!}`), // i18n-ignore: source citations for developers, not shown
  ],
  NC: [
    // Superior (CVS, CRS) and district (CVD) court files: year, file type, sequence.
    // Also printed with spaces ("19 CVS 1234"): typed or in a case-number field, those read as this row without them.
    f('\\d\\d(?:CVS|CVD|CRS)\\d{1,6}', 'free', ['19CVS1234', '19CVD001234'], 'shape (North Carolina court file numbers)'),
    f('COA\\d\\d-\\d{1,4}', 'free', ['COA22-1006', 'COA24-822'], 'ncdrc.gov appellate opinion lists (Court of Appeals)'), // i18n-ignore: source citations for developers, not shown
  ],
  CT: [
    // Judicial district, case type and year, seven-digit sequence, "-S".
    f('[A-Z]{3}-?(?:CV|FA)-?\\d\\d-?\\d{7}-S', 'free', ['HHD-CV19-6101234-S', 'FST-CV-19-6041234-S'], 'shape (Connecticut Judicial Branch docket numbers)'),
    // Appellate (AC) and Supreme (SC) Court numbers, printed with or without a space.
    f('(?:AC|SC)\\d{5}', 'free', ['AC47303', 'SC20844'], 'jud.ct.gov law library news (appellate opinions)'), // i18n-ignore: source citations for developers, not shown
  ],
  SC: [
    f(Y4 + '-?CP-?\\d\\d-?\\d{4,5}', 'free', ['2019-CP-40-01234', '2019CP4001234'], 'shape (South Carolina Court of Common Pleas: year, CP, county number, sequence)', undefined, true),
    // Appellate Case No.: year and six digits, a plain number, so from a field only.
    f(Y4 + '-\\d{6}', 'typed', ['2019-001819', '2020-001387'], 'sccourts.org, Court of Appeals oral argument archive'), // i18n-ignore: source citations for developers, not shown
  ],
  AL: [
    // Alacourt: type, year, six-digit sequence, ".00".
    f('(?:CV|DR|CC|DC|SM)-' + Y4 + '-\\d{6}\\.\\d\\d', 'free', ['CV-2019-900123.00', 'DR-2018-000123.00'], 'shape (Alabama Alacourt case numbers)'),
    // Supreme Court since about 2022, and the Court of Criminal Appeals (whose CR- prefix other courts print too: from a field).
    f('SC-' + Y4 + '-\\d{4}', 'free', ['SC-2024-0081'], 'Crenshaw v. Sonic Drive-In (Ala.), casetext'), // i18n-ignore: source citations for developers, not shown
    f('CR-(?:\\d\\d|' + Y4 + ')-\\d{4}', 'typed', ['CR-19-0298', 'CR-2022-0966'], 'Alabama Court of Criminal Appeals decisions (afterthetrial.com; casetext)'), // i18n-ignore: source citations for developers, not shown
  ],
  // The states below: numbers as printed in court opinions' captions and on
  // clerks' and courts' own pages, each row with one it was seen in.
  TN: [
    // Appellate courts: grand division and year, sequence, court, rule, case type. The court's own lists sometimes print "_" for a "-".
    f('([EMW]' + Y4 + '-\\d{5})[-_](?:COA|CCA|SC)[-_](?:R\\d{1,2}|T\\d{1,2}B?)[-_][A-Z]{2}', 'free', ['W2022-00518-COA-R3-CV', 'M2020-00283-CCA-R3-PC', 'E2024-00213-COA-R3_CV'], 'tncourts.gov opinion lists (Court of Appeals, Court of Criminal Appeals)', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
    // Shelby County Circuit Court: "CT-0001-19" since 2019, "CT-003456-18" before; the sequence compared without its leading zeros.
    f('CT-(\\d{4,6})-(\\d\\d)', 'free', ['CT-0001-19', 'CT-003456-18'], 'shelbycountytn.gov, Circuit Court clerk page', (m) => `CT-${+m[1]!}-${m[2]}`), // i18n-ignore: source citations for developers, not shown
  ],
  LA: [
    // Courts of appeal: year, CA civil / KA criminal / CW, KW writs, sequence (First Circuit prints it with spaces).
    f(Y4 + '-(?:CA|KA|CW|KW)-\\d{4}', 'free', ['2023-CA-0587'], 'Expose v. Rouses (La. App. 4 Cir.), casetext'), // i18n-ignore: source citations for developers, not shown
    f('\\d\\d-(?:CA|KA|CW|KW)-\\d{3,4}', 'free', ['14-CA-701', '19-CA-121'], 'law.justia.com, La. App. 5 Cir. 14-CA-701'), // i18n-ignore: source citations for developers, not shown
    f(Y4 + ' (?:CA|KA|CW|KW) \\d{4}', 'typed', ['2019 CA 1555'], 'Stevens v. St. Tammany Par. Gov\u2019t (La. App. 1 Cir.), casetext'), // i18n-ignore: source citations for developers, not shown
  ],
  UT: [
    f(Y4 + '\\d{4}-CA', 'free', ['20190633-CA', '20180898-CA'], 'law.justia.com, Utah Court of Appeals opinions'), // i18n-ignore: source citations for developers, not shown
    // District courts: nine digits (year, case type, location, sequence), also an SSN's shape: only with a Utah court known.
    f('\\d{9}', 'court', ['151900261', '204907035'], 'Utah Court of Appeals opinion captions (State v. Law, Kinsey v. Kinsey)'), // i18n-ignore: source citations for developers, not shown
  ],
  AR: [
    // Circuit courts: county number and case type, year, sequence; Pulaski's older "CV2004-11927".
    f('\\d\\d(?:CV|CR|DR|PR|JV)-\\d\\d-\\d{1,6}', 'free', ['60CV-21-582'], 'Nolan v. 2600 Holdings, 2024 Ark. 50'), // i18n-ignore: source citations for developers, not shown
    f('(?:CV|CR)' + Y4 + '-\\d{1,6}', 'free', ['CV2004-11927'], 'City of Little Rock v. Nerhan (Ark. App.)'), // i18n-ignore: source citations for developers, not shown
    // Supreme Court and Court of Appeals: other states print the same shape.
    f('C[VR]-\\d\\d-\\d{1,4}', 'typed', ['CV-22-739', 'CV-13-320'], 'Nolan (Ark.) and Nerhan (Ark. App.) captions'), // i18n-ignore: source citations for developers, not shown
  ],
  KS: [
    // Johnson County District Court: year, case type, five digits (Oregon prints the same shape; the state tells them apart).
    f('\\d\\d(?:CV|CR|DM)\\d{5}', 'free', ['23CV04487'], 'City of Prairie Village v. PV United (Johnson County District Court), memorandum decision'), // i18n-ignore: source citations for developers, not shown
  ],
  NE: [
    f('S-\\d\\d-\\d{3}', 'typed', ['S-21-016', 'S-22-254'], 'supreme.justia.com, Nebraska Supreme Court opinions'), // i18n-ignore: source citations for developers, not shown
  ],
  AK: [
    // Superior courts: district, location, year, sequence, then the case type after a space (not part of the case).
    f(AK_SUPERIOR, 'free', ['3KN-18-00087'], 'West v. Alaska Mental Health Trust Auth. (Alaska 2020), law.justia.com'), // i18n-ignore: source citations for developers, not shown
    f(`(${AK_SUPERIOR}) ?(?:CI|CR|DR|PR|CN)`, 'typed', ['3KN-18-00087 CI'], 'the same opinion ("Superior Court No. 3KN-18-00087 CI")', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
    f('S-\\d{5}', 'typed', ['S-17407'], 'the same opinion (Supreme Court number)'), // i18n-ignore: source citations for developers, not shown
  ],
  DE: [
    // Superior Court: county letter, year, case type, month, sequence, then the judge's initials (dropped: they change on reassignment).
    f(DE_SUPERIOR, 'free', ['N20C-04-227', 'N10C-07-060'], 'Healy v. Fresenius (Del. Super.); Rogers v. Christina School Dist. (Del. Super. 2012)'), // i18n-ignore: source citations for developers, not shown
    f(`(${DE_SUPERIOR}) [A-Z]{2,4}`, 'typed', ['N20C-04-227 AML', 'N10C-07-060 JRJ'], 'the same opinions, with the judge\u2019s initials', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
    // Court of Chancery: year, sequence and the judicial officer's initials (dropped); without them it reads as a date, so the initials are required.
    f('(' + Y4 + '-\\d{4})-[A-Z]{2,5}', 'free', ['2022-0613-KSJM', '2021-0634-LWW'], 'Twitter v. Musk, C.A. No. 2022-0613-KSJM (Del. Ch.)', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
    f('(\\d{3,5})-VC[A-Z]{1,3}', 'typed', ['3730-VCS'], 'Ravenswood v. Winmill, C.A. Nos. 3730-VCS, 7048-VCS (Del. Ch.)', (m) => `${m[1]}-VC`), // i18n-ignore: source citations for developers, not shown
  ],
  HI: [
    // Circuit courts (civil): circuit, CC, then year and sequence without separators.
    f('[1-5]CC\\d{8,9}', 'free', ['1CC171000409', '5CC08000067'], 'Okutsu v. State (Haw. App.); Kuahiwinui v. Zelo\u2019s (Haw.)'), // i18n-ignore: source citations for developers, not shown
    f('(?:CAAP|SCAP|SCWC|SCEC)-\\d\\d-\\d{7}', 'free', ['CAAP-17-0000731', 'SCAP-23-0000416'], 'Okutsu (ICA); courts.ehawaii.gov oral argument schedule'), // i18n-ignore: source citations for developers, not shown
  ],
  ME: [
    // Law Court: county (or BCD, the Business and Consumer Docket), year, sequence.
    // Printed in capitals or with only the first letter capital ("Cum-17-420"), which page text keeps.
    f(`(?:${ME_DOCKETS})-\\d\\d-\\d{1,3}`, 'free', ['CUM-17-420', 'Cum-17-420', 'BCD-19-297', 'KEN-25-53'], 'law.justia.com (Cum-17-420); Friends of Lamoine v. Town of Lamoine (BCD-19-297)'), // i18n-ignore: source citations for developers, not shown
    // Superior Court dockets before eCourts: case type, year, sequence; other states print the shape.
    f('(?:RE|AP|CV)-\\d\\d-\\d{1,4}', 'typed', ['RE-15-105', 'AP-18-09'], 'Cumberland and York Superior Court orders (casetext, law.justia.com)'), // i18n-ignore: source citations for developers, not shown
  ],
  VT: [
    // Superior Court: sequence, month, year, then the unit and division (Rd + cr: Rutland criminal), which make it more than a date; printed
    // with a space and in mixed case ("Rdcr"), so read from a case-number field.
    f('\\d{1,4}-(?:1[0-2]|[1-9])-\\d\\d ?[A-Z]{2}(?:CR|CV|FA|PR|JV|DM)', 'typed', ['489-7-20 RDCR', '489-7-20 Rdcr'], 'State v. Downing, 2020 VT 97 (docket no. 489-7-20 Rdcr)'), // i18n-ignore: source citations for developers, not shown
  ],
  WV: [
    // Circuit courts: year, case type letter, sequence; numbers repeat by county, so only with a West Virginia court known.
    f('\\d\\d-[A-Z]{1,2}-\\d{1,4}', 'court', ['12-C-68'], 'Campbell v. CSX Transp. (W. Va. 2018): "Logan County 12-C-68"'), // i18n-ignore: source citations for developers, not shown
  ],
  WY: [
    f('S-\\d\\d-\\d{4}', 'typed', ['S-21-0135'], 'Cornella v. City of Lander, 2022 WY 9'), // i18n-ignore: source citations for developers, not shown
  ],
  MS: [
    // Supreme Court and Court of Appeals: year, case type, sequence, then the court deciding it (dropped: a case sent to the COA keeps its number).
    f('(' + Y4 + '-[A-Z]{2}-\\d{5})(?:-(?:SCT|COA))?', 'free', ['2023-CA-00732-COA', '2024-IA-00824-SCT', '2024-CP-00757'], 'mississippiappeals.com case lists', (m) => m[1]!), // i18n-ignore: source citations for developers, not shown
  ],
  DC: [
    // Superior Court civil numbers before its current system: only as a case-number field.
    f('CA[A-Z]-\\d{1,5}-\\d\\d', 'typed', ['CAM-6474-13', 'CAF-9591-12'], 'Woodroof v. Cunningham, D.C. Court of Appeals No. 14-CV-939 (lower-court numbers)'), // i18n-ignore: source citations for developers, not shown
  ],
  MT: [
    // District courts: case type, year (two digits or four), sequence. Also printed with a space after the type and a judge's letter
    // after the sequence (dropped: it changes on reassignment), so that form is read from a case-number field.
    f(`(${MT_DISTRICT})-(\\d\\d|${Y4})-(\\d{1,7})`, 'free', ['DR-2019-100', 'DC-18-121', 'CDV-2020-856'], 'Montana Supreme Court opinions (In re Marriage of Hedstrom, ecases.us; Campbell v. 1st Judicial Dist.); Montana advance sheets, March 2021 (docslib.org)', (m) => `${m[1]}${m[2]!.slice(-2)}-${+m[3]!}`), // i18n-ignore: source citations for developers, not shown
    f(`(${MT_DISTRICT})[- ]?(\\d\\d|${Y4})-(\\d{1,7})(?: ?\\([A-Z]\\))?`, 'typed', ['DV 19-985', 'DC-17-205(C)', 'DI-16-054(A)'], 'Montana advance sheets, March 2021 (docslib.org)', (m) => `${m[1]}${m[2]!.slice(-2)}-${+m[3]!}`), // i18n-ignore: source citations for developers, not shown
    // Supreme Court: DA direct appeal, OP original proceeding, year, four digits; printed with a space, so from a field.
    f('(?:DA|OP) ?\\d\\d-\\d{4}', 'typed', ['DA 21-0492', 'OP 20-0360', 'DA 19-0643'], 'Montana Supreme Court opinions (Hedstrom; Campbell; courtlistener.com)'), // i18n-ignore: source citations for developers, not shown
  ],
  ND: [
    // District courts: county number, year, case type, sequence.
    f('\\d\\d-' + Y4 + '-[A-Z]{2}-\\d{5}', 'free', ['54-2020-CV-00012'], 'N.D.R.App.P. 30(b)(1), the court\u2019s own example of a district court case number'), // i18n-ignore: source citations for developers, not shown
    // Supreme Court: year and a four-digit sequence, also a date's shape: only with a North Dakota court known.
    f(Y4 + '\\d{4}', 'court', ['20250168', '20180289'], 'ndcourts.gov Supreme Court opinion lists ("Docket No.: 20250168")'), // i18n-ignore: source citations for developers, not shown
  ],
  RI: [
    // Supreme Court: year, sequence (padded since about 2022) and the proceeding; its term lists print a two-digit year, both read as one case.
    f(`(${Y4})-(\\d{1,4})-(?:APPEAL|Appeal|C\\.A|M\\.P)\\.?`, 'free', ['2024-0099-Appeal.', '2022-0035-C.A.', '2020-178-M.P.'], 'courts.ri.gov Supreme Court opinions', (m) => `${m[1]!.slice(-2)}-${+m[2]!}`), // i18n-ignore: source citations for developers, not shown
    f('(\\d\\d)-(\\d{1,3})', 'court', ['20-244', '18-169'], 'courts.ri.gov Supreme Court opinion lists ("No. 20-244")', (m) => `${m[1]}-${+m[2]!}`), // i18n-ignore: source citations for developers, not shown
  ],
  NH: [
    // Supreme Court: year and sequence (padded to four digits in newer cases), a plain number: only with a New Hampshire court known.
    f(`(${Y4})-(\\d{3,4})`, 'court', ['2012-255', '2019-0123'], 'law.justia.com, New Hampshire Supreme Court ("No. 2012-255"); the padded form is a shape', (m) => `${m[1]}-${+m[2]!}`), // i18n-ignore: source citations for developers, not shown
  ],
  ID: [
    // Supreme Court and Court of Appeals: a five-digit docket number, only with an Idaho court known.
    f('\\d{5}', 'court', ['36981', '42575'], 'Idaho Supreme Court opinions (Coward v. Hadley; Morgan v. New Sweden Irrigation Dist., casetext)'), // i18n-ignore: source citations for developers, not shown
  ],
  SD: [
    // Supreme Court: a running five-digit appeal number, only with a South Dakota court known.
    f('\\d{5}', 'court', ['16514', '13411'], 'Reid v. Huron Bd. of Educ. (S.D. 1989, midpage.ai); South Dakota Automobile Club v. Volk (S.D. 1981, ecases.us)'), // i18n-ignore: source citations for developers, not shown
  ],
};

/** Every state with a table, in order. */
export const TABLE_STATES = Object.keys(STATE_FORMATS);
