import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/import/csv';
import { guessMapping, detectFormat } from '../../../lib/import/mapping';
import { rowToClient } from '../../../lib/import/rows';
import { parseVcards } from '../../../lib/import/vcard';
import { decodeText, detectEncoding } from '../../../lib/import/decode';
import { mappingProblem, readContactsFile } from '../../../lib/import/index';

const table = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.table;
};
const clientsOf = (text: string) => {
  const t = table(text);
  const m = guessMapping(t.headers);
  return t.rows.map((r) => rowToClient(r, m, { newId: () => 'id', now: 7 }));
};

describe('CSV rows and line numbers', () => {
  it('counts physical lines, quoted line breaks included, whatever the line ending', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const t = table(['Name,Notes', `Ana,"one${nl}two${nl}three"`, '', 'Ben,x', `"Cy, Jr.","a${nl}b"`, 'Di,'].join(nl));
      expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
        [2, 'Ana'],
        [6, 'Ben'],
        [7, 'Cy, Jr.'],
        [9, 'Di'],
      ]);
    }
  });

  it('a row with more values than the header is an error on its line; fewer values are empty fields', () => {
    const rows = clientsOf('Name,E-mail\nAna,ana@acme.com,extra\nBen\n');
    expect(rows[0]).toEqual({ line: 2, ok: false, reason: 'This row has 3 values but the header has 2; a value with a comma may be missing its quotes.' });
    expect(rows[1]).toMatchObject({ line: 3, ok: true, client: { name: 'Ben', emails: [] } });
  });

  it('an unclosed quote stops the whole file with the line it starts on (nothing half-read)', () => {
    const r = parseCsv('Name,Notes\nAna,ok\nBen,"never closed\nCy,x\n');
    expect(r).toEqual({ ok: false, error: { line: 3, message: expect.stringContaining('starts on line 3 is never closed') } });
  });

  it('refuses empty and binary files with a sentence', () => {
    expect(parseCsv('\ufeff  \r\n')).toEqual({ ok: false, error: { line: 0, message: 'The file is empty.' } });
    expect(parseCsv('PK\u0003\u0004\u0000\u0000')).toMatchObject({ ok: false, error: { message: expect.stringContaining('not a text file') } });
  });

  it('semicolon-separated files (European Excel) parse too', () => {
    expect(clientsOf('Name;Email;Phone\nZoë;zoe@example.com;+33 1 55 55 01 01\n')[0]).toMatchObject({ ok: true, client: { name: 'Zoë', emails: ['zoe@example.com'], phones: ['+33 1 55 55 01 01'] } });
  });

  it('a row with no name, organisation or address is an error; one with only an address is named by it', () => {
    const rows = clientsOf('First Name,Last Name,Email,Notes\n,,,just a note\n,,solo@example.com,\n');
    expect(rows[0]).toEqual({ line: 2, ok: false, reason: 'No name, organisation or e-mail address in this row.' });
    expect(rows[1]).toMatchObject({ ok: true, client: { name: 'solo@example.com', emails: ['solo@example.com'] } });
  });

  it('generic columns: several addresses in one cell, "Name <address>", mailto:, tel:, tags split on ; and ,', () => {
    const rows = clientsOf('Full Name,Emails,Phone,Tags,Case Number,Court\n"Ana Ruiz","Ana Ruiz <Ana@Acme.com>; mailto:ana@home.example",tel:+15550100,"VIP, litigation;vip",22STCV11897,LASC\n');
    expect(rows[0]).toMatchObject({
      ok: true,
      client: { name: 'Ana Ruiz', emails: ['ana@acme.com', 'ana@home.example'], phones: ['+15550100'], tags: ['VIP', 'litigation'], matters: [{ id: 'id', caseNumber: '22STCV11897', court: 'LASC' }] },
    });
  });

  it('too-long values fail the model schema and are reported with the field', () => {
    const rows = clientsOf(`Name,Notes\n${'x'.repeat(201)},ok\n`);
    expect(rows[0]).toEqual({ line: 2, ok: false, reason: 'name: too big: expected string to have <=200 characters' });
  });
});

describe('mapping', () => {
  it('detects the known exports from their headers', () => {
    expect(detectFormat(['First Name', 'Last Name', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value'])).toBe('google');
    expect(detectFormat(['Name', 'Given Name', 'Family Name', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value'])).toBe('google-legacy');
    expect(detectFormat(['First Name', 'Last Name', 'E-mail Address'])).toBe('outlook');
    expect(detectFormat(['Title', 'First Name', 'Last Name', 'Categories', 'E-mail Address'])).toBe('outlook-desktop');
    expect(detectFormat(['first_name', 'last_name', 'email_address'])).toBe('clio');
    expect(detectFormat(['Client', 'Mail'])).toBe('generic');
  });

  it('Google legacy: the "* " in the Type column marks the primary address, and system groups are dropped', () => {
    const rows = clientsOf(
      'Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Organization 1 - Name\n' +
        'Ana Ruiz,Ana,Ruiz,* My Contacts ::: System Group: Friends ::: Clients,Work,ana@acme.com,* Home,ana@home.example,Acme\n',
    );
    expect(rows[0]).toMatchObject({ ok: true, client: { name: 'Ana Ruiz', emails: ['ana@home.example', 'ana@acme.com'], tags: ['Clients'], organisation: 'Acme' } });
  });

  it('says when a mapping cannot identify anyone', () => {
    const m = guessMapping(['Street', 'City']);
    expect(mappingProblem(m)).toBe('Choose at least one column for the name, organisation or e-mail address.');
    m.columns[0]!.target = 'name';
    expect(mappingProblem(m)).toBeNull();
  });
});

describe('vCard', () => {
  it('reports a broken card on its line and still reads the others', () => {
    const r = parseVcards('BEGIN:VCARD\nVERSION:4.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nthis line has no colon\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Ben\nEND:VCARD\n');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.cards.map((c) => [c.line, c.ok])).toEqual([
      [1, true],
      [5, false],
      [9, true],
    ]);
    expect(r.cards[1]).toMatchObject({ reason: expect.stringMatching(/^This card cannot be read \(invalid line/) });
  });

  it('refuses vCard 2.1 (quoted-printable) instead of importing garbled names', () => {
    const r = parseVcards('BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=A9;x\r\nEND:VCARD\r\n');
    expect(r.ok && r.cards[0]).toEqual({ line: 1, ok: false, reason: 'vCard version 2.1 is not supported; export the contacts as vCard 3.0 or 4.0.' });
  });

  it('a card left open at the end of the file is an error, and a file with no card says so', () => {
    const r = parseVcards('BEGIN:VCARD\nVERSION:4.0\nFN:Ana\n');
    expect(r.ok && r.cards[0]?.ok).toBe(false);
    expect(parseVcards('hello\nworld')).toEqual({ ok: false, error: { line: 1, message: expect.stringContaining('No contact cards found') } });
  });

  it('a card named only by N puts the given name first', () => {
    const r = parseVcards('BEGIN:VCARD\nVERSION:3.0\nN:Đặng;Lan;Thị;;\nEND:VCARD');
    expect(r.ok && r.cards[0]).toMatchObject({ ok: true, client: { name: 'Lan Thị Đặng' } });
  });
});

describe('decoding', () => {
  it('tells UTF-8, UTF-16 (with and without a mark) and Windows-1252 apart', () => {
    const utf16 = (s: string, be = false) => {
      const b = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        b[i * 2 + (be ? 1 : 0)] = s.charCodeAt(i) & 0xff;
        b[i * 2 + (be ? 0 : 1)] = s.charCodeAt(i) >> 8;
      }
      return b;
    };
    expect(detectEncoding(new TextEncoder().encode('Zoë'))).toBe('utf-8');
    expect(detectEncoding(utf16('Name,Email\r\nZoë,z@x.co'))).toBe('utf-16le');
    expect(detectEncoding(utf16('Name,Email\r\nZoë,z@x.co', true))).toBe('utf-16be');
    expect(decodeText(new Uint8Array([0x5a, 0x6f, 0xeb])).text).toBe('Zoë'); // Windows-1252 ë
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...utf16('Zoë')])).text).toBe('Zoë');
  });

  it('readContactsFile tells a vCard from a CSV by name or content', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect((await readContactsFile('contacts.txt', enc('BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD'))).kind).toBe('vcard');
    expect((await readContactsFile('x.csv', enc('Name\nA'))).kind).toBe('csv');
    expect(await readContactsFile('x.csv', enc(''))).toEqual({ kind: 'error', error: { line: 0, message: 'The file is empty.' } });
  });
});
