#!/usr/bin/env node
// Benchmark (not a test) of backup, restore planning, import and export at
// full size, pure code in Node (scripts/bench-data.ts, loaded through Vite).
// The IndexedDB side of backup and restore is measured in the extension once
// it is wired (scripts/bench.mjs).
//
//   node scripts/bench-data.mjs [--quick]
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { createServer } from 'vite';

const quick = process.argv.includes('--quick');
// A Vite server in middleware mode (no port) loads the TypeScript and the lazy import()s inside it.
const vite = await createServer({ configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
// lib/ reads its texts through browser.i18n (lib/i18n/t.ts), which Node has
// not: the unit tests' stand-in serves the catalogue's English with Chrome's
// placeholder rules. The object is in place before anything imports
// wxt/browser, which picks globalThis.chrome once.
const i18n = { getUILanguage: () => 'en-US' };
globalThis.chrome = { i18n };
const { chromeGetMessage } = await vite.ssrLoadModule('/tests/unit/setup-i18n.ts');
const { chromeMessages } = await vite.ssrLoadModule('/lib/i18n/chrome-messages.ts');
const { MESSAGES } = await vite.ssrLoadModule('/lib/i18n/messages/index.ts');
const english = chromeMessages(MESSAGES, 'en');
i18n.getMessage = (key, subs) => chromeGetMessage(english, key, subs);
const module = await vite.ssrLoadModule('/scripts/bench-data.ts');
const load = os.loadavg()[0].toFixed(2);
console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, load ${load}`);
const figures = await module.run(quick ? { clients: 500, perClient: 20, csvRows: 500 } : { clients: 10_000, perClient: 20, csvRows: 10_000 });
if (!quick) {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/data-latest.json',
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadStart: Number(load), loadEnd: Number(os.loadavg()[0].toFixed(2)), figures }, null, 2)}\n`,
  );
}
await vite.close();
