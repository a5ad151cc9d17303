#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests, Chrome builds, end-to-end tests in
// Chromium, Firefox build and its web-ext lint, store zips, then checks of the
// manifests and zips and a smoke test in firefox-esr. Every step runs even if
// an earlier one failed, so one run shows everything that is wrong; the last
// line totals unit, e2e and Firefox/store tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']],
  ['build (Chrome MV3, shipped)', 'npx', ['wxt', 'build']],
  // The e2e suite drives the test build (its hooks: globalThis.rapport, popup.html?tab=);
  // one spec checks that the shipped build above has neither.
  ['build (Chrome MV3, test hooks)', 'npx', ['wxt', 'build', '--mode', 'e2e']],
  ['end-to-end tests (Chromium)', 'npx', ['playwright', 'test']],
  ['build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']],
  // What AMO's review flags: any warning fails the step.
  ['web-ext lint (Firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--warnings-as-errors']],
  ['store packages (npm run zip)', 'npm', ['run', 'zip', '--silent']],
  // The built manifests and zips, and the smoke test in firefox-esr (which
  // skips, saying why, when Firefox is not installed).
  ['Firefox and store checks', 'npx', ['vitest', 'run', '--config', 'tests/firefox/vitest.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/firefox.json']],
];

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json', 'test-results/firefox.json']) rmSync(f, { force: true });

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.status !== 0) failedSteps.push(name);
}

const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);
const unit = readJson('test-results/unit.json');
const e2e = readJson('test-results/e2e.json');
let passed = 0;
let failed = 0;
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} else failed += 1;
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
} else failed += 1;

const firefox = readJson('test-results/firefox.json');
if (firefox) {
  passed += firefox.numPassedTests;
  failed += firefox.numFailedTests;
} else failed += 1;

// A step that failed without failing a test (type-check, lint, a build, a
// runner that crashed) still counts: the last line is never green over a red step.
for (const name of failedSteps) if (!['unit tests', 'end-to-end tests (Chromium)', 'Firefox and store checks'].includes(name)) failed += 1;
if (unit && failedSteps.includes('unit tests') && !unit.numFailedTests) failed += 1;
if (e2e && failedSteps.includes('end-to-end tests (Chromium)') && !(e2e.stats.unexpected + e2e.stats.flaky)) failed += 1;
if (firefox && failedSteps.includes('Firefox and store checks') && !firefox.numFailedTests) failed += 1;

console.log(`\nunit: ${unit ? `${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${unit.numPendingTests + unit.numTodoTests} skipped` : 'did not run'}`);
console.log(`e2e: ${e2e ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky, ${e2e.stats.skipped} skipped` : 'did not run'}`);
console.log(`firefox and store: ${firefox ? `${firefox.numPassedTests} passed, ${firefox.numFailedTests} failed, ${firefox.numPendingTests + firefox.numTodoTests} skipped` : 'did not run'}`);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
