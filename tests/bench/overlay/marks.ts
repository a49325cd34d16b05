import type { TestPage } from '../../e2e/support/driver/test-page.ts';

/**
 * The content script's performance marks (utils/overlay/debug-marks.ts), read from the page's own timeline: both
 * browsers put a content script's marks there, `detail` included, so one reading serves both.
 */

export type Mark = { name: string; startTime: number; detail: { rows?: number; written?: number; ms?: number } | null };

export interface Pass {
  /** The status the pass drew (or its start, when the status came first). */
  status: number;
  start: number;
  /** The badges of the rows in view in the DOM. */
  inView: number;
  /** Every badge in the DOM. */
  end: number;
  /** The next frame drawn after `end`. */
  painted: number;
  /** The overlay's longest stretch on the main thread in the pass, as it timed it itself. */
  slice: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Turns the marks on for every document the page loads: they are only left when localStorage asks for them. */
export function enableMarks(page: TestPage): Promise<void> {
  return page.addInitScript(() => localStorage.setItem('sync-lens:debug', '1'));
}

export function marks(page: TestPage): Promise<Mark[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('sync-lens:'))
      .map((mark) => ({
        name: mark.name.slice('sync-lens:'.length),
        startTime: mark.startTime,
        detail: (mark as PerformanceMark).detail as Mark['detail'],
      })),
  );
}

/** The first finished pass after `since` whose chips written `written` accepts, once it is painted; else null. */
function passIn(all: Mark[], since: number, written: (count: number) => boolean): Pass | null {
  const end = all.find(
    (mark) => mark.name === 'annotate-end' && mark.startTime > since && written(mark.detail?.written ?? 0),
  );
  const painted =
    end &&
    all.find(
      (mark) =>
        mark.name === 'annotate-painted' &&
        mark.startTime >= end.startTime &&
        mark.detail?.written === end.detail?.written,
    );
  if (!end || !painted) return null;
  const before = (name: string) =>
    [...all].reverse().find((mark) => mark.name === name && mark.startTime <= end.startTime);
  const start = before('annotate-start')!;
  const during = (name: string) =>
    all.filter((mark) => mark.name === name && mark.startTime >= start.startTime && mark.startTime <= end.startTime);
  return {
    status: before('status')?.startTime ?? start.startTime,
    start: start.startTime,
    inView: during('annotate-in-view')[0]?.startTime ?? end.startTime,
    end: end.startTime,
    painted: painted.startTime,
    slice: Math.max(0, ...during('annotate-slice').map((mark) => mark.detail?.ms ?? 0)),
  };
}

/**
 * Waits for a pass that wrote as many chips as `written` accepts after `since`, and its painted mark. Polls
 * only the timeline (a cheap read), so the waiting adds next to nothing to the page it measures. Gives up after
 * `timeout`, naming the passes it saw, so a browser that annotates differently says how.
 */
export async function passAfter(
  page: TestPage,
  since: number,
  written: (count: number) => boolean,
  timeout = 180_000,
): Promise<Pass> {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await marks(page);
    const pass = passIn(all, since, written);
    if (pass) return pass;
    if (Date.now() > until) {
      const seen = all
        .filter((mark) => mark.name === 'annotate-end' && mark.startTime > since)
        .map((mark) => `${mark.detail?.written ?? '?'} at ${mark.startTime.toFixed(0)} ms`);
      throw new Error(
        `The overlay never finished annotating the page; passes since ${since.toFixed(0)} ms wrote: ${seen.join(', ') || 'none'}.`,
      );
    }
    await sleep(100);
  }
}
