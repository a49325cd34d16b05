import { mkdir, readFile, rm } from 'node:fs/promises';

import { findChrome, HOW_TO_GET_CHROMIUM } from './chrome.ts';
import { chosenBrowsers, E2E_BROWSER_NAMES, type E2eBrowser } from './e2e-browsers.ts';
import { findFirefox, HOW_TO_GET_FIREFOX } from './firefox.ts';
import { bin, run } from './run.ts';

/**
 * `npm test`: type check, lint (the layers and the usual mistakes), format check, unit tests, integration tests against a sandbox the tests start, the end-to-end
 * tests with the built extension in Chromium, then Mozilla's linter over the Firefox package. Says what ran,
 * and ends with one line "N passed, N failed" for the whole run. E2E=0 skips the browser tests, and says so.
 */

interface Stage {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
  note?: string;
}

const RESULTS_DIR = '.output/test-results';

async function vitestProject(project: string): Promise<Stage> {
  const output = `${RESULTS_DIR}/${project}.json`;
  await rm(output, { force: true });
  const code = await run(bin('vitest'), [
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  try {
    const report = JSON.parse(await readFile(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      numTotalTests: number;
    };
    const ranNothing = report.numTotalTests === 0;
    return {
      name: project,
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
      // A project that ran no test at all is a broken suite, not a green one.
      ok: code === 0 && !ranNothing,
      ...(ranNothing ? { note: 'no test ran' } : {}),
    };
  } catch {
    return { name: project, passed: 0, failed: 1, skipped: 0, ok: false, note: `vitest exited ${code} with no report` };
  }
}

async function step(name: string, command: string, args: string[]): Promise<Stage> {
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, ok: code === 0 };
}

/**
 * How long each browser's end-to-end tests took, summed over its tests (a test of tests/e2e/both/ names its browser
 * in its describe block; the other files are Chromium's): the figure the README's table quotes.
 */
async function sayTimePerBrowser(report: string, browsers: E2eBrowser[]): Promise<void> {
  try {
    const { testResults } = JSON.parse(await readFile(report, 'utf8')) as {
      testResults: Array<{ assertionResults: Array<{ ancestorTitles: string[]; duration?: number | null }> }>;
    };
    for (const name of browsers) {
      const tests = testResults
        .flatMap((file) => file.assertionResults)
        .filter((test) => {
          const named = E2E_BROWSER_NAMES.find((browser) => test.ancestorTitles.join(' ').endsWith(`in ${browser}`));
          return (named ?? 'chromium') === name;
        });
      const seconds = tests.reduce((sum, test) => sum + (test.duration ?? 0), 0) / 1000;
      console.log(`e2e in ${name}: ${tests.length} tests, ${seconds.toFixed(0)} s of tests`);
    }
  } catch {
    console.log('e2e: no report to time the browsers from');
  }
}

/** Each browser's sandbox build, then the end-to-end tests in the browsers chosen (E2E_BROWSERS; both by default). */
async function endToEnd(browsers: E2eBrowser[]): Promise<Stage[]> {
  const missing = browsers.flatMap((name) =>
    name === 'chromium'
      ? findChrome()
        ? []
        : [`No Chromium found. ${HOW_TO_GET_CHROMIUM}`]
      : findFirefox()
        ? []
        : [`No Firefox found. ${HOW_TO_GET_FIREFOX}`],
  );
  if (missing.length > 0) {
    console.error(`\n${missing.join('\n')}\nE2E=0 skips the end-to-end tests.`);
    return [{ name: 'e2e', passed: 0, failed: 1, skipped: 0, ok: false, note: 'no browser' }];
  }
  const stages: Stage[] = [];
  for (const name of browsers) {
    console.log(`\n━━ Build the sandbox extension for ${name} ━━`);
    const args = name === 'chromium' ? ['build', '--mode', 'sandbox'] : ['build', '--mode', 'sandbox', '-b', 'firefox'];
    const build = await step(`sandbox:${name}`, bin('wxt'), args);
    stages.push(build);
    if (!build.ok) return stages;
  }
  console.log(`\n━━ End-to-end tests (${browsers.join(' and ')}, the built extension) ━━`);
  stages.push(await vitestProject('e2e'));
  await sayTimePerBrowser(`${RESULTS_DIR}/e2e.json`, browsers);
  return stages;
}

async function main(): Promise<number> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const stages: Stage[] = [];
  const banner = (text: string) => console.log(`\n━━ ${text} ━━`);

  banner('Type check (tsc)');
  stages.push(await step('typecheck', bin('tsc'), ['--noEmit', '-p', '.']));

  banner('Lint (ESLint: layers, cycles, mistakes)');
  stages.push(await step('lint', bin('eslint'), ['.']));

  banner('Format (Prettier)');
  stages.push(await step('format', bin('prettier'), ['--check', '.']));

  banner('Unit tests');
  stages.push(await vitestProject('unit'));

  banner('Integration tests (sandbox over HTTP)');
  stages.push(await vitestProject('integration'));

  if (process.env.E2E === '0') {
    console.log('\nE2E=0: the end-to-end tests were SKIPPED.');
    stages.push({ name: 'e2e', passed: 0, failed: 0, skipped: 1, ok: true, note: 'skipped by E2E=0' });
  } else {
    stages.push(...(await endToEnd(chosenBrowsers())));
  }

  // The Firefox store package must pass Mozilla's own linter (addons-linter, through web-ext) with no error;
  // its warnings are printed above and do not fail the run.
  banner('Firefox package: build and web-ext lint');
  const firefox = await step('build:firefox', bin('wxt'), ['build', '-b', 'firefox']);
  stages.push(firefox);
  if (firefox.ok) {
    stages.push(await step('web-ext lint', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv3']));
  }

  banner('Summary');
  for (const stage of stages) {
    const mark = stage.ok ? 'ok  ' : 'FAIL';
    const note = stage.note ? ` (${stage.note})` : '';
    console.log(
      `${mark} ${stage.name.padEnd(14)} ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped} skipped${note}`,
    );
  }
  const passed = stages.reduce((sum, stage) => sum + stage.passed, 0);
  const failed = stages.reduce((sum, stage) => sum + stage.failed, 0);
  const skipped = stages.reduce((sum, stage) => sum + stage.skipped, 0);
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return stages.every((stage) => stage.ok) ? 0 : 1;
}

process.exitCode = await main();
