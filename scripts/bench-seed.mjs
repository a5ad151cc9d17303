#!/usr/bin/env node
// Focused bench (not a test) of the bulk write path alone: the staged engine
// seeding N clients × 20 interactions in the test build's service worker
// (bulkBegin, bulkStage per 200 clients, one bulkCommit) — the same path and
// the same data as `npm run bench`'s seeding — next to the bare-IndexedDB
// baseline measured in the same worker right after (the same records, one
// per client and per interaction, no indexes, 200 clients a transaction).
// Then what the commit left: records and index entries per store.
//
//   node scripts/bench-seed.mjs [--clients N] [--profile] [--runs K] [--no-bare]
//
// --profile: a CPU profile of the worker during the commit (CDP Profiler),
// summarised by self time and saved to the temp folder. --runs: seed K fresh
// profiles one after another (each with its own baseline). --no-bare: skip the
// one-record-each baseline (the slowest part of a run; the layout floor, which
// a change to the commit is compared with, is still measured). Build first:
// npm run build:test. Nothing is written to bench/results.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR } from './bench/extension.mjs';
import { chromiumCpuMs } from './bench/cpu.mjs';
import { selfTimes, workerSession } from './bench/worker-cdp.mjs';
import { bareBaselines, beginJob, commitJob, installSeeder, stageBatch } from './bench/worker.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const CONFIG = { clients: arg('--clients', 10_000), perClient: 20, batchClients: 200, seed: 20261126, runs: arg('--runs', 1) };
const PROFILE = process.argv.includes('--profile');
const BARE = !process.argv.includes('--no-bare');
/** --import N: after seeding, N new contacts (one client record each, no history, as a CSV import stages them) in chunks of 5,000 and one commit. */
const IMPORT = arg('--import', 0);
/** BENCH_EXTENSION=<dir>: another build (an unminified one, for readable profiles). */
const EXT = process.env.BENCH_EXTENSION ?? EXTENSION_DIR;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

if (!existsSync(path.join(EXT, 'manifest.json'))) {
  console.error(`No test build at ${EXT}: run npm run build:test first.`);
  process.exit(1);
}

/**
 * In the worker: stages `n` contacts as a CSV import does (each with the id
 * the preview chose, no interactions) in chunks of 5,000, commits them, and
 * then writes the same records to a bare store with no indexes. Times only
 * the dispatches and the bare writes.
 */
async function importInWorker(n) {
  const dispatch = async (message) => {
    const r = await globalThis.rapport.dispatch(message);
    if (!r.ok) throw new Error(`${message.type} failed: ${r.error.message}`);
    return r.data;
  };
  const now = Date.now();
  const records = Array.from({ length: n }, (_, i) => ({
    client: {
      id: crypto.randomUUID(),
      name: `Person${i} Import${i}`,
      organisation: `Firm ${i % 97}, LLP`,
      emails: [`person${i}@import-bench.example`],
      phones: [`+1 415 555 ${String(i % 10000).padStart(4, '0')}`],
      tags: ['Clients'],
      notes: { notes: `Met at the bar lunch, ${i}` },
      createdAt: now,
      updatedAt: now,
    },
    interactions: [],
  }));
  const t0 = performance.now();
  const { job } = await dispatch({ type: 'bulkBegin', payload: { kind: 'import' } });
  for (let seq = 0; seq * 5000 < n; seq++) await dispatch({ type: 'bulkStage', payload: { job, seq, records: records.slice(seq * 5000, (seq + 1) * 5000) } });
  const t1 = performance.now();
  globalThis.__importBench = { job, records, stageMs: t1 - t0 };
  return job;
}

/** In the worker: commits the import staged by importInWorker, then the bare baseline. */
async function importCommit() {
  const { job, records, stageMs } = globalThis.__importBench;
  const n = records.length;
  const t1 = performance.now();
  const r = await globalThis.rapport.dispatch({ type: 'bulkCommit', payload: { job } });
  if (!r.ok) throw new Error(`bulkCommit failed: ${r.error.message}`);
  const t2 = performance.now();
  const name = 'rapport-bench-bare-import';
  const db = await new Promise((ok, ko) => {
    const r = indexedDB.open(name, 1);
    r.onupgradeneeded = () => r.result.createObjectStore('clients', { keyPath: 'id' });
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
  const tb = performance.now();
  for (let from = 0; from < n; from += 1000) {
    const tx = db.transaction('clients', 'readwrite');
    for (const r of records.slice(from, from + 1000)) tx.objectStore('clients').put({ ...r.client, id: crypto.randomUUID() });
    await new Promise((ok, ko) => ((tx.oncomplete = ok), (tx.onerror = tx.onabort = () => ko(tx.error))));
  }
  const bareMs = performance.now() - tb;
  db.close();
  indexedDB.deleteDatabase(name);
  return { stageMs, commitMs: t2 - t1, bareMs };
}

/**
 * In the worker: the records Rapport stored (clients, stats, history pages)
 * copied into a fresh database in ONE transaction, as the commit writes them —
 * with Rapport's own indexes, and with none. Only the writes are timed. The
 * first is the floor for this layout: what IndexedDB alone needs to write it.
 */
async function layoutFloor() {
  const req = (r) =>
    new Promise((ok, ko) => {
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
  const ours = await req(indexedDB.open('rapport'));
  const read = ours.transaction(['clients', 'stats', 'history']);
  const data = { clients: await req(read.objectStore('clients').getAll()), stats: await req(read.objectStore('stats').getAll()), history: await req(read.objectStore('history').getAll()) };
  const indexes = {};
  for (const name of ['clients', 'stats', 'history']) {
    const store = read.objectStore(name);
    indexes[name] = { keyPath: store.keyPath, list: [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath, multiEntry: store.index(i).multiEntry })) };
  }
  ours.close();
  const out = {};
  for (const withIndexes of [true, false]) {
    const name = `rapport-bench-floor-${withIndexes}`;
    await new Promise((ok) => {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = r.onerror = r.onblocked = ok;
    });
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => {
      for (const [store, def] of Object.entries(indexes)) {
        const s = open.result.createObjectStore(store, { keyPath: def.keyPath });
        if (withIndexes) for (const i of def.list) s.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry });
      }
    };
    const db = await req(open);
    const t = performance.now();
    const tx = db.transaction(['clients', 'stats', 'history'], 'readwrite');
    for (const [store, rows] of Object.entries(data)) for (const row of rows) tx.objectStore(store).put(row);
    await new Promise((ok, ko) => ((tx.oncomplete = ok), (tx.onerror = tx.onabort = () => ko(tx.error))));
    out[withIndexes ? 'indexed' : 'bare'] = performance.now() - t;
    db.close();
    indexedDB.deleteDatabase(name);
  }
  return { ...out, records: data.clients.length + data.stats.length + data.history.length };
}

/** In the worker: entries of every store and index of Rapport's database. */
async function storeCounts() {
  const db = await new Promise((ok, ko) => {
    const r = indexedDB.open('rapport');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });
  const count = (src) =>
    new Promise((ok, ko) => {
      const r = src.count();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ko(r.error);
    });
  const out = {};
  const tx = db.transaction([...db.objectStoreNames]);
  for (const name of db.objectStoreNames) {
    const store = tx.objectStore(name);
    const indexes = {};
    for (const i of store.indexNames) indexes[i] = await count(store.index(i));
    out[name] = { records: await count(store), indexes };
  }
  db.close();
  return out;
}

/** What the commit left per client: records and index entries of each live store that holds any. */
function perClient(counts, clients) {
  const per = (n) => (n / clients).toFixed(2).replace(/\.?0+$/, '');
  let records = 0;
  let entries = 0;
  const parts = [];
  for (const [name, c] of Object.entries(counts)) {
    if (!c.records || name === 'meta' || name === 'snapshots') continue;
    const idx = Object.entries(c.indexes).filter(([, n]) => n);
    records += c.records;
    entries += idx.reduce((n, [, x]) => n + x, 0);
    parts.push(`${name} ${per(c.records)}${idx.length ? ` (${idx.map(([i, x]) => `${i} ${per(x)}`).join(', ')})` : ''}`);
  }
  return `${per(records)} records and ${per(entries)} index entries: ${parts.join('; ')}`;
}

/** Runs `fn`, profiling the worker meanwhile when --profile is given, and prints where the time went. */
async function profiled(context, label, fn) {
  const cdp = PROFILE ? await workerSession(context) : null;
  if (cdp) {
    await cdp.call('Profiler.enable');
    await cdp.call('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.call('Profiler.start');
  }
  const out = await fn();
  if (cdp) {
    const { profile } = await cdp.call('Profiler.stop');
    await cdp.close();
    const file = path.join(os.tmpdir(), `rapport-${label}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const st = selfTimes(profile);
    console.log(`  profile of the ${label} (${file}): ${s(st.totalMs)} sampled; self time:`);
    for (const t of st.top) console.log(`    ${String(t.ms).padStart(8)} ms ${String(t.share).padStart(5)} %  ${t.fn}`);
  }
  return out;
}

async function run(k) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-seed-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...ARGS] });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await sw.evaluate(installSeeder, { perClient: CONFIG.perClient, seed: CONFIG.seed });
    const job = await sw.evaluate(beginJob);
    const cpu = () => chromiumCpuMs(dir) ?? NaN;
    const cpu0 = cpu();
    const stageMs = await profiled(context, 'staging', async () => {
      let ms = 0;
      for (let done = 0, seq = 0; done < CONFIG.clients; done += CONFIG.batchClients, seq++)
        ms += (await sw.evaluate(stageBatch, [job, seq, Math.min(CONFIG.batchClients, CONFIG.clients - done)])).ms;
      return ms;
    });
    const c = await profiled(context, 'commit', () => sw.evaluate(commitJob, job));
    const seedCpu = cpu() - cpu0;
    if (c.clients !== CONFIG.clients) throw new Error(`committed ${c.clients} clients, expected ${CONFIG.clients}`);
    const counts = await sw.evaluate(storeCounts);
    const f0 = cpu();
    const floor = await sw.evaluate(layoutFloor);
    const floorCpu = cpu() - f0;
    await sw.evaluate(installSeeder, { perClient: CONFIG.perClient, seed: CONFIG.seed });
    const b0 = cpu();
    const bare = BARE ? await sw.evaluate(bareBaselines, { batchClients: CONFIG.batchClients, clients: CONFIG.clients }) : null;
    const bareCpu = cpu() - b0;
    if (IMPORT) {
      const i0 = cpu();
      await sw.evaluate(importInWorker, IMPORT);
      const im = await profiled(context, 'import commit', () => sw.evaluate(importCommit));
      console.log(
        `  import of ${IMPORT} contacts into it: stage ${s(im.stageMs)} + commit ${s(im.commitMs)} = ${s(im.stageMs + im.commitMs)}; bare write of ${IMPORT} records ${s(im.bareMs)} → ${((im.stageMs + im.commitMs) / im.bareMs).toFixed(1)}×; browser CPU (import and bare) ${s(cpu() - i0)}`,
      );
    }
    const total = stageMs + c.ms;
    const baselines = bare
      ? `; bare one record each ${s(bare.records.ms)} (${bare.records.records} records) → ${(total / bare.records.ms).toFixed(2)}×; bare copy of Rapport's stored records ${s(bare.stored.ms)} (${bare.stored.records}) → ${(total / bare.stored.ms).toFixed(2)}×`
      : '';
    console.log(`run ${k + 1}: stage ${s(stageMs)} + commit ${s(c.ms)} = ${s(total)}${baselines}; load ${os.loadavg()[0].toFixed(2)}`);
    console.log(`  browser CPU time: seeding ${s(seedCpu)}${bare ? `; both bare baselines ${s(bareCpu)}` : ''}`);
    console.log(
      `  layout floor: Rapport's ${floor.records} stored records written in one transaction: with its indexes ${s(floor.indexed)} (commit ${(c.ms / floor.indexed).toFixed(2)}× of it), without ${s(floor.bare)}; browser CPU for both ${s(floorCpu)}`,
    );
    console.log(`  per client: ${perClient(counts, CONFIG.clients)}`);
    console.log(`  stored: ${Object.entries(counts).map(([n, c]) => `${n} ${c.records}${Object.keys(c.indexes).length ? ` [${Object.entries(c.indexes).map(([i, x]) => `${i} ${x}`).join(', ')}]` : ''}`).join('; ')}`);
    return { stageMs, commitMs: c.ms, bareMs: bare?.records.ms, storedMs: bare?.stored.ms, seedCpu, floor };
  } finally {
    await context.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`Seeding ${CONFIG.clients.toLocaleString('en-US')} clients × ${CONFIG.perClient} interactions through the staged engine; load ${os.loadavg()[0].toFixed(2)}`);
for (let k = 0; k < CONFIG.runs; k++) await run(k);
