import type { E2eBrowser } from '../../../scripts/e2e-browsers.ts';
import { generateState } from '../../../sandbox/generate/world.ts';
import { connectSession } from '../../e2e/support/driver/connected.ts';
import { launchBrowser } from '../../e2e/support/driver/launch.ts';
import type { TestPage } from '../../e2e/support/driver/test-page.ts';
import { adminUrl } from '../../e2e/support/overlay.ts';
import { ecomFetch, startTestSandbox } from '../../integration/support/sandbox.ts';
import { adminAlone } from './admin-alone.ts';
import { clockStep } from './clock.ts';
import { median, type Figure } from './figures.ts';
import { longestTask, longTasksBetween, longTasksUnavailable, watchLongTasks } from './long-tasks.ts';
import { showPage } from './front.ts';
import { enableMarks, passAfter } from './marks.ts';
import { clickInOverlay, textInOverlay, waitInOverlay } from './overlay-parts.ts';
import { unknownMarkup } from './unknown-markup.ts';

/**
 * The admin overlay's figures in one browser with its sandbox build installed, the same steps in each: a fresh
 * sandbox store of 5,000 eCom categories (the generator is seeded, so both browsers get the same store), the
 * categories page annotated from the cache, the same page on an unknown markup, one changed status, a job.
 */

/** Retail categories to generate: the generator's store then has exactly 5,000 in eCom. */
const RETAIL_CATEGORIES = 4_950;
const ROW = 'li[data-category-id] > .ec-category-row';

const rowsOnPage = (page: TestPage) => page.evaluate((row) => document.querySelectorAll(row).length, ROW);
const now = (page: TestPage) => page.evaluate(() => performance.now());

export async function overlayIn(browser: E2eBrowser, runs: number): Promise<Figure[]> {
  const state = generateState({ categories: RETAIL_CATEGORIES });
  const ecomCategories = state.ecom.categories?.length ?? 0;
  const sandbox = await startTestSandbox({
    state,
    // The sandbox's API budgets are not what is measured here.
    config: {
      retailBucketSize: 1_000_000,
      retailDripPerSecond: 1_000_000,
      retailBurstPerSecond: 1_000_000,
      ecomPerMinute: 10_000_000,
    },
  });
  const session = await launchBrowser(browser);
  const figures: Figure[] = [];
  try {
    await connectSession(session, sandbox);
    const page = await session.newPage();
    await enableMarks(page);
    await watchLongTasks(page);
    await showPage(page);
    await page.goto(adminUrl(sandbox));
    // The first visit reads both stores (5,000 categories, ~15,000 products) into the cache.
    await waitInOverlay(page, 'sync-lens-overlay', '.sl-bar[data-state="ready"][aria-busy="false"]', 300_000);
    const rowCount = await rowsOnPage(page);
    await passAfter(page, 0, (written) => written > 0);
    const noLongTasks = await longTasksUnavailable(page);
    figures.push(await clockStep(page));

    // Annotating the whole page, from the cache (fresh, so no read of the stores in between).
    const annotate: number[] = [];
    const annotatePainted: number[] = [];
    const inView: number[] = [];
    const longest: Array<number | null> = [];
    const ours: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      const pass = await passAfter(page, 0, (written) => written >= rowCount - 1);
      const from = Math.max(pass.status, pass.start);
      annotate.push(pass.end - from);
      annotatePainted.push(pass.painted - from);
      inView.push(pass.inView - from);
      longest.push(await longestTask(page, from, pass.end));
      ours.push(pass.slice);
    }
    figures.push(
      {
        name: `admin alone: draw ${rowCount} rows`,
        value: await adminAlone(browser, adminUrl(sandbox), runs),
        unit: 'ms',
        note: 'no extension: its list inserted → next frame drawn (reference)',
      },
      {
        name: `annotate ${rowCount} rows`,
        value: median(annotate),
        unit: 'ms',
        note: `status or rows, whichever last → every badge in the DOM (median of ${runs})`,
      },
      {
        name: `annotate ${rowCount} rows, drawn`,
        value: median(annotatePainted),
        unit: 'ms',
        note: 'the same, to the next frame drawn',
      },
      {
        name: 'badges of the rows in view',
        value: median(inView),
        unit: 'ms',
        note: 'status or rows, whichever last → the badges of the rows in view in the DOM; aim < 16 ms',
      },
      {
        name: 'longest task while annotating',
        value: median(longest),
        unit: 'ms',
        note:
          noLongTasks ?? 'ours and the admin’s (its own layout of 5,000 rows too), status → every badge; aim < 50 ms',
      },
      {
        name: 'longest slice of annotating',
        value: median(ours),
        unit: 'ms',
        note: 'the overlay’s own longest stretch on the main thread meanwhile, timed by itself',
      },
    );
    const unknownPage = await session.newPage();
    await enableMarks(unknownPage);
    await watchLongTasks(unknownPage);
    await showPage(unknownPage);
    figures.push(...(await unknownMarkup(unknownPage, sandbox, rowCount, runs, noLongTasks)));
    await unknownPage.close();
    await showPage(page);

    // One category changes: enabled in eCom, then "Check again".
    const candidates = state.ecom.categories!.filter((category) => category.enabled === false).slice(0, runs);
    const update: number[] = [];
    const updatePainted: number[] = [];
    for (const category of candidates) {
      await ecomFetch(sandbox, `/categories/${category.id}`, {
        method: 'PUT',
        body: JSON.stringify({ enabled: true }),
      });
      const before = await now(page);
      await clickInOverlay(page, 'sync-lens-overlay', '.sl-bar button', 'Check again');
      const pass = await passAfter(page, before, (written) => written === 1);
      update.push(pass.end - pass.status);
      updatePainted.push(pass.painted - pass.status);
      // "Check again" also has the admin fetch its list and draw it anew (and so does the click, where it gives
      // the window focus: then before the new status): let that redraw's pass be over before the next run.
      await passAfter(page, before, (written) => written >= rowCount - 1);
    }
    figures.push(
      {
        name: 'update one changed status',
        value: median(update),
        unit: 'ms',
        note: `new status → its badge redrawn, 1 row written of ${rowCount} (median of ${runs})`,
      },
      {
        name: 'update one changed status, drawn',
        value: median(updatePainted),
        unit: 'ms',
        note: 'the same, to the next frame drawn',
      },
    );

    // The page while a job enables every new category.
    const action = '.sl-bar [data-action="enable-categories"]';
    await waitInOverlay(page, 'sync-lens-overlay', action);
    const label = (await textInOverlay(page, 'sync-lens-overlay', action)).trim();
    await clickInOverlay(page, 'sync-lens-overlay', action);
    await clickInOverlay(page, 'sync-lens-layer', '.sl-dialog [data-action="confirm"]');
    const startedAt = await now(page);
    const started = Date.now();
    await waitInOverlay(page, 'sync-lens-overlay', '.sl-job[data-job-status="done"]', 300_000);
    const jobMs = Date.now() - started;
    const tasks = await longTasksBetween(page, startedAt, await now(page), false);
    figures.push(
      {
        name: 'longest main-thread task during a job',
        value: tasks === null ? null : Math.max(0, ...tasks.map((task) => task.duration)),
        unit: 'ms',
        note:
          tasks === null
            ? `${noLongTasks}; ${label}: ${(jobMs / 1000).toFixed(1)} s`
            : `${label}: ${tasks.length} tasks over 50 ms in ${(jobMs / 1000).toFixed(1)} s`,
      },
      { name: 'eCom categories in the store', value: ecomCategories, unit: '', note: `${rowCount} rows on the page` },
    );
  } finally {
    await session.close();
    await sandbox.close();
  }
  return figures;
}
