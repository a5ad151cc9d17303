import Papa from 'papaparse';
import type { Client } from '../model/client';
import { INTERACTION_LABELS } from '../model/labels';
import type { Interaction } from '../model/interaction';
import { RAPPORT_HEADERS } from '../import/mapping';
import { FORMULA } from '../import/rows';

// Clients and interactions as CSV for a spreadsheet or another system: one
// row per record, lists in one cell joined with " ::: " (Google's convention,
// and a string no address, phone or tag contains), matters and goals as
// parallel lists (the n-th case number goes with the n-th court). Our own
// importer reads the clients file back (format "rapport"), losing only ids.
//
// Cells a spreadsheet would run as a formula (=, @, or + / - not followed by
// a phone number) get a leading apostrophe: a client's name may come from an
// e-mail header that anyone can write. The importer removes it again.

const LIST = ' ::: ';
const UNPARSE = { newline: '\r\n', escapeFormulae: FORMULA, quotes: false } as const;
/** Excel reads a UTF-8 CSV as UTF-8 only with a byte-order mark. */
const BOM = '\ufeff';

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

export const CLIENT_CSV_HEADERS = RAPPORT_HEADERS.map(([h]) => h);

function clientRow(c: Client): string[] {
  const m = (f: 'caseNumber' | 'caseName' | 'court' | 'matterCode') => c.matters.map((x) => x[f] ?? '').join(LIST);
  return [
    c.name,
    c.preferredName ?? '',
    c.organisation ?? '',
    c.emails.join(LIST),
    c.phones.join(LIST),
    c.domains.join(LIST),
    c.tags.join(LIST),
    m('caseNumber'),
    m('caseName'),
    m('court'),
    m('matterCode'),
    c.notes.family,
    c.notes.interests,
    c.notes.background,
    c.notes.howWeMet,
    c.notes.notes,
    c.goals.map((g) => g.text).join(LIST),
    c.goals.map((g) => g.acceptableOutcome).join(LIST),
    c.goals.map((g) => g.status).join(LIST),
    c.cadence ? String(c.cadence.idealDays) : '',
    c.cadence ? String(c.cadence.maxDays) : '',
    c.id,
    iso(c.createdAt),
    iso(c.updatedAt),
  ];
}

/**
 * One page of the clients CSV. The first page (`first: true`) starts with the
 * byte-order mark and the header; join the pages for the whole file.
 */
export function clientsCsvChunk(clients: readonly Client[], first: boolean): string {
  const rows = clients.map(clientRow);
  const body = rows.length ? Papa.unparse(rows, UNPARSE) + '\r\n' : '';
  return first ? `${BOM}${Papa.unparse([CLIENT_CSV_HEADERS], UNPARSE)}\r\n${body}` : body;
}

// The headers stay English in every language on purpose: spreadsheets, other
// systems and our own importer find the columns by these names.
export const INTERACTION_CSV_HEADERS = [
  'Date',
  'Client',
  'Kind',
  'Summary',
  'Mood',
  'Source',
  'Filing status', // i18n-ignore: a CSV header (see above)
  'Case number', // i18n-ignore: a CSV header (see above)
  'Filing ref', // i18n-ignore: a CSV header (see above)
  'Acknowledged',
  'Message id', // i18n-ignore: a CSV header (see above)
  'Client id', // i18n-ignore: a CSV header (see above)
  'Id',
] as const;

/** One page of the interactions CSV; `names` gives each client's name (a client missing from it shows its id). */
export function interactionsCsvChunk(interactions: readonly Interaction[], names: ReadonlyMap<string, string>, first: boolean): string {
  const rows = interactions.map((i) => [
    iso(i.at),
    names.get(i.clientId) ?? i.clientId,
    INTERACTION_LABELS[i.kind],
    i.summary,
    i.sentiment === undefined ? '' : String(i.sentiment),
    i.source,
    i.filing?.status ?? '',
    i.filing?.caseNumber ?? '',
    i.filing?.ref ?? '',
    iso(i.filing?.acknowledgedAt),
    i.messageId ?? '',
    i.clientId,
    i.id,
  ]);
  const body = rows.length ? Papa.unparse(rows, UNPARSE) + '\r\n' : '';
  return first ? `${BOM}${Papa.unparse([[...INTERACTION_CSV_HEADERS]], UNPARSE)}\r\n${body}` : body;
}
