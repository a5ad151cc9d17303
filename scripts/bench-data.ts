// The pure half of backup, restore, import and export at full size, in Node:
// 10,000 clients + 200,000 interactions, a 10,000-row Google CSV. Loaded by
// scripts/bench-data.mjs. Timings are printed, never asserted; it fails only
// when something is wrong (a record lost, an invalid plan).
import Papa from 'papaparse';
import { createBackupWriter } from '../lib/backup/writer';
import { validateBackup } from '../lib/backup/validate';
import { planRestore } from '../lib/backup/restore-plan';
import { memoryExistingData } from '../lib/backup/existing';
import { readContactsFile, csvRowsToClients, previewImport } from '../lib/import/index';
import { clientsCsvChunk, interactionsCsvChunk } from '../lib/export/csv';
import { clientsVcardChunk } from '../lib/export/vcard';
import type { Client } from '../lib/model/client';
import type { Interaction, InteractionKind } from '../lib/model/interaction';
import { DEFAULT_SETTINGS } from '../lib/model/settings';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26);
const KINDS: InteractionKind[] = ['email-in', 'email-out', 'call', 'meeting', 'note', 'filing'];
const FIRST = ['Maria', 'Thomas', 'Zoë', 'Lan', 'Wei', 'Omar', 'Priya', 'Jamal', 'Sofia', 'Kenji'];
const LAST = ['Alvarez', 'Becker', 'Đặng', '李', 'Haddad', 'Nair', 'Okafor', 'Rossi', 'Tanaka', 'Whitfield'];

/** Deterministic: the same data every run. */
export function generate(clients: number, perClient: number): { clients: Client[]; interactions: Interaction[] } {
  const cs: Client[] = [];
  const is: Interaction[] = [];
  for (let i = 0; i < clients; i++) {
    const id = `c-${String(i).padStart(6, '0')}`;
    const first = FIRST[i % 10]!;
    const last = LAST[Math.floor(i / 10) % 10]!;
    cs.push({
      id,
      name: `${first} ${last} ${i}`,
      ...(i % 3 === 0 ? { preferredName: first } : {}),
      ...(i % 2 === 0 ? { organisation: `${last} Holdings ${i % 97}, LLC` } : {}),
      emails: [`client${i}@firm${i % 500}.example`, ...(i % 4 === 0 ? [`c${i}@home.example`] : [])],
      phones: [`(415) 555-${String(i % 10000).padStart(4, '0')}`],
      domains: [],
      matters: i % 4 === 3 ? [] : [{ id: `${id}-m`, people: [], caseNumber: `${22 + (i % 4)}STCV${String(10000 + i).padStart(5, '0')}`, caseName: `${last} v. Acme ${i}`, court: 'LA Superior Court' }],
      notes: { family: i % 2 ? 'Married; two children.' : '', interests: 'Sailing, opera.', background: 'Third-generation business owner.', howWeMet: 'Bar association mixer.', notes: 'Prefers calls after 2 pm.\nSend summaries by e-mail.' },
      goals: i % 5 ? [] : [{ id: `${id}-g`, text: 'Settle before trial', acceptableOutcome: 'At least $50,000', status: 'open', updatedAt: NOW - DAY }],
      tags: i % 3 ? ['client'] : ['client', 'litigation'],
      createdAt: NOW - 900 * DAY,
      updatedAt: NOW - (i % 300) * DAY,
    });
    for (let k = 0; k < perClient; k++) {
      const kind = KINDS[(i + k) % 6]!;
      is.push({
        id: `${id}-i${k}`,
        clientId: id,
        kind,
        at: NOW - ((i * 7 + k * 53) % 1095) * DAY,
        summary: kind === 'note' ? 'Left a voicemail about the deposition schedule.' : `${kind} ${k}`,
        source: kind.startsWith('email') ? 'gmail' : 'sidebar',
        ...(kind.startsWith('email') ? { messageId: `<${id}.${k}@mail.example>` } : {}),
        ...(kind === 'filing' ? { filing: { status: k % 12 === 5 ? 'Rejected by Court' : 'Accepted', caseNumber: `22STCV${10000 + i}`, ref: `${i}${k}` } } : {}),
      });
    }
  }
  return { clients: cs, interactions: is };
}

const ms = (t: number) => Math.round(performance.now() - t);
/** CPU time of this process (user + system) since `c`: less swayed than wall time by other work on a shared machine. */
const cpu = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return Math.round((d.user + d.system) / 1000);
};

export async function run(opts: { clients: number; perClient: number; csvRows: number }) {
  const out: { figure: string; result: string; ms: number; cpuMs: number }[] = [];
  let c0 = process.cpuUsage();
  const note = (figure: string, t: number, result = '') => {
    const m = ms(t);
    const c = cpu(c0);
    out.push({ figure, result, ms: m, cpuMs: c });
    console.log(`${figure.padEnd(72)} ${String(m).padStart(6)} ms wall ${String(c).padStart(6)} ms CPU  ${result}`);
  };

  let t = performance.now();
  c0 = process.cpuUsage();
  c0 = process.cpuUsage();
  const data = generate(opts.clients, opts.perClient);
  note(`generate ${opts.clients} clients + ${data.interactions.length} interactions (not part of any figure)`, t);

  t = performance.now();
  c0 = process.cpuUsage();
  const w = createBackupWriter();
  const chunks = [w.start({ createdAt: NOW, appVersion: '0.1.0', settings: DEFAULT_SETTINGS, portals: [] })];
  for (let i = 0; i < data.clients.length; i += 500) chunks.push(w.clients(data.clients.slice(i, i + 500)));
  for (let i = 0; i < data.interactions.length; i += 5000) chunks.push(w.interactions(data.interactions.slice(i, i + 5000)));
  chunks.push(w.finish());
  const largest = Math.max(...chunks.map((c) => c.length));
  note('backup: write in pages (500 clients / 5,000 interactions)', t, `${chunks.length} chunks, largest ${(largest / 1e6).toFixed(1)} MB, total ${(chunks.reduce((a, c) => a + c.length, 0) / 1e6).toFixed(1)} MB`);

  const text = chunks.join('');
  t = performance.now();
  c0 = process.cpuUsage();
  const v = validateBackup(text);
  note('restore: validate the file (JSON.parse + every record + cross-checks)', t, v.ok ? 'valid' : `${v.errors.length} errors`);
  if (!v.ok || v.backup.clients.length !== data.clients.length || v.backup.interactions.length !== data.interactions.length) throw new Error('backup lost records');

  t = performance.now();
  c0 = process.cpuUsage();
  const empty = await planRestore(v.backup, memoryExistingData({ settings: DEFAULT_SETTINGS }));
  note('restore: plan into an empty database', t, empty.ok ? `${empty.plan.writes.clients.length} + ${empty.plan.writes.interactions.length} to write` : 'FAILED');
  if (!empty.ok) throw new Error('plan failed');

  t = performance.now();
  c0 = process.cpuUsage();
  const same = memoryExistingData({ settings: DEFAULT_SETTINGS, clients: data.clients, interactions: data.interactions });
  note('(build the in-memory view of a full database; not part of any figure)', t);
  t = performance.now();
  c0 = process.cpuUsage();
  const again = await planRestore(v.backup, same);
  note('restore: plan onto a database that already holds it all', t, again.ok ? `${again.plan.counts.clients.unchanged} clients unchanged, ${again.plan.writes.interactions.length} interactions to write` : 'FAILED');
  if (!again.ok || again.plan.writes.clients.length) throw new Error('same data should change nothing');

  // A Google CSV as Google writes it.
  const google = ['First Name', 'Middle Name', 'Last Name', 'Nickname', 'Organization Name', 'Organization Title', 'Notes', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value', 'E-mail 2 - Label', 'E-mail 2 - Value', 'Phone 1 - Label', 'Phone 1 - Value'];
  const rows = data.clients.slice(0, opts.csvRows).map((c, i) => [FIRST[i % 10], '', LAST[Math.floor(i / 10) % 10], c.preferredName ?? '', c.organisation ?? '', 'Owner', c.notes.notes, '* myContacts ::: Clients', '* Work', c.emails[0], 'Home', c.emails[1] ?? '', 'Mobile', c.phones[0]]);
  const csv = new TextEncoder().encode(Papa.unparse([google, ...rows], { newline: '\r\n' }));
  t = performance.now();
  c0 = process.cpuUsage();
  const file = await readContactsFile('contacts.csv', csv);
  if (file.kind !== 'csv') throw new Error('not read as CSV');
  const built = await csvRowsToClients(file.table, file.mapping);
  const half = memoryExistingData({ settings: DEFAULT_SETTINGS, clients: data.clients.slice(0, Math.floor(opts.csvRows / 2)) });
  const preview = await previewImport(built, half);
  note(`import: ${opts.csvRows}-row Google CSV, decode → preview (half already clients)`, t, `${preview.counts.new} new, ${preview.counts.merged} merged, ${preview.counts.duplicate} duplicate, ${preview.counts.error} errors`);
  if (preview.counts.error) throw new Error('CSV rows refused');

  t = performance.now();
  c0 = process.cpuUsage();
  let csvOut = '';
  for (let i = 0; i < data.clients.length; i += 500) csvOut += clientsCsvChunk(data.clients.slice(i, i + 500), i === 0);
  note('export: clients CSV', t, `${(csvOut.length / 1e6).toFixed(1)} MB`);
  t = performance.now();
  c0 = process.cpuUsage();
  let vcf = '';
  for (let i = 0; i < data.clients.length; i += 500) vcf += clientsVcardChunk(data.clients.slice(i, i + 500));
  note('export: clients vCard 4.0', t, `${(vcf.length / 1e6).toFixed(1)} MB`);
  t = performance.now();
  c0 = process.cpuUsage();
  const names = new Map(data.clients.map((c) => [c.id, c.name]));
  let icsv = '';
  for (let i = 0; i < data.interactions.length; i += 5000) icsv += interactionsCsvChunk(data.interactions.slice(i, i + 5000), names, i === 0);
  note('export: interactions CSV', t, `${(icsv.length / 1e6).toFixed(1)} MB`);
  return out;
}
