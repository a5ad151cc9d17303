import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { clientsCsvChunk, interactionsCsvChunk, INTERACTION_CSV_HEADERS } from '../../../lib/export/csv';
import { clientsVcardChunk } from '../../../lib/export/vcard';
import { exportFileName, loadCsvExport } from '../../../lib/export/index';
import { parseCsv } from '../../../lib/import/csv';
import { guessMapping } from '../../../lib/import/mapping';
import { rowToClient } from '../../../lib/import/rows';
import { parseVcards } from '../../../lib/import/vcard';
import { INTERACTION_LABELS } from '../../../lib/model/labels';
import type { Client, ClientFields } from '../../../lib/model/client';
import { client, interaction, T0 } from '../data/records';

const rich: Client[] = [
  client('c1', {
    name: 'Zoë Whitfield, Jr.',
    preferredName: 'Zo',
    organisation: 'Whitfield; Marsh & "Co."',
    emails: ['zoe@home.example', 'zoe.whitfield@whitfield-marsh.example'],
    phones: ['+1 415-555-0142', '(415) 555-0199 ext. 4'],
    domains: ['whitfield-marsh.example'],
    tags: ['Clients', 'Estate planning, trusts'],
    matters: [
      { id: 'm1', caseNumber: '22STCV11897', caseName: 'Whitfield v. Bay Co.', court: 'LASC' },
      { id: 'm2', matterCode: 'WM-0042' },
    ],
    notes: { family: 'Two kids\nDog: Biscuit', interests: 'Sailing', background: 'Ex-engineer', howWeMet: 'Bar mixer', notes: 'Line one\r\nLine "two", with commas; and semicolons\n\n' + 'x'.repeat(300) },
    goals: [
      { id: 'g1', text: 'Settle before trial', acceptableOutcome: '≥ $40k', status: 'open', updatedAt: 3 },
      { id: 'g2', text: 'Keep the house', acceptableOutcome: '', status: 'met', updatedAt: 3 },
    ],
    cadence: { idealDays: 14, maxDays: 30 },
  }),
  client('c2', { name: 'Đặng Thị Lan' }),
  client('c3', { name: '=HYPERLINK("http://evil.example","click")', organisation: '@SUM(A1)', phones: ['+15550100'], notes: { notes: "'=already quoted" } as never }),
  client('c4', { name: '李明', emails: ['li.ming@mail.example'], tags: ['Mandarin'] }),
];

/** What survives a trip through a format that has no ids: everything but matter and goal ids and goal timestamps. */
const withoutIds = (c: ClientFields) => ({ ...c, matters: c.matters.map(({ id: _i, ...m }) => m), goals: c.goals.map(({ id: _i, updatedAt: _u, ...g }) => g) });
const fieldsOf = ({ id: _i, createdAt: _c, updatedAt: _u, ...f }: Client): ClientFields => f;

describe('clients CSV', () => {
  const text = clientsCsvChunk(rich.slice(0, 2), true) + clientsCsvChunk(rich.slice(2), false);

  it('re-imports losslessly (ids aside) through our own importer, pages joined', () => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const mapping = guessMapping(parsed.table.headers);
    expect(mapping).toMatchObject({ format: 'rapport', certain: true });
    const back = parsed.table.rows.map((r) => rowToClient(r, mapping, { newId: () => 'new', now: 1 }));
    expect(back.map((r) => (r.ok ? withoutIds(r.client) : r))).toEqual(rich.map((c) => withoutIds(fieldsOf(c))));
  });

  it('starts with a byte-order mark, uses CRLF, and defuses cells a spreadsheet would run as formulas', () => {
    expect(text.startsWith('\ufeffName,Preferred name,Organisation,E-mail addresses')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    const c3 = rows[3]!;
    expect(c3[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(c3[2]).toBe("'@SUM(A1)");
    expect(c3[4]).toBe('+15550100'); // phone numbers stay as they are
    expect(c3[15]).toBe("''=already quoted");
  });
});

describe('clients vCard 4.0', () => {
  it('re-imports what a contact card can hold: names, organisation, addresses, phones, tags and every personal note', () => {
    const vcf = clientsVcardChunk(rich.slice(0, 2)) + clientsVcardChunk(rich.slice(2));
    expect(vcf.match(/^BEGIN:VCARD\r\nVERSION:4.0\r\n/gm)).toHaveLength(4);
    // Long notes are folded by UTF-8 octets (ical.js: 75 of content, plus the continuation's leading space).
    expect(Math.max(...vcf.split('\r\n').map((l) => new TextEncoder().encode(l).length))).toBeLessThanOrEqual(76);
    expect(vcf).toContain('\r\n x');
    const r = parseVcards(vcf);
    if (!r.ok) throw new Error(r.error.message);
    // vCard has no CR: line breaks come back as LF.
    const lf = (n: Client['notes']) => Object.fromEntries(Object.entries(n).map(([k, v]) => [k, v.replace(/\r\n?/g, '\n')]));
    const carried = (c: Client) => ({ ...fieldsOf(c), notes: lf(c.notes), domains: [], matters: [], goals: [], cadence: undefined });
    expect(r.cards.map((x) => (x.ok ? { ...x.client, cadence: undefined } : x))).toEqual(rich.map(carried));
  });

  it('writes a UID and a REV for each card', () => {
    const vcf = clientsVcardChunk([client('0b6f8c1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b', {}, { updatedAt: Date.UTC(2026, 10, 26, 15, 45) })]);
    expect(vcf).toContain('UID:urn:uuid:0b6f8c1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b\r\n');
    expect(vcf).toContain('REV:20261126T154500Z\r\n');
  });
});

describe('interactions CSV', () => {
  it('one row per interaction with the client named; parses back to the same values', () => {
    const list = [
      interaction('i1', 'c1', { kind: 'email-in', at: T0, summary: 'Re: "settlement", draft\nsee attached', sentiment: -1, source: 'gmail', messageId: '<a@b>' }),
      interaction('i2', 'c2', { kind: 'filing', at: T0 + 1000, source: 'one-legal', filing: { status: 'Rejected by Court', caseNumber: '22STCV11897', ref: '31845203', acknowledgedAt: T0 + 2000 } }),
    ];
    const names = new Map([['c1', 'Zoë Whitfield']]);
    const text = interactionsCsvChunk(list.slice(0, 1), names, true) + interactionsCsvChunk(list.slice(1), names, false);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!)).toEqual([...INTERACTION_CSV_HEADERS]);
    const back = rows.map((r) => ({
      id: r.Id,
      clientId: r['Client id'],
      kind: (Object.keys(INTERACTION_LABELS) as (keyof typeof INTERACTION_LABELS)[]).find((k) => INTERACTION_LABELS[k] === r.Kind),
      at: Date.parse(r.Date!),
      summary: r.Summary,
      ...(r.Mood ? { sentiment: Number(r.Mood) } : {}),
      source: r.Source,
      ...(r['Message id'] ? { messageId: r['Message id'] } : {}),
      ...(r['Filing status']
        ? { filing: { status: r['Filing status'], caseNumber: r['Case number'], ref: r['Filing ref'], acknowledgedAt: Date.parse(r.Acknowledged!) } }
        : {}),
    }));
    expect(back).toEqual(list);
    expect(rows.map((r) => r.Client)).toEqual(['Zoë Whitfield', 'c2']);
  });
});

describe('export entry points', () => {
  it('name the downloads by date and load the writers on demand', async () => {
    expect(exportFileName('clients', 'vcf', Date.UTC(2026, 10, 26, 23, 59))).toBe('rapport-clients-2026-11-26.vcf');
    expect(exportFileName('interactions', 'csv', Date.UTC(2026, 0, 1))).toBe('rapport-interactions-2026-01-01.csv');
    expect((await loadCsvExport()).clientsCsvChunk).toBe(clientsCsvChunk);
  });
});
