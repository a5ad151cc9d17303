#!/usr/bin/env node
// Benchmark (not a test) of Options → Data in the built extension (test
// build), driven as a user would: "Back up now" on a seeded database, the
// file restored through "Restore from a backup…" into a fresh profile, and a
// Google Contacts CSV imported there. Each figure stands next to a
// bare-IndexedDB baseline measured in the same run in the same worker: the
// same number of records read or written with no indexes and no code around
// them. Wall time, measured from Node: clicks to the text the user waits for.
// Last, the restored profile is backed up again: the round trip holds when
// that file is the first one byte for byte, but for its creation time.
//
//   node scripts/bench-data-ext.mjs [--quick] [--csv-only]    (build first: npm run build:test)
//
// --csv-only: only the CSV import, into an empty profile (for work on it).
// BENCH_EXTENSION=<dir> runs another build of the extension.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './bench/extension.mjs';
import { beginJob, commitJob, installSeeder, stageBatch } from './bench/worker.mjs';

const quick = process.argv.includes('--quick');
const csvOnly = process.argv.includes('--csv-only');
const EXT = process.env.BENCH_EXTENSION ?? EXTENSION_DIR;
const CONFIG = quick ? { clients: 1000, perClient: 20, csvRows: 1000, batchClients: 200, seed: 7 } : { clients: 10_000, perClient: 20, csvRows: 10_000, batchClients: 200, seed: 7 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const log = (...a) => console.log(...a);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

if (!existsSync(path.join(EXT, 'manifest.json'))) {
  console.error(`No test build at ${EXT}: run npm run build:test first.`);
  process.exit(1);
}

async function launch() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-data-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...ARGS],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(sw.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    sw,
    page,
    data: () => page.goto(`chrome-extension://${id}/options.html#data`),
    async close() {
      await context.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** In the worker: `n` records of `perRecord` interactions written to, then read back from, a store with no indexes; the time of each. */
async function bare({ clients, perClient, batch }) {
  const name = 'rapport-bench-bare-data';
  const done = (tx) => new Promise((ok, ko) => ((tx.oncomplete = ok), (tx.onerror = tx.onabort = () => ko(tx.error))));
  await new Promise((ok) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = ok;
  });
  const db = await new Promise((ok, ko) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => {
      r.result.createObjectStore('clients', { keyPath: 'id' });
      r.result.createObjectStore('interactions', { keyPath: 'id' });
    };
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
  let writeMs = 0;
  for (let from = 0; from < clients; from += batch) {
    const cs = [];
    const is = [];
    for (let k = from; k < Math.min(clients, from + batch); k++) {
      const id = `c${k}`;
      cs.push({ id, name: `Client ${k}`, emails: [`c${k}@example.com`], createdAt: 0, updatedAt: 0, notes: { family: 'Married; two kids.' } });
      for (let j = 0; j < perClient; j++) is.push({ id: `${id}-${j}`, clientId: id, kind: 'call', at: j, summary: 'Walked through the settlement offer', source: 'bench' });
    }
    const t = performance.now();
    const tx = db.transaction(['clients', 'interactions'], 'readwrite');
    for (const c of cs) tx.objectStore('clients').put(c);
    for (const i of is) tx.objectStore('interactions').put(i);
    await done(tx);
    writeMs += performance.now() - t;
  }
  const t = performance.now();
  let read = 0;
  for (const store of ['clients', 'interactions']) {
    let after = null;
    for (;;) {
      const tx = db.transaction(store);
      const rows = await new Promise((ok) => {
        const r = tx.objectStore(store).getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 2000);
        r.onsuccess = () => ok(r.result);
      });
      if (!rows.length) break;
      read += rows.length;
      after = rows.at(-1).id;
    }
  }
  const readMs = performance.now() - t;
  db.close();
  await new Promise((ok) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = ok;
  });
  return { writeMs, readMs, records: read };
}

async function seed(sw) {
  await sw.evaluate(installSeeder, { perClient: CONFIG.perClient, seed: CONFIG.seed });
  const job = await sw.evaluate(beginJob);
  for (let done = 0, seq = 0; done < CONFIG.clients; done += CONFIG.batchClients, seq++) await sw.evaluate(stageBatch, [job, seq, Math.min(CONFIG.batchClients, CONFIG.clients - done)]);
  await sw.evaluate(commitJob, job);
}

/** A Google Contacts export of `n` people nobody in the seeded data has. */
function googleCsv(n) {
  const rows = ['First Name,Middle Name,Last Name,Organization Name,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value'];
  for (let i = 0; i < n; i++) rows.push(`Person${i},,Import${i},"Firm ${i % 97}, LLP","Met at the bar lunch, ${i}",* myContacts ::: Clients,* Work,person${i}@import-bench.example,Mobile,+1 415 555 ${String(i % 10000).padStart(4, '0')}`);
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

const out = mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-files-'));
const figures = {};
const load = os.loadavg()[0].toFixed(2);
log(`Options → Data bench: ${CONFIG.clients.toLocaleString('en-US')} clients × ${CONFIG.perClient} interactions, ${CONFIG.csvRows.toLocaleString('en-US')}-row CSV; load ${load}`);

const a = csvOnly ? null : await launch();
let file;
if (a) try {
  log('Seeding…');
  await seed(a.sw);
  const base = await a.sw.evaluate(bare, { clients: CONFIG.clients, perClient: CONFIG.perClient, batch: CONFIG.batchClients });
  figures.bareWrite = { ms: base.writeMs, records: base.records };
  figures.bareRead = { ms: base.readMs, records: base.records };
  await a.data();
  await a.page.getByTestId('storage-line').waitFor();
  const t = performance.now();
  const [download] = await Promise.all([a.page.waitForEvent('download', { timeout: 600_000 }), a.page.getByRole('button', { name: 'Back up now' }).click()]);
  await a.page.getByText(/^Backup saved:/).waitFor({ timeout: 600_000 });
  figures.backup = { ms: performance.now() - t };
  file = path.join(out, download.suggestedFilename());
  await download.saveAs(file);
  figures.backup.bytes = readFileSync(file).length;
  log(`Backup: ${s(figures.backup.ms)} (${(figures.backup.bytes / 1048576).toFixed(1)} MB); bare read of the same count ${s(base.readMs)}`);
} finally {
  await a.close();
}

const b = await launch();
try {
  await b.data();
  let t = performance.now();
  if (file) {
  await b.page.getByLabel('Restore from a backup…').setInputFiles(file);
  await b.page.getByRole('button', { name: 'Restore', exact: true }).waitFor({ timeout: 600_000 });
  figures.restorePreview = { ms: performance.now() - t };
  t = performance.now();
  await b.page.getByRole('button', { name: 'Restore', exact: true }).click();
  await b.page.getByText(/^Restored from /).waitFor({ timeout: 900_000 });
  figures.restoreApply = { ms: performance.now() - t };
  log(`Restore: preview ${s(figures.restorePreview.ms)}, apply ${s(figures.restoreApply.ms)}; bare write of the same count ${s(figures.bareWrite.ms)}`);
  // The round trip: a backup of the restored profile is the same file, but for its header's creation time.
  const [again] = await Promise.all([b.page.waitForEvent('download', { timeout: 600_000 }), b.page.getByRole('button', { name: 'Back up now' }).click()]);
  const second = path.join(out, 'second.json');
  await again.saveAs(second);
  const body = (f) => readFileSync(f, 'utf8').replace(/^"createdAt": ".*",$/m, '');
  figures.roundTrip = { identical: body(second) === body(file), bytes: readFileSync(second).length };
  log(`Round trip: the restored profile's backup is ${figures.roundTrip.identical ? 'byte-identical to the first' : 'DIFFERENT from the first'} (apart from createdAt)`);
  }

  const csv = path.join(out, 'google-contacts.csv');
  writeFileSync(csv, googleCsv(CONFIG.csvRows));
  const baseCsv = await b.sw.evaluate(bare, { clients: CONFIG.csvRows, perClient: 0, batch: 1000 });
  t = performance.now();
  await b.page.getByLabel('Choose a contacts file…').setInputFiles(csv);
  const confirm = b.page.getByRole('button', { name: /^Import [\d,]+ clients$/ });
  await confirm.waitFor({ timeout: 600_000 });
  figures.csvPreview = { ms: performance.now() - t };
  t = performance.now();
  await confirm.click();
  await b.page.getByText(/^Imported google-contacts\.csv/).waitFor({ timeout: 600_000 });
  figures.csvApply = { ms: performance.now() - t };
  figures.bareCsvWrite = { ms: baseCsv.writeMs, records: CONFIG.csvRows };
  log(`CSV import: preview ${s(figures.csvPreview.ms)}, apply ${s(figures.csvApply.ms)}; bare write of ${CONFIG.csvRows} records ${s(baseCsv.writeMs)}`);
} finally {
  await b.close();
  rmSync(out, { recursive: true, force: true });
}

const ratio = (x, y) => `${(x / y).toFixed(1)}×`;
const rows = csvOnly ? [
  ['CSV import: preview (file chosen → preview)', s(figures.csvPreview.ms), '', '', ''],
  ['CSV import: apply (click → imported)', s(figures.csvApply.ms), '', `bare write ${s(figures.bareCsvWrite.ms)}`, ratio(figures.csvApply.ms, figures.bareCsvWrite.ms)],
  ['CSV import total (file chosen → imported)', s(figures.csvPreview.ms + figures.csvApply.ms), '≤ 3 s', `bare write ${s(figures.bareCsvWrite.ms)}`, ratio(figures.csvPreview.ms + figures.csvApply.ms, figures.bareCsvWrite.ms)],
] : [
  ['Backup (click → file saved)', s(figures.backup.ms), '≤ 5 s', `bare read ${s(figures.bareRead.ms)}`, ratio(figures.backup.ms, figures.bareRead.ms)],
  ['Restore: validate + plan (file chosen → preview)', s(figures.restorePreview.ms), '', '', ''],
  ['Restore: apply (click → restored)', s(figures.restoreApply.ms), '', `bare write ${s(figures.bareWrite.ms)}`, ratio(figures.restoreApply.ms, figures.bareWrite.ms)],
  ['Restore total', s(figures.restorePreview.ms + figures.restoreApply.ms), '≤ 10 s', `bare write ${s(figures.bareWrite.ms)}`, ratio(figures.restorePreview.ms + figures.restoreApply.ms, figures.bareWrite.ms)],
  ['CSV import total (file chosen → imported)', s(figures.csvPreview.ms + figures.csvApply.ms), '≤ 3 s', `bare write ${s(figures.bareCsvWrite.ms)}`, ratio(figures.csvPreview.ms + figures.csvApply.ms, figures.bareCsvWrite.ms)],
  ['Round trip: backup of the restored profile = the first backup (but createdAt)', figures.roundTrip?.identical ? 'identical' : 'different', 'identical', '', ''],
];
log('\n| Figure | Result | Goal | Baseline | Ratio |\n|---|---|---|---|---|');
for (const r of rows) log(`| ${r.join(' | ')} |`);
if (!quick && !csvOnly) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/data-ext-latest.json', `${JSON.stringify({ at: new Date().toISOString(), config: CONFIG, loadStart: Number(load), loadEnd: Number(os.loadavg()[0].toFixed(2)), figures }, null, 2)}\n`);
}
