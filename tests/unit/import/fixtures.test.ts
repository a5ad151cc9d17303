import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContactsFile, csvRowsToClients, previewImport, type ContactsFile } from '../../../lib/import/index';
import type { RowResult } from '../../../lib/import/rows';
import { memoryExistingData } from '../../../lib/backup/existing';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { client } from '../data/records';

// The sample exports in tests/fixtures/import (made here, fictional people;
// see tests/fixtures/SOURCES.md), read exactly as the options page will:
// bytes in, rows with their physical line numbers out.

const dir = 'tests/fixtures/import/';
const bytes = (f: string) => new Uint8Array(readFileSync(dir + f));
let seq = 0;
const ids = () => `id-${++seq}`;

async function rowsOf(f: string): Promise<{ file: ContactsFile; rows: RowResult[] }> {
  const file = await readContactsFile(f, bytes(f));
  if (file.kind === 'error') throw new Error(file.error.message);
  const rows = file.kind === 'csv' ? await csvRowsToClients(file.table, file.mapping, { newId: ids, now: 1 }) : file.rows;
  return { file, rows };
}
const ok = (r: RowResult | undefined) => {
  if (!r?.ok) throw new Error(`expected a client, got ${JSON.stringify(r)}`);
  return r.client;
};
const empty = DEFAULT_SETTINGS;

describe('Google Contacts CSV (CRLF, quoted commas and line breaks, ::: lists, * primary marks, empty last line)', () => {
  it('recognises the export and maps names, e-mail (primary first), phones, organisation, notes and user labels', async () => {
    const { file, rows } = await rowsOf('google-contacts.2026-11.csv');
    expect(file.kind === 'csv' && file.mapping.format).toBe('google');
    expect(rows.map((r) => r.line)).toEqual([2, 6, 7, 8, 9, 10]);
    const zoe = ok(rows[0]);
    expect(zoe).toMatchObject({
      name: 'Zoë Whitfield',
      preferredName: 'Zo',
      organisation: 'Whitfield, Marsh & Co.',
      emails: ['zoe@home.example', 'zoe.whitfield@whitfield-marsh.example'],
      phones: ['+1 415-555-0142', '+1 415-555-0199'],
      tags: ['Clients', 'Estate planning'],
    });
    expect(zoe.notes.notes).toBe('Met at the county bar mixer.\nPrefers calls after 4 pm, never Mondays.\n"Call me Zo", she said.');
    expect(zoe.notes.background).toBe('Organization Title: Managing Partner');
    expect(ok(rows[1])).toMatchObject({ name: 'Lan Thị Đặng', organisation: 'Đặng Imports, LLC', tags: ['Clients'] });
    expect(ok(rows[2])).toMatchObject({ name: '明 李', emails: ['li.ming@mail.example'], tags: ['Clients', 'Mandarin'] });
    expect(rows[4]).toEqual({ line: 9, ok: false, reason: '“omar@haddad-bakery” in column “E-mail 1 - Value” is not an e-mail address.' });
    expect(ok(rows[5])).toMatchObject({ name: 'Bayview Title Company', tags: ['Vendors'] });
  });

  it('previews: new clients, the repeated Zoë skipped as a duplicate of line 2, a merge into an existing client, the bad row with its line', async () => {
    const { rows } = await rowsOf('google-contacts.2026-11.csv');
    const existing = client('lan', { name: 'Lan Dang', emails: ['lan.dang@dang-imports.example'], tags: ['VIP'] });
    const p = await previewImport(rows, memoryExistingData({ settings: empty, clients: [existing] }), { newId: ids });
    expect(p.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'new'],
      [6, 'merged'],
      [7, 'new'],
      [8, 'duplicate'],
      [9, 'error'],
      [10, 'new'],
    ]);
    expect(p.counts).toEqual({ new: 3, merged: 1, duplicate: 1, error: 1, total: 6 });
    expect(p.rows[3]).toMatchObject({ outcome: 'duplicate', of: { line: 2 }, matchedEmail: 'zoe.whitfield@whitfield-marsh.example' });
    const lan = p.writes.find((w) => w.id === 'lan')!;
    expect(lan.existing).toBe(true);
    // The existing name is kept (import never overwrites); the file's organisation and tag are added.
    expect(lan.client).toMatchObject({ name: 'Lan Dang', organisation: 'Đặng Imports, LLC', tags: ['VIP', 'Clients'] });
    expect(p.rows[1]).toMatchObject({ kept: ['name'] });
  });
});

describe('Outlook contacts CSV', () => {
  it('Outlook.com / Microsoft 365 (UTF-8 with BOM): several phones and addresses, suffix, nickname, spouse and hobby into personal notes', async () => {
    const { file, rows } = await rowsOf('outlook-contacts.2026-11.csv');
    expect(file.kind === 'csv' && file.mapping.format).toBe('outlook');
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(ok(rows[0])).toMatchObject({
      name: 'Đặng Văn Minh',
      organisation: 'Saigon Textiles, Inc.',
      emails: ['minh.dang@example.org'],
      phones: ['+1 (408) 555-0111', '+84 28 5555 0101'],
      notes: { family: 'Spouse: Hoa', interests: 'Hobby: Orchids, chess', background: 'Job Title: CFO', notes: 'Wire transfers only.\r\nAsks for summaries in Vietnamese, then English.' },
    });
    expect(ok(rows[1])).toMatchObject({ name: 'Zoë Ng Jr.', preferredName: 'Zed', emails: ['zoe.ng@example.net', 'zng@law-school.example'], phones: ['650-555-0155'] });
    expect(ok(rows[2])).toMatchObject({ name: 'Li Wei (李伟)', organisation: 'Pacific Rim Logistics, Ltd.' });
  });

  it('Outlook desktop (92 columns, UTF-16 with BOM): categories become tags, a bad second address is an error on its line', async () => {
    const { file, rows } = await rowsOf('outlook-desktop-contacts.2026-11.csv');
    expect(file.kind === 'csv' && [file.mapping.format, file.encoding, file.table.headers.length]).toEqual(['outlook-desktop', 'utf-16le', 92]);
    expect(ok(rows[0])).toMatchObject({
      name: 'Zoë Achterberg',
      emails: ['zoe@achterberg-dental.example'],
      phones: ['(510) 555-0133', '(510) 555-0134'],
      tags: ['Clients', 'Employment'],
      notes: { family: 'Children: Two, ages 9 and 12', howWeMet: 'Referred By: Lan Đặng' },
    });
    expect(rows[1]).toEqual({ line: 4, ok: false, reason: '“not an address” in column “E-mail 2 Address” is not an e-mail address.' });
  });
});

describe('Clio Manage CSV (import-template columns, BOM, a line break inside a street)', () => {
  it('is guessed, not certain, and maps first/last name, company, e-mail and phone', async () => {
    const { file, rows } = await rowsOf('clio-contacts.2026-11.csv');
    if (file.kind !== 'csv') throw new Error('not csv');
    expect(file.mapping).toMatchObject({ format: 'clio', certain: false });
    expect(file.mapping.columns.map((c) => c.target)).toEqual(['ignore', 'jobTitle', 'firstName', 'lastName', 'organisation', 'ignore', 'ignore', 'ignore', 'ignore', 'email', 'phone']);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(ok(rows[0])).toMatchObject({ name: 'Zoë Castellanos', organisation: 'Castellanos Family Vineyards, LLC', emails: ['zoe@castellanos-vineyards.example'], phones: ['707-555-0161'], notes: { background: 'job_title: Director of Operations' } });
    expect(ok(rows[2])).toMatchObject({ name: 'Wei 李', organisation: 'Golden Gate Herbal' });
  });
});

describe('vCard file (3.0 and 4.0 cards, folded lines, escapes, tel: URIs)', () => {
  it('reads each card with the line it starts on', async () => {
    const { file, rows } = await rowsOf('contacts.2026-11.vcf');
    expect(file.kind).toBe('vcard');
    expect(rows.map((r) => r.line)).toEqual([1, 16, 29, 40, 46]);
    expect(ok(rows[0])).toMatchObject({
      name: 'Zoë Whitfield',
      preferredName: 'Zo',
      organisation: 'Whitfield, Marsh & Co.',
      emails: ['zoe@home.example', 'zoe.whitfield@whitfield-marsh.example'],
      phones: ['+1 415-555-0142', '+1 415-555-0199'],
      tags: ['Clients', 'Estate planning'],
      notes: { background: 'Job title: Managing Partner', notes: 'Met at the county bar mixer.\nPrefers calls after 4 pm, never Mondays.\nTrust documents: v3; signed copy in the vault.' },
    });
    expect(ok(rows[1])).toMatchObject({ name: 'Đặng Thị Lan', organisation: 'Đặng Imports, LLC', phones: ['+1-213-555-0107', '+1-213-555-0108;ext=22'], tags: ['Clients', 'Commercial lease'] });
    expect(ok(rows[2]).notes.notes).toBe('Speaks Mandarin and English; prefers e-mail. A very long note line that continues on the next physical line because vCard folds at seventy-five octets.');
    expect(rows[3]).toEqual({ line: 40, ok: false, reason: '“omar@” (EMAIL) is not an e-mail address.' });
    expect(ok(rows[4])).toMatchObject({ name: 'Bayview Title Company', phones: ['415 555 0180'], tags: ['Vendors'] });
  });
});
