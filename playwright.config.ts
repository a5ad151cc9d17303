import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built extension in Debian's Chromium: the test
// build (.output/chrome-mv3-e2e, `npm run build:test`), and for one spec the
// shipped build (.output/chrome-mv3, `npm run build`). `npm test` builds both;
// `npm run test:e2e` expects them.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  // Tests wait for states, never for times; these only bound how long a state
  // may take to appear on a loaded shared machine before the test gives up.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
});
