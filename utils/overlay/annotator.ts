import { annotate, type Target } from './annotate.ts';
import { debugMark, debugMarkAfterPaint } from './debug-marks.ts';

/**
 * How long one stretch of annotating may hold the main thread before the browser gets it back (to draw, and
 * to answer the merchant's clicks and keys): well under the 50 ms that make a long task.
 */
export const SLICE_MS = 8;

export interface Annotator {
  /**
   * Annotates these targets: those whose row is in view at once (their badges belong in the frame that draws
   * the rows), the rest in slices after it. A target waiting from an earlier call is replaced by a newer one for
   * the same row, so whatever a pass gives last wins.
   */
  submit(targets: readonly Target[]): void;
  /** Drops what waits (the page went elsewhere, or the overlay stops). */
  clear(): void;
}

/** Whether a row is in the window's view now: reading its box costs one layout for the whole page, then little. */
function inView(element: Element, height: number): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < height && (box.width > 0 || box.height > 0);
}

export function createAnnotator(
  later: (run: () => void) => void,
  apply: (targets: readonly Target[]) => number = annotate,
  now: () => number = () => performance.now(),
): Annotator {
  const waiting = new Map<Element, Target>();
  let scheduled = false;
  let written = 0;
  let rows = 0;

  const finished = () => {
    debugMark('annotate-end', { rows, written });
    debugMarkAfterPaint('annotate-painted', { rows, written });
    rows = 0;
    written = 0;
  };

  const slice = () => {
    scheduled = false;
    const until = now() + SLICE_MS;
    for (const [owner, target] of waiting) {
      waiting.delete(owner);
      written += apply([target]);
      if (now() >= until) break;
    }
    if (waiting.size > 0) schedule();
    else finished();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    later(slice);
  };

  return {
    submit(targets) {
      if (targets.length === 0) return;
      if (waiting.size === 0 && !scheduled) debugMark('annotate-start');
      rows += targets.length;
      const height = window.innerHeight;
      const first: Target[] = [];
      for (const target of targets) {
        if (inView(target.owner, height)) {
          waiting.delete(target.owner);
          first.push(target);
        } else {
          // Re-inserted at the end: the newest target of a row is the one drawn.
          waiting.delete(target.owner);
          waiting.set(target.owner, target);
        }
      }
      written += apply(first);
      debugMark('annotate-in-view', { rows: first.length });
      if (waiting.size > 0) schedule();
      else if (!scheduled) finished();
    },
    clear() {
      waiting.clear();
    },
  };
}
