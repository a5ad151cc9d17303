import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/import/csv';
import { guessMapping } from '../../../lib/import/mapping';
import { rowToClient, type RowResult } from '../../../lib/import/rows';
import { parseVcards } from '../../../lib/import/vcard';
import { previewImport } from '../../../lib/import/preview';
import { memoryExistingData } from '../../../lib/backup/existing';
import { clientInputSchema } from '../../../lib/model/client';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { client } from '../data/records';

// Fuzzing the importers (seeded: a failure prints its seed and path and
// reproduces). Whatever the file holds, the importer never throws, every
// problem comes with a line and a reason, and what it offers to write is
// complete and valid — or it offers nothing.

const SEED = 20261130;
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** Throws with a message; plain checks, because this runs for every generated case. */
function check(cond: boolean, what: string, detail?: unknown): asserts cond {
  if (!cond) throw new Error(`${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

/** The contract every import result must meet. */
async function checkRows(text: string, rows: RowResult[]) {
  const lines = lineCount(text);
  let last = 0;
  for (const r of rows) {
    check(r.line > last && r.line <= lines, 'rows in file order, each on a line of the file', r);
    last = r.line;
    if (r.ok) check(clientInputSchema.safeParse(r.client).success, 'an accepted row is a valid client', r);
    else check(r.reason.length > 5, 'a refused row says why', r);
  }
  const existing = memoryExistingData({ settings: DEFAULT_SETTINGS, clients: [client('x', { emails: ['ana@acme.com'] })] });
  let n = 0;
  const p = await previewImport(rows, existing, { newId: () => `n${++n}` });
  check(p.rows.length === rows.length, 'one outcome per row');
  check(p.counts.new + p.counts.merged + p.counts.duplicate + p.counts.error === rows.length, 'counts add up', p.counts);
  for (const w of p.writes) check(clientInputSchema.safeParse(w.client).success, 'every write is a valid client', w);
  // Every address goes to exactly one record: the preview never creates two clients for one address.
  const owners = new Map<string, string>();
  for (const w of p.writes)
    for (const e of w.client.emails) {
      check((owners.get(e) ?? w.id) === w.id, 'one record per address', e);
      owners.set(e, w.id);
    }
}

const HEADERS = ['Name', 'First Name', 'Last Name', 'E-mail 1 - Value', 'E-mail 1 - Label', 'Email', 'Phone', 'Labels', 'Notes', 'Company', 'Case Number', 'Ideal days', 'Maximum days', 'Categories', 'x'];
const piece = fc.oneof(
  fc.constantFrom('', 'Ana', 'Zoë Đặng', '李明', 'ana@acme.com', 'ANA@ACME.COM', 'bad@', '* Work', '* myContacts ::: Clients', ' ::: ', '+1 555 0100', '22STCV11897', '14', '30', 'x'.repeat(250), '=1+1', "'=x", ';', ','),
  fc.string({ unit: fc.constantFrom('a', 'é', '李', ',', '"', '\n', '\r', ' ', ';', '@', '.', ':', '*', '\t'), maxLength: 20 }),
);
const cell = fc.array(piece, { maxLength: 3 }).map((p) => p.join(''));
const csvFile = fc
  .record({
    headers: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 8 }),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    trailing: fc.constantFrom('', '\n', '\r\n\r\n'),
  })
  .map(({ headers, rows, newline, bom, trailing }) => {
    // Built line by line so the test knows where each row starts.
    const parts = [Papa.unparse([headers], { newline }), ...rows.map((r) => Papa.unparse([r], { newline }))];
    const expected: number[] = [];
    let line = 1 + lineCount(parts[0]!) - 1;
    rows.forEach((r, i) => {
      line += 1;
      if (r.some((c) => c.trim() !== '')) expected.push(line);
      line += lineCount(parts[i + 1]!) - 1;
    });
    return { text: (bom ? '\ufeff' : '') + parts.join(newline) + trailing, expected };
  });
// Raw text: broken quotes, stray separators, nothing like CSV at all.
const rawText = fc.string({ unit: fc.constantFrom('a', 'Name', 'Email', 'x@y.co', ',', '"', '\n', '\r\n', ';', ' ', 'é', '\u0000', '\ufeff'), maxLength: 60 });

// Thousands of seeded cases: the count is fixed, the time is whatever the shared machine gives.
describe('fuzz: CSV import', { timeout: 180_000 }, () => {
  it('well-formed CSV of any content: rows on the right lines, valid clients or reasons, a valid preview (3,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(csvFile, async ({ text, expected }) => {
        const parsed = parseCsv(text);
        if (!parsed.ok) throw new Error(`well-formed CSV refused: ${parsed.error.message}`);
        expect(parsed.table.rows.map((r) => r.line)).toEqual(expected);
        const mapping = guessMapping(parsed.table.headers);
        const rows = parsed.table.rows.map((r) => rowToClient(r, mapping, { newId: () => 'id', now: 1 }));
        await checkRows(text, rows);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('arbitrary text never throws and either fails as a whole with a line or yields checked rows (2,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(rawText, async (text) => {
        const parsed = parseCsv(text);
        if (!parsed.ok) {
          expect(parsed.error.line).toBeGreaterThanOrEqual(0);
          expect(parsed.error.message.length).toBeGreaterThan(5);
          return;
        }
        const mapping = guessMapping(parsed.table.headers);
        await checkRows(text, parsed.table.rows.map((r) => rowToClient(r, mapping)));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

const vprop = fc.oneof(
  fc.constantFrom(
    'VERSION:3.0',
    'VERSION:4.0',
    'VERSION:2.1',
    'FN:Zoë Đặng',
    'N:Đặng;Lan;Thị;;',
    'N:;;;;',
    'EMAIL;TYPE=INTERNET,pref:ana@acme.com',
    'EMAIL:bad@',
    'EMAIL;PREF=x:zoe@example.com',
    'TEL;VALUE=uri:tel:+1-555-0100',
    'TEL:+1 555 0100',
    'ORG:Acme\\, Inc.;Legal',
    'CATEGORIES:Clients,VIP',
    'NOTE:one\\ntwo\\, three\\; four',
    'NOTE:long line that is folded',
    ' continued here',
    'X-RAPPORT-FAMILY;VALUE=TEXT:kids',
    'BEGIN:VCARD',
    'END:VCARD',
    'no colon here',
    ':',
    'FN;X=":"',
    '',
  ),
  fc.string({ unit: fc.constantFrom('A', 'é', ':', ';', '=', ',', '\\', '"', ' ', 'n'), maxLength: 25 }),
);
const vcardFile = fc
  .array(fc.record({ open: fc.boolean(), close: fc.boolean(), props: fc.array(vprop, { maxLength: 8 }) }), { maxLength: 5 })
  .chain((cards) =>
    fc.constantFrom('\r\n', '\n').map((nl) =>
      cards.map((c) => [...(c.open ? ['BEGIN:VCARD'] : []), ...c.props, ...(c.close ? ['END:VCARD'] : [])].join(nl)).join(nl),
    ),
  );

// Thousands of seeded cases: the count is fixed, the time is whatever the shared machine gives.
describe('fuzz: vCard import', { timeout: 180_000 }, () => {
  it('any card text never throws; every card is a valid client or a reason with its line (4,000 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(vcardFile, async (text) => {
        const r = parseVcards(text);
        if (!r.ok) {
          expect(r.error.message.length).toBeGreaterThan(5);
          return;
        }
        await checkRows(text, r.cards);
      }),
      { seed: SEED, numRuns: 4000 },
    );
  });
});
