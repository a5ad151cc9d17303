import { defineConfig } from 'vitest/config';
// For its Node 20 shim (Map.groupBy), without which a failure report crashes.
import '../../vitest.config.ts';

// Checks on what `npm test` built and zipped: the Firefox smoke test and the
// store packages. They read .output/, so they run after the builds, apart from
// the unit tests (`npm run test:firefox`).
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    // Starting Firefox and installing the add-on takes seconds on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Firefox at a time: the machine is shared.
    fileParallelism: false,
  },
});
