import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

import { chosenBrowsers } from './scripts/e2e-browsers.ts';

// Three kinds of test, each its own project so `npm test` can say what ran:
// unit (pure logic, no I/O), integration (the sandbox over real HTTP), e2e (Chromium and Firefox + the built extension).
export default defineConfig({
  test: {
    projects: [
      {
        // WXT's plugin gives unit tests a fake `browser` (storage, runtime) in memory.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Worker threads start faster than processes, and most of these files run in milliseconds: the unit
          // project took 54 s in forks against 33 s in threads on this machine (the integration one 171 s and 107 s).
          pool: 'threads',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'threads',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // tests/e2e/both/ runs each flow in every browser E2E_BROWSERS names; the other files drive Chromium's
          // own protocol (DevTools) and run when Chromium is among them.
          include: chosenBrowsers().includes('chromium') ? ['tests/e2e/**/*.test.ts'] : ['tests/e2e/both/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Three files at once, each with its own browser and sandbox: most of an end-to-end test's time is spent
          // waiting on a page or a browser starting, so two cores carry three (measured with both browsers' flows:
          // 290 s for the suite against 341 s two at a time; 461 s one at a time for Chromium's alone, before).
          maxWorkers: 3,
        },
      },
    ],
  },
});
