// Which column of a contacts CSV becomes which client field. Every CSV goes
// through a mapping: for the exports we know (Google, Outlook, our own) the
// guess is certain; for anything else (Clio, a firm's spreadsheet) it is a
// guess from the header words that the user confirms or changes in the
// column-mapping step before anything is imported.
//
// Header sets: shared/FORMATS.md §5 (Google CSV and legacy, Outlook.com and
// desktop, Clio's import template), checked 2026-11.

export type Target =
  | 'ignore'
  | 'name'
  | 'firstName'
  | 'middleName'
  | 'lastName'
  | 'nameSuffix'
  | 'preferredName'
  | 'organisation'
  | 'jobTitle'
  | 'email'
  | 'phone'
  | 'domain'
  | 'tags'
  | 'notes'
  | 'family'
  | 'interests'
  | 'background'
  | 'howWeMet'
  | 'caseNumber'
  | 'caseName'
  | 'court'
  | 'matterCode'
  | 'goal'
  | 'goalOutcome'
  | 'goalStatus'
  | 'idealDays'
  | 'maxDays';

/** What the mapping step offers, in the order it offers it (components/data/ColumnMapping.tsx has the words it shows). */
export const TARGETS: readonly { target: Target; many?: boolean }[] = [
  { target: 'ignore' },
  { target: 'name' },
  { target: 'firstName' },
  { target: 'middleName' },
  { target: 'lastName' },
  { target: 'nameSuffix' },
  { target: 'preferredName' },
  { target: 'organisation' },
  { target: 'jobTitle' },
  { target: 'email', many: true },
  { target: 'phone', many: true },
  { target: 'domain', many: true },
  { target: 'tags', many: true },
  { target: 'notes', many: true },
  { target: 'family', many: true },
  { target: 'interests', many: true },
  { target: 'background', many: true },
  { target: 'howWeMet', many: true },
  { target: 'caseNumber' },
  { target: 'caseName' },
  { target: 'court' },
  { target: 'matterCode' },
  { target: 'goal' },
  { target: 'goalOutcome' },
  { target: 'goalStatus' },
  { target: 'idealDays' },
  { target: 'maxDays' },
];

export type CsvFormat = 'rapport' | 'google' | 'google-legacy' | 'outlook' | 'outlook-desktop' | 'clio' | 'generic';

export interface ColumnMapping {
  header: string;
  target: Target;
  /** For an e-mail or phone column, the column holding its label, where a `* ` marks the primary value (Google). */
  labelColumn?: number;
}

export interface Mapping {
  format: CsvFormat;
  columns: ColumnMapping[];
  /** True when the format is one we know exactly; the user may still review it. */
  certain: boolean;
}

/** Our own client CSV (lib/export/csv.ts): the header each target is written under. */
export const RAPPORT_HEADERS: readonly (readonly [string, Target])[] = [
  ['Name', 'name'],
  ['Preferred name', 'preferredName'], // i18n-ignore: header names that CSV files carry, not shown
  ['Organisation', 'organisation'],
  ['E-mail addresses', 'email'], // i18n-ignore: header names that CSV files carry, not shown
  ['Phones', 'phone'],
  ['Opt-in domains', 'domain'], // i18n-ignore: header names that CSV files carry, not shown
  ['Tags', 'tags'],
  ['Case numbers', 'caseNumber'], // i18n-ignore: header names that CSV files carry, not shown
  ['Case names', 'caseName'], // i18n-ignore: header names that CSV files carry, not shown
  ['Courts', 'court'],
  ['Matter codes', 'matterCode'], // i18n-ignore: header names that CSV files carry, not shown
  ['Family', 'family'],
  ['Interests', 'interests'],
  ['Background', 'background'],
  ['How we met', 'howWeMet'], // i18n-ignore: header names that CSV files carry, not shown
  ['Notes', 'notes'],
  ['Goals', 'goal'],
  ['Acceptable outcomes', 'goalOutcome'], // i18n-ignore: header names that CSV files carry, not shown
  ['Goal statuses', 'goalStatus'], // i18n-ignore: header names that CSV files carry, not shown
  ['Ideal days', 'idealDays'], // i18n-ignore: header names that CSV files carry, not shown
  ['Maximum days', 'maxDays'], // i18n-ignore: header names that CSV files carry, not shown
  ['Rapport id', 'ignore'], // i18n-ignore: header names that CSV files carry, not shown
  ['Created', 'ignore'],
  ['Updated', 'ignore'],
];

const fold = (h: string) =>
  h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[_.\-–]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function detectFormat(headers: readonly string[]): CsvFormat {
  const set = new Set(headers.map((h) => h.trim()));
  const has = (h: string) => set.has(h);
  if (has('E-mail addresses') && has('Preferred name') && has('How we met')) return 'rapport'; // i18n-ignore: header names that CSV files carry, not shown
  const googleValue = headers.some((h) => /^E-mail \d+ - Value$/.test(h.trim()));
  if (has('First Name') && has('Labels') && googleValue) return 'google'; // i18n-ignore: header names that CSV files carry, not shown
  if (has('Given Name') && has('Family Name') && (has('Group Membership') || googleValue)) return 'google-legacy'; // i18n-ignore: header names that CSV files carry, not shown
  if (has('First Name') && has('E-mail Address')) return headers[0]?.trim() === 'Title' && has('Categories') ? 'outlook-desktop' : 'outlook'; // i18n-ignore: header names that CSV files carry, not shown
  const f = new Set(headers.map(fold));
  if (f.has('first name') && f.has('last name') && (f.has('email address') || f.has('primary email address')) && headers.some((h) => h.includes('_'))) return 'clio';
  return 'generic';
}

/** One header's guess, from its words. Order matters: the first rule that fits wins. */
function guessTarget(header: string): Target {
  const h = fold(header);
  if (/\b(label|type|display name)$/.test(h)) return 'ignore';
  if (/^(name|full name|contact name|client name|display name)$/.test(h)) return 'name';
  if (/^(first|given)( name)?$/.test(h)) return 'firstName';
  if (/^(middle|additional)( name)?$/.test(h)) return 'middleName';
  if (/^(last|family|sur) ?name$|^(last|surname)$/.test(h)) return 'lastName';
  if (/^(name )?suffix$/.test(h)) return 'nameSuffix';
  if (/^(nickname|preferred name|goes by|known as)$/.test(h)) return 'preferredName';
  if (/^(company|organi[sz]ation( \d+)?( name)?|org|firm|employer|company name)$/.test(h)) return 'organisation';
  if (/^(job title|organi[sz]ation( \d+)? title|position|role|profession)$/.test(h)) return 'jobTitle';
  // Outlook keeps a few personal fields that are Rapport's personal notes.
  if (/^(spouse|children|spouse\/partner|family)$/.test(h)) return 'family';
  if (/^(hobby|hobbies|interests)$/.test(h)) return 'interests';
  if (/^(referred by|referral|referral source|how we met)$/.test(h)) return 'howWeMet';
  if (/e ?mail/.test(h) && !/display|type|label/.test(h)) return 'email';
  if (/phone|mobile|\btel\b|telephone|\bcell\b|\bfax\b|pager/.test(h) && !/type|label/.test(h)) return 'phone';
  if (/^(labels|categories|tags?|group membership|groups|keywords)$/.test(h)) return 'tags';
  if (/^(notes?|comments?|description|remarks)$/.test(h)) return 'notes';
  if (/case (number|no)|docket( number| no)?$|^case$/.test(h)) return 'caseNumber';
  if (/^(case|matter) (name|title|description)$/.test(h)) return 'caseName';
  if (/^court$/.test(h)) return 'court';
  if (/matter (number|code|no|id)|billing code|client matter/.test(h)) return 'matterCode';
  return 'ignore';
}

/** The guessed mapping for a header row. */
export function guessMapping(headers: readonly string[]): Mapping {
  const format = detectFormat(headers);
  if (format === 'rapport') {
    const byHeader = new Map(RAPPORT_HEADERS);
    return { format, certain: true, columns: headers.map((h) => ({ header: h, target: byHeader.get(h.trim()) ?? 'ignore' })) };
  }
  const columns: ColumnMapping[] = headers.map((header) => {
    let target = guessTarget(header);
    // Outlook's first column "Title" is the courtesy title (Mr., Dr.), not a job.
    if (/^title$/i.test(header.trim())) target = 'ignore';
    // Outlook's "E-mail Type" holds "SMTP", Google legacy's "E-mail 1 - Type" a label.
    return { header, target };
  });
  // A value column's label sits beside it: "E-mail 1 - Value" ↔ "E-mail 1 - Label" (legacy: "- Type").
  headers.forEach((h, i) => {
    const m = /^(.*) - Value$/.exec(h.trim());
    if (!m) return;
    const label = headers.findIndex((x) => x.trim() === `${m[1]} - Label` || x.trim() === `${m[1]} - Type`);
    if (label >= 0 && (columns[i]!.target === 'email' || columns[i]!.target === 'phone')) columns[i]!.labelColumn = label;
  });
  return { format, certain: format !== 'generic' && format !== 'clio', columns };
}
