// The import entry points for extension pages. The parsers (papaparse,
// ical.js) are loaded with import() on first use, so the options page's first
// paint does not pay for them, and content scripts never import this folder.
import type { CsvTable, FileError } from './csv';
import type { Mapping, Target } from './mapping';
import type { BuildOptions, RowResult } from './rows';
import type { Encoding } from './decode';
import { t } from '../i18n/t';

export type { CsvTable, FileError, Mapping, Target, RowResult };
export type { RowOutcome, ImportPreview, ImportWrite } from './preview';

export type ContactsFile =
  | { kind: 'csv'; encoding: Encoding; table: CsvTable; mapping: Mapping }
  | { kind: 'vcard'; encoding: Encoding; rows: RowResult[] }
  | { kind: 'error'; error: FileError };

/** At most this many rows (or cards) per file: far above any firm's contact list, far below what would stall the page. */
export const MAX_ROWS = 50_000;

const looksLikeVcard = (name: string, text: string) => /\.(vcf|vcard)$/i.test(name) || /^\s*BEGIN:VCARD/i.test(text);

/** Reads an uploaded file: decodes it, tells CSV from vCard, parses it, guesses a CSV's column mapping. */
export async function readContactsFile(name: string, bytes: Uint8Array): Promise<ContactsFile> {
  const { decodeText } = await import('./decode');
  const { text, encoding } = decodeText(bytes);
  if (looksLikeVcard(name, text)) {
    const { parseVcards } = await import('./vcard');
    const r = parseVcards(text);
    if (!r.ok) return { kind: 'error', error: r.error };
    if (r.cards.length > MAX_ROWS) return { kind: 'error', error: { line: 0, message: t('import_too_many_cards', { count: r.cards.length, max: MAX_ROWS }) } };
    return { kind: 'vcard', encoding, rows: r.cards };
  }
  const [{ parseCsv }, { guessMapping }] = await Promise.all([import('./csv'), import('./mapping')]);
  const r = parseCsv(text);
  if (!r.ok) return { kind: 'error', error: r.error };
  if (r.table.rows.length > MAX_ROWS) return { kind: 'error', error: { line: 0, message: t('import_too_many_rows', { count: r.table.rows.length, max: MAX_ROWS }) } };
  return { kind: 'csv', encoding, table: r.table, mapping: guessMapping(r.table.headers) };
}

/** Why a mapping cannot be used yet, or null. */
export function mappingProblem(mapping: Mapping): string | null {
  const used = new Set(mapping.columns.map((c) => c.target));
  const identifies: Target[] = ['name', 'firstName', 'lastName', 'organisation', 'email'];
  if (!identifies.some((x) => used.has(x))) return t('import_need_identifying_column');
  if (used.has('idealDays') !== used.has('maxDays')) return t('import_need_both_day_columns');
  return null;
}

/** Every CSV row through the (confirmed) mapping. */
export async function csvRowsToClients(table: CsvTable, mapping: Mapping, opts?: BuildOptions): Promise<RowResult[]> {
  const { rowToClient } = await import('./rows');
  return table.rows.map((r) => rowToClient(r, mapping, opts));
}

export async function previewImport(...args: Parameters<typeof import('./preview').previewImport>) {
  const { previewImport: run } = await import('./preview');
  return run(...args);
}
