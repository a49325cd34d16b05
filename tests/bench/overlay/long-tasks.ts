import type { TestPage } from '../../e2e/support/driver/test-page.ts';

/**
 * The page's long tasks (over 50 ms, whoever ran them), from an in-page PerformanceObserver of type 'longtask'.
 * Chromium has it; Firefox has no Long Tasks API (its PerformanceObserver.supportedEntryTypes lists no
 * 'longtask'), and no other way to see tasks from a page or over WebDriver BiDi: there the figures are null and
 * printed "n/a", never a guess.
 */

type LongTask = { start: number; duration: number };
type Watched = { __longTasks: LongTask[] | null };

/** Records every long task of the page in `window.__longTasks` from its first script on; null where unsupported. */
export function watchLongTasks(page: TestPage): Promise<void> {
  return page.addInitScript(() => {
    const watched = window as unknown as Watched;
    watched.__longTasks = null;
    if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) return;
    const tasks: LongTask[] = [];
    watched.__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Why a page cannot give the long-task figures, asked of the page itself rather than assumed from the browser's
 * name (a later Firefox may have the API); null when it can.
 */
export async function longTasksUnavailable(page: TestPage): Promise<string | null> {
  const { supported, browser } = await page.evaluate(() => ({
    supported: PerformanceObserver.supportedEntryTypes.includes('longtask'),
    browser: /(Firefox|Chrome)\/(\d+)/.exec(navigator.userAgent)?.slice(1).join(' ') ?? navigator.userAgent,
  }));
  return supported
    ? null
    : `n/a in ${browser}: no Long Tasks API (PerformanceObserver.supportedEntryTypes has no "longtask"), and ` +
        'WebDriver BiDi has no tracing';
}

/** The long tasks that overlap `from`–`to` (`overlapping`), or that start in it; null where unsupported. */
export function longTasksBetween(
  page: TestPage,
  from: number,
  to: number,
  overlapping = true,
): Promise<LongTask[] | null> {
  return page.evaluate(
    ({ from, to, overlapping }) =>
      (window as unknown as Watched).__longTasks?.filter((task) =>
        overlapping ? task.start + task.duration >= from && task.start <= to : task.start >= from && task.start <= to,
      ) ?? null,
    { from, to, overlapping },
  );
}

/** The longest of the tasks over 50 ms between two moments: 0 when there was none, null where unsupported. */
export async function longestTask(page: TestPage, from: number, to: number): Promise<number | null> {
  const tasks = await longTasksBetween(page, from, to);
  return tasks === null ? null : Math.max(0, ...tasks.map((task) => task.duration));
}
