import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHIPPED } from './fixtures';

// A deterministic budget, not a timing: every content script runs inside the
// lawyer's busiest tab, and so does what the background injects beside it,
// so what each costs to parse is capped. JS and any CSS the
// script ships count together.
const BUDGET = 10 * 1024;

test('each content script, and each script the background injects into pages, is at most 10 KB gzip', () => {
  // What ships: the build without test hooks.
  const dir = path.join(SHIPPED, 'content-scripts');
  expect(existsSync(dir), 'build the extension first (npm run build)').toBe(true);
  const files = readdirSync(dir);
  const sizes: Record<string, number> = {};
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  for (const js of files.filter((f) => f.endsWith('.js'))) {
    const css = js.replace(/\.js$/, '.css');
    sizes[js] = gz(path.join(dir, js)) + (files.includes(css) ? gz(path.join(dir, css)) : 0);
  }
  expect(Object.keys(sizes).length).toBeGreaterThan(0);
  // Unlisted scripts sit at the build's root beside the background; here the
  // background injects every one of them into portal pages on demand
  // (lib/background/inject.ts), so each counts like a content script.
  const manifest = JSON.parse(readFileSync(path.join(SHIPPED, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
  const worker = readFileSync(path.join(SHIPPED, manifest.background.service_worker), 'utf8');
  const injected = readdirSync(SHIPPED).filter((f) => f.endsWith('.js') && f !== manifest.background.service_worker);
  expect(injected.length).toBeGreaterThan(0);
  for (const js of injected) {
    // Named as a quoted "/<file>" (the minifier may pick any quote).
    expect(worker.match(new RegExp(`["'\`]/${js.replace(/\./g, '\\.')}["'\`]`)), `${js} is at the build's root, and the background never names it`).not.toBeNull();
    sizes[js] = gz(path.join(SHIPPED, js));
  }
  // One line per script, largest first, with its headroom (or how far over it is).
  const lines = Object.entries(sizes)
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name.padEnd(19)} ${(bytes / 1024).toFixed(2)} KB gzip  ${bytes <= BUDGET ? `${BUDGET - bytes} B to spare` : `${bytes - BUDGET} B OVER`}`);
  console.log(`scripts in pages (budget ${BUDGET / 1024} KB gzip each):\n  ${lines.join('\n  ')}`);
  for (const [name, bytes] of Object.entries(sizes)) expect(bytes, `${name}: ${bytes} B gzip, ${bytes - BUDGET} B over the budget`).toBeLessThanOrEqual(BUDGET);
});
