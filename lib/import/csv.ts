import Papa from 'papaparse';
import { t } from '../i18n/t';

// CSV text → header and rows, each row with the physical line it starts on
// (quoted line breaks inside a value count, so "line 14" is what a text
// editor shows). Papaparse does the parsing; this keeps positions and turns
// its error codes into sentences.

export interface CsvRow {
  /** 1-based physical line where the row starts. */
  line: number;
  cells: string[];
  /** A problem with the row's shape; the row is reported as an error, the rest of the file goes on. */
  error?: string;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
}

export interface FileError {
  /** 0 when the problem is the file as a whole. */
  line: number;
  message: string;
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; error: FileError };

function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.trim()) return { ok: false, error: { line: 0, message: t('import_file_empty') } };
  if (text.includes('\u0000')) return { ok: false, error: { line: 0, message: t('import_not_text') } };

  const rows: CsvRow[] = [];
  let headers: string[] | null = null;
  let headerLine = 0;
  let prev = 0;
  let line = 1;
  let fatal: FileError | null = null;
  let delimiter = ',';

  // The header decides the separator: guessing over the data lets a tab or
  // semicolon inside values outvote the commas of a one-column file.
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  const guessed = firstLine ? Papa.parse<string[]>(firstLine, { delimitersToGuess: [',', ';', '\t', '|'] }) : null;
  const sep = guessed && !guessed.errors.some((e) => e.type === 'Delimiter') ? guessed.meta.delimiter : ',';

  Papa.parse<string[]>(text, {
    delimiter: sep,
    skipEmptyLines: false,
    step(result, parser) {
      const start = prev;
      const end = result.meta.cursor;
      const rowLine = line;
      line += countBreaks(text, start, end);
      prev = end;
      delimiter = result.meta.delimiter || delimiter;
      const cells = result.data;
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError?.code === 'MissingQuotes') {
        // An unclosed quote swallows the rest of the file: nothing after it can be trusted.
        fatal = { line: rowLine, message: t('import_quote_never_closed', { line: rowLine }) };
        parser.abort();
        return;
      }
      if (headers === null) {
        if (cells.every((c) => c.trim() === '')) return; // blank lines before the header
        headers = cells.map((c) => c.trim());
        headerLine = rowLine;
        return;
      }
      if (cells.every((c) => c.trim() === '')) return; // blank line, often the last one
      const row: CsvRow = { line: rowLine, cells };
      if (quoteError) row.error = t('import_bad_quote');
      else if (cells.length > headers.length && cells.slice(headers.length).some((c) => c.trim() !== ''))
        row.error = t('import_too_many_values', { count: cells.length, headers: headers.length });
      rows.push(row);
    },
  });

  if (fatal) return { ok: false, error: fatal };
  if (!headers) return { ok: false, error: { line: 0, message: t('import_file_empty') } };
  const hs: string[] = headers;
  if (hs.every((h) => !h)) return { ok: false, error: { line: headerLine, message: t('import_header_empty') } };
  return { ok: true, table: { headers: hs, rows, delimiter } };
}
