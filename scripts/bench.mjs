#!/usr/bin/env node
// `npm run bench`: how heavy and how fast Rapport is, measured in the real
// thing — the built extension in Debian's headless Chromium, its service
// worker and IndexedDB, the content script on the Gmail test page served at
// its real URL. Prints a table and writes the same figures to
// bench/results/<timestamp>.json, bench/results/latest.json and (as Markdown,
// for README's Performance section) bench/results/latest.md.
//
// Timings are never asserted: a shared 2-core machine is noisy. The bench
// exits non-zero only when something broke (build failed, the sidebar never
// showed the client, a lookup missed a client it should find).
//
//   node scripts/bench.mjs           full run (10,000 clients, ~4–5 minutes on 2 cores)
//   node scripts/bench.mjs --quick   small smoke run; prints, writes nothing
//   node scripts/bench.mjs --print [results.json]
//                                    the Markdown table of a saved run (default latest)
//   BENCH_PROFILE=<dir> node scripts/bench.mjs
//                                    bench development: keep the seeded profile and reuse
//                                    it (skips seeding; results go to a temp file only)
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { awaitShown, asSender, callOn, frameLoadWatch, INSTALL_WATCH, serveGmail, sidebarRoot, storm, swapThread, THREAD_URL, waitForSidebarText } from './bench/page.mjs';
import { int, kb, markdownTable, mb, median, prng, round, summary, table } from './bench/stats.mjs';
import { BUILD_COMMAND, EXTENSION_DIR, ROOT } from './bench/extension.mjs';
import { bareBaselines, beginJob, commitJob, installSeeder, jobStatus, lookupsInWorker, stageBatch } from './bench/worker.mjs';

const EXT = EXTENSION_DIR;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const QUICK = process.argv.includes('--quick');

const CONFIG = {
  clients: QUICK ? 500 : 10_000,
  interactionsPerClient: 20,
  // ≤ 5,000 records per message counting clients AND interactions: 200 × (1 + 20) = 4,200.
  batchClients: 200,
  // Cold start: in-app navigations with the worker stopped just before, each next to one with it running.
  coldPairs: QUICK ? 3 : 12,
  seed: 20261126,
  lookups: QUICK ? 20 : 200,
  listQueries: QUICK ? 4 : 20,
  warmupNavigations: 3,
  navigations: QUICK ? 8 : 60,
  spacedNavigations: QUICK ? 2 : 10,
  spacedGapMs: 3000,
  stormBatches: QUICK ? 120 : 600,
  stormPerSecond: 60,
  stormRuns: QUICK ? 1 : 2,
  // The sidebar frame's own load and memory: fresh Gmail tabs, each a full page load.
  frameLoads: QUICK ? 3 : 10,
};

// The goals from the issue ("prove Rapport is lighter and faster than anything else in the inbox").
const GOALS = {
  seedMs: 10_000,
  /** Seeding within this many times the bare-IndexedDB write of the same records. */
  seedBareRatio: 2,
  listClientsMs: 20,
  /** Cold-worker time to context at most warm + this (medians). */
  coldOverWarmMs: 100,
  lookupMedianMs: 1,
  timeToContextP95Ms: 50,
  /** Script time Rapport adds to the host page during a mutation storm, per second of storm (issue 11). */
  hostAddedScriptMsPerSecond: 1,
  bundleGzipBytes: 10 * 1024,
  inboxSdkGzipBytes: 529 * 1024,
};

class BenchError extends Error {}

const log = (msg) => console.log(`· ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Stop by itself even if Chromium hangs.
const watchdog = setTimeout(() => {
  console.error('bench failed: gave up after 20 minutes — something hung (see the last step above).');
  process.exit(2);
}, 20 * 60_000);
watchdog.unref();

// ---------------------------------------------------------------- setup

function build() {
  const [cmd, args] = BUILD_COMMAND;
  log(`Building the extension (${cmd} ${args.join(' ')})…`);
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) throw new BenchError(`${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  if (!existsSync(path.join(EXT, 'manifest.json'))) throw new BenchError(`No build at ${EXT} after npx wxt build.`);
}

function machine() {
  const v = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: (v.stdout || '').trim() || 'unknown',
    // Other work on the machine skews every timing; say how busy it was.
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

// For working on the bench itself: BENCH_PROFILE=<dir> keeps the seeded
// extension profile there and reuses it on the next run (seeding is then
// skipped, and nothing is written to bench/results/).
const REUSE = process.env.BENCH_PROFILE ? path.resolve(process.env.BENCH_PROFILE) : null;

async function launch(withExtension) {
  const keep = withExtension && REUSE;
  if (keep) mkdirSync(REUSE, { recursive: true });
  const dir = keep ? REUSE : mkdtempSync(path.join(os.tmpdir(), `rapport-bench-${withExtension ? 'ext' : 'plain'}-`));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    // Wide enough that the sidebar starts open (it starts collapsed below 1500 px).
    viewport: { width: 1600, height: 1000 },
    args: withExtension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, ...ARGS] : ARGS,
  });
  const sw = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : null;
  return {
    context,
    sw,
    dir,
    async close() {
      await context.close().catch(() => {});
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------- figures

function bundles() {
  const dir = path.join(EXT, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  return files.map((f) => {
    const parts = [f, f.replace(/\.js$/, '.css')].filter((p) => existsSync(path.join(dir, p)));
    const bytes = parts.map((p) => readFileSync(path.join(dir, p)));
    const raw = bytes.reduce((n, b) => n + b.length, 0);
    const gzip = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    return { script: f.replace(/\.js$/, ''), files: parts, bytes: raw, gzipBytes: gzip };
  });
}

/**
 * How the content script schedules its reads (lib/sites/watch.ts), read from
 * the source so the report says what was measured: a fixed debounce
 * (`delayMs`) or a leading/trailing throttle (`minGapMs`).
 */
function watchSettings() {
  const src = readFileSync(path.join(ROOT, 'lib/sites/watch.ts'), 'utf8');
  const num = (re) => (re.exec(src) ? Number(re.exec(src)[1]) : null);
  return { delayMs: num(/delayMs\s*=\s*(\d+)/), minGapMs: num(/minGapMs\s*=\s*(\d+)/), burst: num(/burst\s*=\s*(\d+)/), leadingMs: num(/FRAME_MS\s*=\s*(\d+)/) };
}

function describeWatch(w) {
  if (w.delayMs !== null) return `${w.delayMs} ms debounce`;
  if (w.minGapMs !== null && w.burst !== null)
    return `throttle: a read ${w.leadingMs ?? '?'} ms after a change or a new address; for changes at most ${w.burst} in any ${w.burst * w.minGapMs} ms`;
  if (w.minGapMs !== null) return `throttle: first read after ${w.leadingMs ?? '?'} ms, then ≥ ${w.minGapMs} ms apart`;
  return 'read scheduling unknown';
}

/**
 * Seeds through the staged bulk engine, as an import or restore of any size
 * would: bulkBegin, one bulkStage message per batch of clients (validated and
 * written to staging), then bulkCommit, which moves everything into the live
 * stores in one transaction. The figure is the time inside those messages;
 * generating each batch in the worker is not counted. Progress is logged and
 * kept: per staged batch, and the commit's own count of records written,
 * polled while it runs.
 */
async function seed(sw) {
  const total = CONFIG.clients;
  log(`Seeding ${int(total)} clients × ${CONFIG.interactionsPerClient} interactions: staged in messages of ${CONFIG.batchClients} clients, then one commit…`);
  await sw.evaluate(installSeeder, { perClient: CONFIG.interactionsPerClient, seed: CONFIG.seed });
  const job = await sw.evaluate(beginJob);
  const batches = [];
  const index = [];
  const progress = [];
  const t0 = Date.now();
  for (let done = 0, seq = 0; done < total; done += CONFIG.batchClients, seq++) {
    const b = await sw.evaluate(stageBatch, [job, seq, Math.min(CONFIG.batchClients, total - done)]);
    batches.push(b);
    index.push(...b.index);
    progress.push({ atMs: Date.now() - t0, phase: 'staging', clients: done + b.clients, of: total });
    if (batches.length % 10 === 0) log(`  staged ${int(done + b.clients)} of ${int(total)} clients, ${(batches.reduce((n, x) => n + x.ms, 0) / 1000).toFixed(1)} s in bulkStage so far`);
  }
  const stageMs = batches.reduce((n, b) => n + b.ms, 0);
  log('  committing (one transaction)…');
  let committing = true;
  const commit = sw.evaluate(commitJob, job).finally(() => (committing = false));
  // Progress, polled from a second call while the commit runs (the background answers it from memory).
  while (committing) {
    await sleep(1000);
    const st = committing ? await sw.evaluate(jobStatus, job) : null;
    if (st?.state === 'committing') {
      progress.push({ atMs: Date.now() - t0, phase: 'committing', records: st.done, of: st.clients + st.interactions });
      log(`  commit: ${int(st.done)} of ${int(st.clients + st.interactions)} records written`);
    }
  }
  const c = await commit;
  progress.push({ atMs: Date.now() - t0, phase: 'committed', records: c.clients + c.interactions, of: c.clients + c.interactions });
  if (c.clients !== total || c.interactions !== total * CONFIG.interactionsPerClient)
    throw new BenchError(`The bulk commit wrote ${c.clients} clients and ${c.interactions} interactions; expected ${total} and ${total * CONFIG.interactionsPerClient}.`);
  const ms = stageMs + c.ms;
  // Wall time from the first staged message to the end of the commit: also holds generating each batch and the CDP round trips.
  const wallMs = c.start + c.ms - batches[0].start + batches[0].genMs;
  log(`  ${(ms / 1000).toFixed(2)} s in bulkStage + bulkCommit (${(stageMs / 1000).toFixed(2)} + ${(c.ms / 1000).toFixed(2)}; ${(wallMs / 1000).toFixed(2)} s wall)`);
  return { ms, stageMs, commitMs: c.ms, wallMs, batchMs: batches.map((b) => b.ms), messages: batches.length + 2, clients: c.clients, interactions: c.interactions, index, progress };
}

/**
 * The same records written by bare IndexedDB in the same worker, no indexes
 * (bench/worker.mjs bareBaselines): one record per client and interaction,
 * and Rapport's own stored records (client, stats, pages).
 */
async function baselines(sw) {
  log('Bare-IndexedDB baselines: the same data written with no indexes and no code around it…');
  // The generator again from the same seed: the same clients and interactions.
  await sw.evaluate(installSeeder, { perClient: CONFIG.interactionsPerClient, seed: CONFIG.seed });
  const r = await sw.evaluate(bareBaselines, { batchClients: CONFIG.batchClients, clients: CONFIG.clients });
  log(`  one record each: ${(r.records.ms / 1000).toFixed(2)} s for ${int(r.records.records)} records; Rapport's stored records: ${(r.stored.ms / 1000).toFixed(2)} s for ${int(r.stored.records)}`);
  return r;
}

/**
 * The background's JS heap after seeding (after a forced GC), over CDP on the
 * service worker's own target (attached through a page session: Playwright
 * has no CDP session for workers).
 */
async function workerHeap(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!target) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    let seq = 0;
    const pending = new Map();
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const m = JSON.parse(e.message);
      pending.get(m.id)?.(m);
      pending.delete(m.id);
    });
    const call = (method, params = {}) =>
      new Promise((resolve) => {
        const id = ++seq;
        pending.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')).result;
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usage ? { usedBytes: usage.usedSize, totalBytes: usage.totalSize } : null;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

async function lookups(sw, index) {
  // A commit is followed by a badge recount; let it finish so lookups are timed on an idle background.
  await sleep(500);
  await sw.evaluate(() => globalThis.rapport.refreshBadge?.());
  log('Timing background lookups in the worker…');
  const rnd = prng(CONFIG.seed + 1);
  const any = () => index[Math.floor(rnd() * index.length)];
  const withCases = index.filter((c) => c.cases.length);
  const emails = Array.from({ length: CONFIG.lookups }, () => {
    const c = any();
    return { email: c.email, id: c.id };
  });
  const cases = Array.from({ length: CONFIG.lookups }, () => {
    const c = withCases[Math.floor(rnd() * withCases.length)];
    return { caseNumber: c.cases[Math.floor(rnd() * c.cases.length)], id: c.id };
  });
  const strangers = Array.from({ length: CONFIG.lookups }, (_, i) => `someone${i}@not-a-client-${i}.example`);
  const queries = [];
  const words = ['garcia', 'nguyen', 'patel', 'kim', "o'brien", 'maria', 'james', 'wei', 'bakery', 'vineyards', 'logistics'];
  for (let i = 0; i < CONFIG.listQueries; i++)
    queries.push(i % 4 === 3 ? withCases[Math.floor(rnd() * withCases.length)].cases[0] : words[i % words.length]);
  const warmup = Array.from({ length: 20 }, () => any().email);
  const r = await sw.evaluate(lookupsInWorker, { emails, cases, strangers, queries, warmup });
  if (r.misses.email || r.misses.caseNumber)
    throw new BenchError(`Lookups missed clients they should find: ${r.misses.email} of ${emails.length} by e-mail, ${r.misses.caseNumber} of ${cases.length} by case number.`);
  return { ...r, queries };
}

/** Picks seeded clients for a navigation run: distinct people, none of whom is the previous one. */
function navigationClients(index, n, stream = 2) {
  const rnd = prng(CONFIG.seed + stream);
  const out = [];
  const seen = new Set();
  while (out.length < n) {
    const c = index[Math.floor(rnd() * index.length)];
    if (seen.has(c.email) || seen.has(c.display)) continue;
    seen.add(c.email);
    seen.add(c.display);
    out.push(c);
  }
  return out;
}

/** Longer than this and the sidebar is considered broken, not slow. */
const NAV_TIMEOUT_MS = 30_000;

const hex = (i) => (0x19a3f0c2d1e40000n + BigInt(i) * 7919n).toString(16);

let currentHtml = '';
const several = readFileSync(path.join(ROOT, 'tests/fixtures/gmail/thread-several-messages.2026-11.html'), 'utf8');

async function timeToContext(context, index) {
  const fast = CONFIG.warmupNavigations + CONFIG.navigations;
  const total = fast + CONFIG.spacedNavigations;
  log(`Time to context: ${CONFIG.warmupNavigations} warm-up + ${CONFIG.navigations} in-app navigations on the Gmail test page, then ${CONFIG.spacedNavigations} more ${CONFIG.spacedGapMs / 1000} s apart…`);
  const people = navigationClients(index, total + 1);
  const first = people.shift();
  currentHtml = asSender(several, first.email, first.name, hex(0));
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  await waitForSidebarText(page, first.display);
  const { cdp, objectId } = await sidebarRoot(page);
  const runs = [];
  try {
    for (let k = 0; k < total; k++) {
      const c = people[k];
      const already = await callOn(cdp, objectId, INSTALL_WATCH, [c.display]);
      if (already) throw new BenchError(`Bench bug: “${c.display}” was already in the sidebar before navigating to them.`);
      await page.evaluate(swapThread, [asSender(several, c.email, c.name, hex(k + 1)), `#inbox/FMfcgzQXKlBench${k}`]);
      const r = await page.evaluate(awaitShown, NAV_TIMEOUT_MS);
      if (r.shown === null) {
        const text = await callOn(cdp, objectId, `function() { return [...this.children].filter((e) => e.tagName !== 'STYLE').map((e) => e.textContent).join(' '); }`);
        const sofar = runs.map((x) => Math.round(x.totalMs)).join(', ');
        throw new BenchError(
          `After in-app navigation ${k + 1} of ${total} (to ${c.email}), the sidebar never showed “${c.display}” within ${NAV_TIMEOUT_MS / 1000} s. ` +
            `Earlier navigations took (ms): ${sofar || 'none'}. It shows:\n${text.slice(0, 400)}`,
        );
      }
      const ms = r.shown - r.t0;
      if (ms > 1000) log(`  navigation ${k + 1}: ${Math.round(ms)} ms`);
      if ((k + 1) % 20 === 0) log(`  ${k + 1} of ${total} navigations, median so far ${Math.round(median(runs.map((x) => x.totalMs).concat(ms)))} ms`);
      runs.push({
        kind: k < CONFIG.warmupNavigations ? 'warmup' : k < fast ? 'measured' : 'spaced',
        totalMs: ms,
        toRequestMs: r.busy === null ? null : r.busy - r.t0,
        requestToShownMs: r.busy === null ? null : r.shown - r.busy,
      });
      // Back to back: let the navigation's stragglers (hashchange, a re-read that finds
      // nothing new) settle. Spaced: a user reading each thread for a moment, which gives
      // the background's after-write work (mail logging, the badge recount) time to start.
      await sleep(k < fast - 1 ? 200 : CONFIG.spacedGapMs);
    }
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
  const of = (kind, k) => runs.filter((r) => r.kind === kind).map((r) => r[k]).filter((v) => v !== null);
  return {
    runs,
    total: summary(of('measured', 'totalMs'), 1),
    toRequest: summary(of('measured', 'toRequestMs'), 1),
    requestToShown: summary(of('measured', 'requestToShownMs'), 1),
    spaced: summary(of('spaced', 'totalMs'), 1),
  };
}

/** The extension's service worker target, if it is running. */
async function workerTarget(cdp) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://')) ?? null;
}

/** Stops the service worker through the DevTools protocol (as Chrome does after 30 s idle) and waits until it is gone. */
async function stopWorker(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    const target = await workerTarget(cdp);
    if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
    const deadline = Date.now() + 10_000;
    while (await workerTarget(cdp)) {
      if (Date.now() > deadline) throw new BenchError('The service worker did not stop within 10 s of Target.closeTarget.');
      await sleep(20);
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Cold start against warm, side by side: pairs of in-app navigations on the
 * Gmail page, 3 s apart, the first with the worker running (warm), the
 * second with the worker stopped through CDP just before (cold: the lookup
 * wakes it, and it opens the database and answers). Each cold navigation is
 * checked to have started a new worker.
 */
async function coldStart(context, index) {
  log(`Cold start: ${CONFIG.coldPairs} pairs of in-app navigations ${CONFIG.spacedGapMs / 1000} s apart — worker running, then worker stopped through CDP just before…`);
  const people = navigationClients(index, 2 * CONFIG.coldPairs + 1, 3);
  const first = people.shift();
  currentHtml = asSender(several, first.email, first.name, hex(5000));
  const page = await context.newPage();
  await page.goto(THREAD_URL);
  await waitForSidebarText(page, first.display);
  const { cdp, objectId } = await sidebarRoot(page);
  const probe = await context.newCDPSession(page);
  const runs = [];
  try {
    for (let k = 0; k < people.length; k++) {
      const c = people[k];
      const cold = k % 2 === 1;
      // A person reading: the previous thread's mail logging runs now, not after the worker is stopped.
      await sleep(CONFIG.spacedGapMs);
      let before = null;
      if (cold) await stopWorker(context, page);
      else before = (await workerTarget(probe))?.targetId ?? null;
      if (await callOn(cdp, objectId, INSTALL_WATCH, [c.display])) throw new BenchError(`Bench bug: “${c.display}” was already in the sidebar.`);
      await page.evaluate(swapThread, [asSender(several, c.email, c.name, hex(6000 + k)), `#inbox/FMfcgzQXKlCold${k}`]);
      const r = await page.evaluate(awaitShown, NAV_TIMEOUT_MS);
      if (r.shown === null) throw new BenchError(`${cold ? 'Cold' : 'Warm'} navigation ${k + 1}: the sidebar never showed “${c.display}” within ${NAV_TIMEOUT_MS / 1000} s.`);
      const after = (await workerTarget(probe))?.targetId ?? null;
      if (cold && !after) throw new BenchError('Cold navigation: no service worker answered, yet the name showed.');
      if (!cold && before && after !== before) log(`  warm navigation ${k + 1}: the worker restarted on its own (Chrome), counted as is`);
      runs.push({ kind: cold ? 'cold' : 'warm', totalMs: r.shown - r.t0, toRequestMs: r.busy === null ? null : r.busy - r.t0 });
    }
  } finally {
    await probe.detach().catch(() => {});
    await cdp.detach().catch(() => {});
    await page.close();
  }
  const of = (kind) => runs.filter((r) => r.kind === kind).map((r) => r.totalMs);
  const warm = summary(of('warm'), 1);
  const cold = summary(of('cold'), 1);
  log(`  warm median ${warm.median} ms, cold median ${cold.median} ms (+${round(cold.median - warm.median, 1)} ms)`);
  return { warm, cold, addedMs: round(cold.median - warm.median, 1), runs: runs.map((r) => ({ ...r, totalMs: round(r.totalMs, 1), toRequestMs: r.toRequestMs === null ? null : round(r.toRequestMs, 1) })) };
}

function metricsOf(r) {
  return Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
}

/** A fresh Gmail tab, settled: with the extension, only once the sidebar shows `display`. */
async function freshGmail(ctx, display) {
  const page = await ctx.context.newPage();
  await page.goto(THREAD_URL);
  if (ctx.sw) await waitForSidebarText(page, display);
  await page.waitForTimeout(1000);
  return page;
}

async function heap(ctx, display) {
  const page = await freshGmail(ctx, display);
  const cdp = await ctx.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const m = metricsOf(await cdp.send('Performance.getMetrics'));
    return { jsHeapUsed: m.JSHeapUsedSize, jsHeapTotal: m.JSHeapTotalSize, nodes: m.Nodes, listeners: m.JSEventListeners };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** The sidebar's frame in `page` (an extension page framed in a closed shadow root). */
const sidebarFrame = (page) => page.frames().find((f) => f.url().includes('/sidebar.html'));

/**
 * The sidebar frame's own load and memory, on `CONFIG.frameLoads` fresh Gmail
 * tabs (full page loads, the client's thread open): frame navigation start →
 * first contentful paint and → the client's card painted (frameLoadWatch,
 * installed as an init script), where the frame starts on the page's
 * timeline, and the frame's JS heap after two forced GCs (CDP
 * Performance.getMetrics on the frame's own target: an extension frame runs
 * in the extension's renderer process, apart from the page).
 */
async function frameLoads(ctx, display) {
  log(`Sidebar frame: its own load (navigation start → card painted) and JS heap, ${CONFIG.frameLoads} fresh Gmail tabs…`);
  await ctx.context.addInitScript(frameLoadWatch);
  const runs = [];
  for (let i = 0; i < CONFIG.frameLoads; i++) {
    const page = await ctx.context.newPage();
    try {
      await page.goto(THREAD_URL);
      await waitForSidebarText(page, display);
      const frame = sidebarFrame(page);
      if (!frame) throw new BenchError('The sidebar showed the client, yet no sidebar frame was found.');
      const deadline = Date.now() + NAV_TIMEOUT_MS;
      let t;
      while (!(t = await frame.evaluate(() => window.__rpFrameLoad ?? null))?.cardPainted) {
        if (Date.now() > deadline) throw new BenchError(`The sidebar frame's load watch saw no painted card within ${NAV_TIMEOUT_MS / 1000} s (it has ${JSON.stringify(t)}).`);
        await sleep(50);
      }
      const pageOrigin = await page.evaluate(() => performance.timeOrigin);
      const cdp = await ctx.context.newCDPSession(frame);
      let m;
      try {
        await cdp.send('Performance.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('HeapProfiler.collectGarbage');
        m = metricsOf(await cdp.send('Performance.getMetrics'));
      } finally {
        await cdp.detach().catch(() => {});
      }
      runs.push({
        pageToFrameStartMs: round(t.origin - pageOrigin, 1),
        fcpMs: t.fcp === null ? null : round(t.fcp, 1),
        cardSeenMs: round(t.cardSeen, 1),
        cardPaintedMs: round(t.cardPainted, 1),
        jsHeapUsed: m.JSHeapUsedSize,
        jsHeapTotal: m.JSHeapTotalSize,
        nodes: m.Nodes,
        listeners: m.JSEventListeners,
      });
    } finally {
      await page.close();
    }
  }
  const of = (k) => runs.map((r) => r[k]).filter((v) => v !== null);
  const out = {
    n: runs.length,
    cardPainted: summary(of('cardPaintedMs'), 1),
    fcp: summary(of('fcpMs'), 1),
    pageToFrameStart: summary(of('pageToFrameStartMs'), 1),
    jsHeapUsed: median(of('jsHeapUsed')),
    nodes: median(of('nodes')),
    listeners: median(of('listeners')),
    runs,
  };
  log(`  card painted ${out.cardPainted.median} ms after the frame's navigation start (median); frame JS heap ${mb(out.jsHeapUsed)}`);
  return out;
}

/**
 * One storm on a fresh tab, watched by two Performance agents at once: thread
 * ticks (CPU time the page's main thread spent — what the extension adds to
 * the host) and time ticks (wall time of the same tasks, which on a busy
 * machine also counts time the thread waited for a core).
 */
async function stormOnce(ctx, display, seed) {
  const page = await freshGmail(ctx, display);
  const cpu = await ctx.context.newCDPSession(page);
  const wall = await ctx.context.newCDPSession(page);
  try {
    await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
    await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
    const both = async () => [metricsOf(await cpu.send('Performance.getMetrics')), metricsOf(await wall.send('Performance.getMetrics'))];
    const [c0, w0] = await both();
    const r = await page.evaluate(storm, { batches: CONFIG.stormBatches, perSecond: CONFIG.stormPerSecond, seed });
    // Include the content script's last read after the storm, if one is pending.
    await page.waitForTimeout(300);
    const [c1, w1] = await both();
    const d = (a, b, k) => b[k] - a[k];
    return {
      task: d(c0, c1, 'TaskDuration'),
      script: d(c0, c1, 'ScriptDuration'),
      layout: d(c0, c1, 'LayoutDuration'),
      style: d(c0, c1, 'RecalcStyleDuration'),
      taskWall: d(w0, w1, 'TaskDuration'),
      scriptWall: d(w0, w1, 'ScriptDuration'),
      stormMs: r.ms,
    };
  } finally {
    await cpu.detach().catch(() => {});
    await wall.detach().catch(() => {});
    await page.close();
  }
}

// ---------------------------------------------------------------- run

async function main() {
  const started = Date.now();
  build();
  const mach = machine();
  const bundle = bundles();
  const watch = watchSettings();

  const ext = await launch(true);
  let plain = null;
  try {
    await serveGmail(ext.context, () => currentHtml);
    const saved = REUSE && path.join(REUSE, 'bench-index.json');
    let seeded;
    if (saved && existsSync(saved)) {
      log(`Reusing the seeded profile in ${REUSE} (BENCH_PROFILE): no seeding figure this run.`);
      seeded = { ms: NaN, wallMs: NaN, batchMs: [], messages: 0, clients: 0, interactions: 0, index: JSON.parse(readFileSync(saved, 'utf8')) };
    } else {
      seeded = await seed(ext.sw);
      if (saved) writeFileSync(saved, JSON.stringify(seeded.index));
    }
    const workerMemory = await workerHeap(ext.context);
    if (workerMemory) log(`Background JS heap after seeding (after GC): ${mb(workerMemory.usedBytes)}`);
    const bare = Number.isNaN(seeded.ms) ? null : await baselines(ext.sw);
    const look = await lookups(ext.sw, seeded.index);
    const ttc = await timeToContext(ext.context, seeded.index);
    const cold = await coldStart(ext.context, seeded.index);

    plain = await launch(false);
    await serveGmail(plain.context, () => currentHtml);
    const host = navigationClients(seeded.index, 1)[0];
    currentHtml = asSender(several, host.email, host.name, hex(9999));

    const frame = await frameLoads(ext, host.display);

    log('Memory: JS heap on the Gmail page with and without the extension…');
    const mem = { with: [], without: [] };
    for (let i = 0; i < 2; i++) {
      mem.with.push(await heap(ext, host.display));
      mem.without.push(await heap(plain, host.display));
    }

    log(`Host overhead: ${CONFIG.stormRuns}× ${CONFIG.stormBatches / CONFIG.stormPerSecond} s mutation storm at ${CONFIG.stormPerSecond} batches/s, with and without the extension, interleaved…`);
    const storms = { with: [], without: [] };
    for (let i = 0; i < CONFIG.stormRuns; i++) {
      storms.with.push(await stormOnce(ext, host.display, CONFIG.seed + 10));
      storms.without.push(await stormOnce(plain, host.display, CONFIG.seed + 10));
    }

    const results = report({ started, mach, bundle, watch, seeded, bare, workerMemory, look, ttc, cold, frame, mem, storms });
    return results;
  } finally {
    await ext.close();
    await plain?.close();
  }
}

function report({ started, mach, bundle, watch, seeded, bare, workerMemory, look, ttc, cold, frame, mem, storms }) {
  const date = new Date();
  const med = (xs, k) => median(xs.map((x) => x[k]));
  const hostOverhead = Object.fromEntries(
    ['task', 'script', 'layout', 'style', 'taskWall', 'scriptWall'].map((k) => {
      const w = med(storms.with, k);
      const wo = med(storms.without, k);
      const secs = CONFIG.stormBatches / CONFIG.stormPerSecond;
      return [k, { withSeconds: round(w, 4), withoutSeconds: round(wo, 4), ratio: round(w / wo, 3), addedMsPerSecond: round(((w - wo) * 1000) / secs, 2) }];
    }),
  );
  const heapWith = med(mem.with, 'jsHeapUsed');
  const heapWithout = med(mem.without, 'jsHeapUsed');
  const s = (xs) => summary(xs, 3);
  const results = {
    date: date.toISOString(),
    durationSeconds: round((Date.now() - started) / 1000, 1),
    quick: QUICK,
    machine: { ...mach, loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)) },
    config: CONFIG,
    goals: GOALS,
    seeding: {
      ms: round(seeded.ms, 1),
      stageMs: round(seeded.stageMs, 1),
      commitMs: round(seeded.commitMs, 1),
      wallMs: round(seeded.wallMs, 1),
      clients: seeded.clients,
      interactions: seeded.interactions,
      messages: seeded.messages,
      recordsPerMessage: CONFIG.batchClients * (1 + CONFIG.interactionsPerClient),
      recordsPerSecond: Math.round((seeded.clients + seeded.interactions) / (seeded.ms / 1000)),
      batchMs: s(seeded.batchMs),
      progress: seeded.progress,
      met: seeded.ms <= GOALS.seedMs,
      baseline: bare && {
        oneRecordEach: { ms: round(bare.records.ms, 1), records: bare.records.records, ratio: round(seeded.ms / bare.records.ms, 3) },
        storedRecords: { ms: round(bare.stored.ms, 1), records: bare.stored.records, ratio: round(seeded.ms / bare.stored.ms, 3) },
        met: seeded.ms <= GOALS.seedBareRatio * bare.records.ms,
      },
    },
    backgroundMemory: workerMemory && { jsHeapUsedBytes: workerMemory.usedBytes, jsHeapTotalBytes: workerMemory.totalBytes, after: 'seeding, two forced GCs' },
    coldStart: { ...cold, met: cold.cold.median <= cold.warm.median + GOALS.coldOverWarmMs },
    lookup: {
      byEmail: s(look.email),
      byCaseNumber: s(look.caseNumber),
      stranger: s(look.stranger),
      listClientsQuery: { ...s(look.listQuery), queries: look.queries, totals: look.listTotals, met: median(look.listQuery) <= GOALS.listClientsMs },
      listClientsAll: s(look.listAll),
      badgeRecount: look.badge.length ? s(look.badge) : null,
      losingTouch: look.losingTouch.length ? s(look.losingTouch) : null,
      met: median(look.email) <= GOALS.lookupMedianMs && median(look.caseNumber) <= GOALS.lookupMedianMs,
    },
    timeToContext: {
      watch: { ...watch, description: describeWatch(watch) },
      navigations: ttc.total.n,
      warmupNavigations: CONFIG.warmupNavigations,
      total: ttc.total,
      toRequest: ttc.toRequest,
      requestToShown: ttc.requestToShown,
      spaced: { gapMs: CONFIG.spacedGapMs, ...ttc.spaced },
      runs: ttc.runs.map((r) => ({ ...r, totalMs: round(r.totalMs, 1), toRequestMs: r.toRequestMs === null ? null : round(r.toRequestMs, 1), requestToShownMs: r.requestToShownMs === null ? null : round(r.requestToShownMs, 1) })),
      met: ttc.total.p95 <= GOALS.timeToContextP95Ms,
    },
    sidebarFrame: frame && {
      loads: frame.n,
      cardPaintedMs: frame.cardPainted,
      firstContentfulPaintMs: frame.fcp,
      pageToFrameStartMs: frame.pageToFrameStart,
      jsHeapUsedBytes: frame.jsHeapUsed,
      nodes: frame.nodes,
      listeners: frame.listeners,
      measured: 'fresh Gmail tabs (full page loads); times from the frame’s navigation start; heap after two forced GCs, CDP Performance.getMetrics on the frame’s target',
      runs: frame.runs,
    },
    hostOverhead: {
      seconds: CONFIG.stormBatches / CONFIG.stormPerSecond,
      batchesPerSecond: CONFIG.stormPerSecond,
      ...hostOverhead,
      runs: storms,
      timeDomain: 'task/script/layout/style: thread ticks (main-thread CPU time); taskWall/scriptWall: time ticks (wall time)',
      met: hostOverhead.script.addedMsPerSecond <= GOALS.hostAddedScriptMsPerSecond,
    },
    bundle: { scripts: bundle, met: bundle.every((b) => b.gzipBytes <= GOALS.bundleGzipBytes) },
    memory: {
      jsHeapUsedWith: heapWith,
      jsHeapUsedWithout: heapWithout,
      addedBytes: heapWith - heapWithout,
      nodesWith: med(mem.with, 'nodes'),
      nodesWithout: med(mem.without, 'nodes'),
      listenersWith: med(mem.with, 'listeners'),
      listenersWithout: med(mem.without, 'listeners'),
      runs: mem,
    },
  };
  return results;
}

function rows(r) {
  const yes = (b) => (b ? 'yes' : 'NO');
  const ms = (x) => `${x.median} / ${x.p95} ms`;
  // The split exists only for navigations where the sidebar asked the background itself.
  const split = (x) => (x.n ? `${ms(x)} (n=${x.n})` : 'none: the background sent every lookup with the screen');
  const sec = (v) => `${(v / 1000).toFixed(2)} s`;
  const t = r.timeToContext;
  const h = r.hostOverhead;
  const seed = r.seeding;
  const base = seed.baseline;
  const out = [
    Number.isNaN(seed.ms)
      ? ['Seeding', 'skipped: reused profile (BENCH_PROFILE)', '≤ 10 s', '']
      : [
          `Seed ${int(seed.clients)} clients + ${int(seed.interactions)} interactions (staged: ${seed.messages - 2} × bulkStage of ${int(seed.recordsPerMessage)} records, then one bulkCommit)`,
          `${sec(seed.ms)} (${int(seed.recordsPerSecond)} records/s; stage ${sec(seed.stageMs)} + commit ${sec(seed.commitMs)})`,
          '≤ 10 s',
          yes(seed.met),
        ],
    ...(base
      ? [
          [`↳ bare IndexedDB, the same data one record each, no indexes (${int(base.oneRecordEach.records)} records)`, `${sec(base.oneRecordEach.ms)}; Rapport ${base.oneRecordEach.ratio}× of it`, '≤ 2×', yes(base.met)],
          [`↳ bare IndexedDB, Rapport's stored records copied, no indexes (${int(base.storedRecords.records)} records)`, `${sec(base.storedRecords.ms)}; Rapport ${base.storedRecords.ratio}× of it`, '—', ''],
        ]
      : []),
    ...(r.backgroundMemory ? [['Background (service worker) JS heap after seeding, after GC', mb(r.backgroundMemory.jsHeapUsedBytes), '—', '']] : []),
    ['Lookup by e-mail, getClientContext (median / p95)', ms(r.lookup.byEmail), 'median ≤ 1 ms', yes(r.lookup.byEmail.median <= GOALS.lookupMedianMs)],
    ['Lookup by case number, getClientContext (median / p95)', ms(r.lookup.byCaseNumber), 'median ≤ 1 ms', yes(r.lookup.byCaseNumber.median <= GOALS.lookupMedianMs)],
    ['Lookup of a stranger (not a client) (median / p95)', ms(r.lookup.stranger), '—', ''],
    [`listClients search through the indexes, first page of 50 (median / p95, ${r.lookup.listClientsQuery.n} queries)`, ms(r.lookup.listClientsQuery), '≤ 20 ms', yes(r.lookup.listClientsQuery.median <= GOALS.listClientsMs)],
    ['listClients, no query, first page of 50 (median / p95)', ms(r.lookup.listClientsAll), '≤ 20 ms', yes(r.lookup.listClientsAll.median <= GOALS.listClientsMs)],
    ...(r.lookup.badgeRecount ? [['Badge recount: the counts kept with every write (median / p95)', ms(r.lookup.badgeRecount), '—', '']] : []),
    ...(r.lookup.losingTouch ? [['losingTouch list, first 50 (median / p95)', ms(r.lookup.losingTouch), '—', '']] : []),
    [`Time to context, Gmail in-app navigation (p50 / p95, n=${t.navigations})`, `${t.total.median} / ${t.total.p95} ms`, 'p95 ≤ 50 ms', yes(t.met)],
    [`↳ of which page change → lookup sent (${t.watch.description})`, split(t.toRequest), '', ''],
    ['↳ of which lookup sent → name shown', split(t.requestToShown), '', ''],
    ...(t.spaced ? [[`Time to context, navigations ${t.spaced.gapMs / 1000} s apart (p50 / max, n=${t.spaced.n})`, `${t.spaced.median} / ${t.spaced.max} ms`, '—', '']] : []),
    ...(r.coldStart
      ? [
          [
            `Time to context, worker stopped (cold) vs running (warm), medians (n=${r.coldStart.cold.n} each, interleaved)`,
            `cold ${r.coldStart.cold.median} ms vs warm ${r.coldStart.warm.median} ms (+${r.coldStart.addedMs} ms; cold p95 ${r.coldStart.cold.p95} ms)`,
            'cold ≤ warm + 100 ms',
            yes(r.coldStart.met),
          ],
        ]
      : []),
    [`Host overhead: main-thread CPU, TaskDuration (${h.seconds} s storm, with / without)`, `${h.task.ratio}× (${h.task.withSeconds.toFixed(3)} / ${h.task.withoutSeconds.toFixed(3)} s)`, '—', ''],
    ['Host overhead: main-thread CPU, ScriptDuration (with / without)', `+${h.script.addedMsPerSecond} ms per second of storm (${h.script.ratio}×: ${h.script.withSeconds.toFixed(3)} / ${h.script.withoutSeconds.toFixed(3)} s)`, '≤ +1 ms/s', yes(h.script.addedMsPerSecond <= GOALS.hostAddedScriptMsPerSecond)],
    ['Host overhead: TaskDuration as wall time (noisy on a shared machine)', `${h.taskWall.ratio}× (${h.taskWall.withSeconds.toFixed(3)} / ${h.taskWall.withoutSeconds.toFixed(3)} s)`, '—', ''],
    ...r.bundle.scripts.map((b) => [`Bundle ${b.files.join(' + ')} (gzip -9; InboxSDK ≈ 529 KB)`, `${kb(b.gzipBytes)} gzip (${kb(b.bytes)} raw)`, '≤ 10 KB gzip', yes(b.gzipBytes <= GOALS.bundleGzipBytes)]),
    ...(r.sidebarFrame
      ? [
          [`Sidebar frame load: its navigation start → the client's card painted (p50 / p95, n=${r.sidebarFrame.loads} fresh tabs)`, ms(r.sidebarFrame.cardPaintedMs), '—', ''],
          ['↳ frame navigation start → its first contentful paint', ms(r.sidebarFrame.firstContentfulPaintMs), '', ''],
          ["↳ the page's navigation start → the frame's", ms(r.sidebarFrame.pageToFrameStartMs), '', ''],
        ]
      : []),
    ["Memory: the content script's JS heap on the Gmail page (the page's heap with the extension − without, after GC)", `+${mb(r.memory.addedBytes)} (${mb(r.memory.jsHeapUsedWith)} vs ${mb(r.memory.jsHeapUsedWithout)}); +${r.memory.nodesWith - r.memory.nodesWithout} DOM nodes, +${r.memory.listenersWith - r.memory.listenersWithout} listeners`, '—', ''],
    ...(r.sidebarFrame ? [["Memory: the sidebar frame's own JS heap (after GC; median)", `${mb(r.sidebarFrame.jsHeapUsedBytes)}; ${r.sidebarFrame.nodes} DOM nodes, ${r.sidebarFrame.listeners} listeners`, '—', '']] : []),
  ];
  return out;
}

function machineLine(m) {
  return `${m.cpus} × ${m.cpuModel}, ${(m.totalMemoryBytes / 2 ** 30).toFixed(1)} GiB RAM, ${m.os}, Node ${m.node}, ${m.chromium}; load average ${m.loadAverageAtStart[0]} at start, ${m.loadAverageAtEnd[0]} at end`;
}

if (process.argv.includes('--print')) {
  const arg = process.argv[process.argv.indexOf('--print') + 1];
  const r = JSON.parse(readFileSync(arg ?? path.join(ROOT, 'bench/results/latest.json'), 'utf8'));
  console.log(`Machine: ${machineLine(r.machine)}\n\n${markdownTable(['Figure', 'Result', 'Goal', 'Met'], rows(r))}`);
  process.exit(0);
}

try {
  const r = await main();
  const header = ['Figure', 'Result', 'Goal', 'Met'];
  console.log(`\nRapport bench — ${r.date}${QUICK ? ' (QUICK: small data set, not for the record)' : ''}`);
  console.log(`Machine: ${machineLine(r.machine)}\n`);
  console.log(table(header, rows(r)));
  if (QUICK || REUSE) {
    const file = path.join(os.tmpdir(), 'rapport-bench-quick.json');
    writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
    console.log(`\n${QUICK ? 'Quick run' : 'Reused profile'}: figures in ${file}; bench/results/ untouched.`);
  } else {
    const dir = path.join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(r, null, 2)}\n`;
    const file = path.join(dir, `${r.date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
    writeFileSync(file, json);
    writeFileSync(path.join(dir, 'latest.json'), json);
    // The Markdown version of the table, for README's Performance section.
    writeFileSync(path.join(dir, 'latest.md'), `Machine: ${machineLine(r.machine)}\n\n${markdownTable(header, rows(r))}\n`);
    console.log(`\nWrote ${path.relative(ROOT, file)} and bench/results/latest.json (${r.durationSeconds} s).`);
  }
  process.exit(0);
} catch (e) {
  console.error(`\nbench failed: ${e instanceof BenchError ? e.message : (e?.stack ?? e)}`);
  process.exit(1);
}
