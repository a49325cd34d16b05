import { annotate, type Target } from './annotate.ts';
import { debugMark, debugMarkAfterPaint } from './debug-marks.ts';

/**
 * How long the first stretch may take: the rows at the top get their badges in the frame that draws them, so it
 * must leave that frame room.
 */
export const FIRST_SLICE_MS = 8;
/**
 * How long each later stretch may hold the main thread before the browser gets it back (to draw, and to answer
 * the merchant's clicks and keys): under the 50 ms that make a long task. The browser lays the page out again
 * after each stretch; where that takes longer than the stretch (an admin of thousands of rows takes hundreds of
 * ms), the next stretch may last as long as the browser's own turn did: slicing thinner would only multiply the
 * layouts, and the time until every badge is in, without ever making the page answer sooner.
 */
export const SLICE_MS = 40;
/** …but never longer than this: the merchant's click must not wait for more. */
export const LONGEST_SLICE_MS = 200;

export interface Annotator {
  /**
   * Annotates these targets, in page order: a first slice at once (the rows at the top, in view when a page
   * opens, get their badges in the frame that draws them), the rows that come into view next (told by an
   * IntersectionObserver, which reads no layout of its own), the rest in slices. A target waiting from an
   * earlier call is replaced by a newer one for the same row, so whatever a pass gives last wins.
   */
  submit(targets: readonly Target[]): void;
  /** Drops what waits (the page went elsewhere, or the overlay stops). */
  clear(): void;
}

/** What the annotator needs of the page; the browser's own by default, replaced in unit tests. */
export interface AnnotatorHost {
  later(run: () => void): void;
  apply(targets: readonly Target[]): number;
  now(): number;
  /** Tells which of the observed elements came into view; null where the browser has no IntersectionObserver. */
  watchView(
    onVisible: (elements: Element[]) => void,
  ): { observe(element: Element): void; forget(element: Element): void } | null;
}

function browserView(onVisible: (elements: Element[]) => void) {
  if (typeof IntersectionObserver === 'undefined') return null;
  const observer = new IntersectionObserver((entries) =>
    onVisible(entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target)),
  );
  return {
    observe: (element: Element) => observer.observe(element),
    forget: (element: Element) => observer.unobserve(element),
  };
}

export function createAnnotator(host: Partial<AnnotatorHost> & Pick<AnnotatorHost, 'later'>): Annotator {
  const apply = host.apply ?? annotate;
  const now = host.now ?? (() => performance.now());
  const waiting = new Map<Element, Target>();
  let scheduled = false;
  let written = 0;
  let rows = 0;
  /** When the last stretch ended: the time until the next one starts is the browser's turn. */
  let lastEnd: number | null = null;

  const finished = () => {
    debugMark('annotate-end', { rows, written });
    debugMarkAfterPaint('annotate-painted', { rows, written });
    rows = 0;
    written = 0;
  };

  /** Annotates waiting targets in order until the slice's time is up; the rest wait for the next slice. */
  const work = (from: Iterable<Element>, budget = SLICE_MS) => {
    const start = now();
    const until = start + budget;
    for (const owner of from) {
      const target = waiting.get(owner);
      if (!target) continue;
      waiting.delete(owner);
      view?.forget(owner);
      written += apply([target]);
      if (now() >= until) break;
    }
    lastEnd = now();
    debugMark('annotate-slice', { ms: lastEnd - start });
  };

  const view = (host.watchView ?? browserView)((visible) => {
    if (visible.length === 0) return;
    work(visible);
    if (waiting.size === 0 && !scheduled) finished();
  });

  const slice = () => {
    scheduled = false;
    const browserTurn = lastEnd === null ? 0 : now() - lastEnd;
    work(waiting.keys(), Math.min(LONGEST_SLICE_MS, Math.max(SLICE_MS, browserTurn)));
    if (waiting.size > 0) schedule();
    else finished();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.later(slice);
  };

  return {
    submit(targets) {
      if (targets.length === 0) return;
      if (waiting.size === 0 && !scheduled) debugMark('annotate-start');
      rows += targets.length;
      for (const target of targets) {
        // Re-inserted at the end: the newest target of a row is the one drawn, in page order.
        if (waiting.delete(target.owner)) view?.forget(target.owner);
        waiting.set(target.owner, target);
      }
      work(
        targets.map((target) => target.owner),
        FIRST_SLICE_MS,
      );
      debugMark('annotate-in-view');
      // Only this pass's rows: those waiting from an earlier one are watched already.
      for (const { owner } of targets) if (waiting.has(owner)) view?.observe(owner);
      if (waiting.size > 0) schedule();
      else if (!scheduled) finished();
    },
    clear() {
      for (const owner of waiting.keys()) view?.forget(owner);
      waiting.clear();
    },
  };
}
