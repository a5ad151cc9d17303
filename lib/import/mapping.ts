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

/** What the mapping step offers, in the order it offers it, with the words it shows. */
export const TARGETS: readonly { target: Target; label: string; many?: boolean }[] = [
  { target: 'ignore', label: 'Do not import' },
  { target: 'name', label: 'Full name' },
  { target: 'firstName', label: 'First name' },
  { target: 'middleName', label: 'Middle name' },
  { target: 'lastName', label: 'Last name' },
  { target: 'nameSuffix', label: 'Name suffix (Jr., III)' },
  { target: 'preferredName', label: 'Preferred name / nickname' },
  { target: 'organisation', label: 'Organisation' },
  { target: 'jobTitle', label: 'Job title (added to Background)' },
  { target: 'email', label: 'E-mail address', many: true },
  { target: 'phone', label: 'Phone', many: true },
  { target: 'domain', label: 'Opt-in domain', many: true },
  { target: 'tags', label: 'Tags / labels', many: true },
  { target: 'notes', label: 'Notes', many: true },
  { target: 'family', label: 'Family', many: true },
  { target: 'interests', label: 'Interests', many: true },
  { target: 'background', label: 'Background', many: true },
  { target: 'howWeMet', label: 'How we met', many: true },
  { target: 'caseNumber', label: 'Case number' },
  { target: 'caseName', label: 'Case name' },
  { target: 'court', label: 'Court' },
  { target: 'matterCode', label: 'Matter / billing code' },
  { target: 'goal', label: 'Goal' },
  { target: 'goalOutcome', label: 'Goal: acceptable outcome' },
  { target: 'goalStatus', label: 'Goal: status' },
  { target: 'idealDays', label: 'Keep in touch: ideal days' },
  { target: 'maxDays', label: 'Keep in touch: maximum days' },
];

export type CsvFormat = 'rapport' | 'google' | 'google-legacy' | 'outlook' | 'outlook-desktop' | 'clio' | 'generic';

export const FORMAT_LABELS: Record<CsvFormat, string> = {
  rapport: 'Rapport client export',
  google: 'Google Contacts (Google CSV)',
  'google-legacy': 'Google Contacts (older Google CSV)',
  outlook: 'Outlook / Microsoft 365 contacts',
  'outlook-desktop': 'Outlook desktop contacts',
  clio: 'Clio Manage contacts',
  generic: 'a spreadsheet (CSV)',
};

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
  ['Preferred name', 'preferredName'],
  ['Organisation', 'organisation'],
  ['E-mail addresses', 'email'],
  ['Phones', 'phone'],
  ['Opt-in domains', 'domain'],
  ['Tags', 'tags'],
  ['Case numbers', 'caseNumber'],
  ['Case names', 'caseName'],
  ['Courts', 'court'],
  ['Matter codes', 'matterCode'],
  ['Family', 'family'],
  ['Interests', 'interests'],
  ['Background', 'background'],
  ['How we met', 'howWeMet'],
  ['Notes', 'notes'],
  ['Goals', 'goal'],
  ['Acceptable outcomes', 'goalOutcome'],
  ['Goal statuses', 'goalStatus'],
  ['Ideal days', 'idealDays'],
  ['Maximum days', 'maxDays'],
  ['Rapport id', 'ignore'],
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
  if (has('E-mail addresses') && has('Preferred name') && has('How we met')) return 'rapport';
  const googleValue = headers.some((h) => /^E-mail \d+ - Value$/.test(h.trim()));
  if (has('First Name') && has('Labels') && googleValue) return 'google';
  if (has('Given Name') && has('Family Name') && (has('Group Membership') || googleValue)) return 'google-legacy';
  if (has('First Name') && has('E-mail Address')) return headers[0]?.trim() === 'Title' && has('Categories') ? 'outlook-desktop' : 'outlook';
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
