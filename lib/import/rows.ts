import { clientInputSchema, emailSchema, goalStatusSchema, type ClientFields, type ClientInput } from '../model/client';
import { newId } from '../model/ids';
import { normaliseEmail } from '../identity/normalise';
import { phoneFold } from '../backup/merge';
import { formatIssue, zodIssues } from '../backup/issues';
import { type CsvFormat, type Mapping, type Target } from './mapping';
import type { CsvRow } from './csv';
import { t } from '../i18n/t';

// One CSV row (or one vCard) → a validated client, or the reason it cannot be
// one. Everything goes through the model's clientInputSchema at the end, so
// nothing invalid can reach the database.

export type RowResult =
  | { line: number; ok: true; client: ClientFields }
  | { line: number; ok: false; reason: string };

export interface BuildOptions {
  /** Ids for new matters and goals. */
  newId?: () => string;
  /** Epoch ms stamped on imported goals. */
  now?: number;
}

/** Our export prefixes a `'` to values a spreadsheet would run as a formula (lib/export/csv.ts); this is that test. */
export const FORMULA = /^'*(?:[=@\t\r]|[+-](?![\d\s().-]*$))/;

const LIST = ' ::: ';

const FREE_TEXT: ReadonlySet<Target> = new Set(['name', 'firstName', 'middleName', 'lastName', 'nameSuffix', 'preferredName', 'organisation', 'jobTitle', 'notes', 'family', 'interests', 'background', 'howWeMet', 'idealDays', 'maxDays']);

function splitter(format: CsvFormat, target: Target): (cell: string) => string[] {
  if (FREE_TEXT.has(target)) return (c) => [c];
  if (format === 'rapport' || format === 'google' || format === 'google-legacy') return (c) => c.split(LIST);
  if (target === 'email') return (c) => c.split(/\s+:::\s+|[;,]/);
  if (target === 'tags') return (c) => c.split(/\s+:::\s+|[;,]/);
  if (target === 'phone' || target === 'domain') return (c) => c.split(/\s+:::\s+|[;\n]/);
  return (c) => [c];
}

/** Google marks system groups with `* ` ("* myContacts", "* starred"); the older export says "System Group: My Contacts". */
const systemLabel = (t: string) => t.startsWith('* ') || /^system group:/i.test(t);

// The English words a column named like the field carries (our own export writes
// these headers): its values go in as they are, without the header before them.
const FIELD_HEADERS = { family: 'Family', interests: 'Interests', howWeMet: 'How we met', notes: 'Notes' } as const; // i18n-ignore: compared with CSV headers, not shown
const labelOf = (target: keyof typeof FIELD_HEADERS) => FIELD_HEADERS[target];
const foldHeader = (h: string) => h.trim().toLowerCase();

export function rowToClient(row: CsvRow, mapping: Mapping, opts: BuildOptions = {}): RowResult {
  if (row.error) return { line: row.line, ok: false, reason: row.error };
  const id = opts.newId ?? newId;
  const now = opts.now ?? Date.now();
  const { format } = mapping;

  // target → values in column order; for positional lists (Rapport's matters and goals) empties are kept.
  const values = new Map<Target, { header: string; items: string[]; primary: boolean }[]>();
  mapping.columns.forEach((col, i) => {
    if (col.target === 'ignore') return;
    let cell = row.cells[i] ?? '';
    if (format === 'rapport' && cell.startsWith("'") && FORMULA.test(cell.slice(1))) cell = cell.slice(1);
    const items = splitter(format, col.target)(cell).map((s) => s.trim());
    const label = col.labelColumn !== undefined ? (row.cells[col.labelColumn] ?? '') : '';
    const list = values.get(col.target) ?? [];
    list.push({ header: col.header, items, primary: label.trim().startsWith('* ') });
    values.set(col.target, list);
  });
  const all = (t: Target) => (values.get(t) ?? []).flatMap((v) => v.items).filter((s) => s !== '');
  const first = (t: Target) => all(t)[0];
  const positional = (t: Target) => (values.get(t) ?? []).flatMap((v) => v.items);

  // E-mail addresses: the primary ones (Google's "* " label) first; each checked with its column named.
  const emails: string[] = [];
  const emailCols = [...(values.get('email') ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary));
  for (const col of emailCols) {
    for (const raw of col.items) {
      if (!raw) continue;
      const angle = /<([^<>]+)>\s*$/.exec(raw);
      const candidate = (angle ? angle[1]! : raw).replace(/^mailto:/i, '');
      const e = normaliseEmail(candidate);
      if (!e || !emailSchema.safeParse(e).success) return { line: row.line, ok: false, reason: t('import_not_email_in_column', { value: raw, column: col.header }) };
      if (!emails.includes(e)) emails.push(e);
    }
  }
  const phones: string[] = [];
  const phoneCols = [...(values.get('phone') ?? [])].sort((a, b) => Number(b.primary) - Number(a.primary));
  for (const col of phoneCols)
    for (const raw of col.items) {
      const p = raw.replace(/^tel:/i, '').trim();
      if (p && !phones.some((x) => phoneFold(x) === phoneFold(p))) phones.push(p);
    }

  let tags = all('tags');
  if (format === 'google' || format === 'google-legacy') tags = tags.filter((t) => !systemLabel(t));
  tags = tags.filter((t, i) => tags.findIndex((u) => u.toLowerCase() === t.toLowerCase()) === i);

  const organisation = first('organisation');
  const parts = ['firstName', 'middleName', 'lastName', 'nameSuffix'].map((t) => first(t as Target)).filter(Boolean);
  const name = first('name') ?? (parts.length ? parts.join(' ') : undefined) ?? organisation ?? emails[0];
  if (!name) return { line: row.line, ok: false, reason: t('import_row_no_name') };

  // Free-text fields: a column named like the field goes in as it is; another
  // column mapped there ("Spouse" → Family, "Job Title" → Background) says what it was.
  const text = (target: Target, label: string) =>
    (values.get(target) ?? [])
      .map((v) => {
        const s = v.items.join('\n').trim();
        return !s ? '' : foldHeader(v.header) === foldHeader(label) ? s : `${v.header.trim()}: ${s}`;
      })
      .filter(Boolean);
  const jobTitle = (values.get('jobTitle') ?? []).map((v) => [v.header, v.items.join(' ').trim()] as const).filter(([, s]) => s);
  const background = [...jobTitle.map(([h, s]) => `${h.trim()}: ${s}`), ...text('background', 'Background')].join('\n');

  const matters: NonNullable<ClientInput['matters']> = [];
  const mcols = ['caseNumber', 'caseName', 'court', 'matterCode'] as const;
  const mlists = mcols.map((t) => positional(t));
  const mcount = Math.max(0, ...mlists.map((l) => l.length));
  for (let i = 0; i < mcount; i++) {
    const m: Record<string, string> = {};
    mcols.forEach((t, j) => {
      const v = mlists[j]![i];
      if (v) m[t] = v;
    });
    if (Object.keys(m).length) matters.push({ id: id(), ...m });
  }

  const goals: NonNullable<ClientInput['goals']> = [];
  const [gt, go, gs] = (['goal', 'goalOutcome', 'goalStatus'] as const).map((t) => positional(t));
  const gcount = Math.max(gt!.length, go!.length, gs!.length);
  for (let i = 0; i < gcount; i++) {
    const goalText = gt![i] ?? '';
    const outcome = go![i] ?? '';
    const statusRaw = (gs![i] ?? '').toLowerCase();
    if (!goalText && !outcome && !statusRaw) continue;
    const status = statusRaw ? goalStatusSchema.safeParse(statusRaw) : null;
    if (status && !status.success) return { line: row.line, ok: false, reason: t('import_bad_goal_status', { value: gs![i]! }) };
    goals.push({ id: id(), text: goalText, acceptableOutcome: outcome, status: status?.data ?? 'open', updatedAt: now });
  }

  const ideal = first('idealDays');
  const max = first('maxDays');
  let cadence: { idealDays: number; maxDays: number } | undefined;
  if (ideal !== undefined || max !== undefined) {
    if (ideal === undefined || max === undefined) return { line: row.line, ok: false, reason: t('import_cadence_needs_both') };
    if (!/^\d+$/.test(ideal) || !/^\d+$/.test(max)) return { line: row.line, ok: false, reason: t('import_cadence_whole_numbers', { ideal, max }) };
    cadence = { idealDays: Number(ideal), maxDays: Number(max) };
  }

  const input: ClientInput = {
    name,
    ...(first('preferredName') ? { preferredName: first('preferredName') } : {}),
    ...(organisation ? { organisation } : {}),
    emails,
    phones,
    domains: [...new Set(all('domain').map((d) => d.toLowerCase()))],
    matters,
    goals,
    tags,
    notes: {
      family: text('family', labelOf('family')).join('\n'),
      interests: text('interests', labelOf('interests')).join('\n'),
      background,
      howWeMet: text('howWeMet', labelOf('howWeMet')).join('\n'),
      notes: text('notes', labelOf('notes')).join('\n\n'),
    },
    ...(cadence ? { cadence } : {}),
  };
  const parsed = clientInputSchema.safeParse(input);
  if (!parsed.success) return { line: row.line, ok: false, reason: zodIssues('', parsed.error).map(formatIssue).join('; ') };
  return { line: row.line, ok: true, client: parsed.data };
}
