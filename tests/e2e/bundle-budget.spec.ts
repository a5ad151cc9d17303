import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SHIPPED } from './fixtures';

// A deterministic budget, not a timing: every content script runs inside the
// lawyer's busiest tab, so what it costs to parse is capped. JS and any CSS the
// script ships count together.
const BUDGET = 10 * 1024;

test('each content script is at most 10 KB gzip', () => {
  // What ships: the build without test hooks.
  const dir = path.join(SHIPPED, 'content-scripts');
  expect(existsSync(dir), 'build the extension first (npm run build)').toBe(true);
  const files = readdirSync(dir);
  const scripts = files.filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(0);
  const report: Record<string, number> = {};
  for (const js of scripts) {
    const css = js.replace(/\.js$/, '.css');
    const bytes = [js, ...(files.includes(css) ? [css] : [])].reduce(
      (n, f) => n + gzipSync(readFileSync(path.join(dir, f)), { level: 9 }).length,
      0,
    );
    report[js] = bytes;
  }
  // One line per script, largest first, with its headroom (or how far over it is).
  const lines = Object.entries(report)
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name.padEnd(14)} ${(bytes / 1024).toFixed(2)} KB gzip  ${bytes <= BUDGET ? `${BUDGET - bytes} B to spare` : `${bytes - BUDGET} B OVER`}`);
  console.log(`content scripts (budget ${BUDGET / 1024} KB gzip each):\n  ${lines.join('\n  ')}`);
  for (const [name, bytes] of Object.entries(report)) expect(bytes, `${name}: ${bytes} B gzip, ${bytes - BUDGET} B over the budget`).toBeLessThanOrEqual(BUDGET);
});
