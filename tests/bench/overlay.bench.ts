import type { BenchRow } from './support.ts';
import { benchBrowsers } from './overlay/browsers.ts';
import { build, contentScriptSize } from './overlay/content-script-size.ts';
import { overlayIn } from './overlay/in-browser.ts';

/**
 * The admin overlay with the built extension, on a sandbox store of 5,000 eCom categories, in Chromium and in
 * Firefox (BENCH_BROWSERS, or `npm run bench overlay firefox`, narrows), one table per browser:
 * - annotating the categories page: from the status (or the admin's rows, whichever comes last) to every badge
 *   in place, and to the next frame drawn;
 * - updating when one category's status changes: from the new status to its badge redrawn (one row touched);
 * - the page while a job enables ~500 categories: the longest main-thread task;
 * - the content script's size, gzipped, in the store build.
 * The content script leaves performance marks only when the page's localStorage has "sync-lens:debug" = "1"
 * (utils/overlay/debug-marks.ts); this reads them from the page's own timeline, the same way in both browsers
 * (tests/bench/overlay/). A figure a browser cannot give is printed "n/a" with the reason.
 */

const RUNS = 3;

/** Each browser's sandbox build: the store build plus the loopback origin the sandbox serves on. */
const SANDBOX_BUILD = { chromium: ['--mode', 'sandbox'], firefox: ['--mode', 'sandbox', '-b', 'firefox'] };

export async function bench(): Promise<BenchRow[]> {
  const browsers = benchBrowsers();
  const sizes = await contentScriptSize();
  for (const browser of browsers) build(SANDBOX_BUILD[browser]);
  const rows: BenchRow[] = [];
  for (const browser of browsers) {
    const group = `admin overlay — ${browser}`;
    for (const figure of [...sizes[browser], ...(await overlayIn(browser, RUNS))]) rows.push({ group, ...figure });
  }
  return rows;
}
