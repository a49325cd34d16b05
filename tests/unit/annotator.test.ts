import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Target } from '../../utils/overlay/annotate.ts';
import { createAnnotator, SLICE_MS } from '../../utils/overlay/annotator.ts';

/**
 * The overlay's badges on a page of thousands of rows: those in view at once, the rest in slices that each give
 * the main thread back within SLICE_MS, the newest target of a row winning.
 */

const VIEW_HEIGHT = 800;
const ROW = 40;

const owners = new Map<number, Element>();

/** A row at `index` in a list that starts at the top of the view (one element per row, as a page has). */
function target(index: number, signature = 'a'): Target {
  const top = index * ROW;
  let owner = owners.get(index);
  if (!owner) {
    owner = {
      getBoundingClientRect: () => ({ top, bottom: top + ROW, width: 600, height: ROW }),
    } as unknown as Element;
    owners.set(index, owner);
  }
  return { owner, id: String(index), signature } as Target;
}

describe('annotating in slices', () => {
  let clock = 0;
  let tasks: Array<() => void> = [];
  let applied: Array<{ id: string; signature: string | null; at: number }> = [];
  const annotator = () =>
    createAnnotator(
      (run) => tasks.push(run),
      (targets) => {
        for (const t of targets) {
          applied.push({ id: t.id, signature: t.signature, at: clock });
          clock += 1; // each badge costs a millisecond
        }
        return targets.length;
      },
      () => clock,
    );
  const runTask = () => {
    const task = tasks.shift()!;
    const from = clock;
    task();
    return clock - from;
  };

  beforeEach(() => {
    vi.stubGlobal('window', { innerHeight: VIEW_HEIGHT });
    clock = 0;
    tasks = [];
    applied = [];
  });
  afterEach(() => vi.unstubAllGlobals());

  it('draws the rows in view at once, and the rest in later tasks no longer than a slice', () => {
    const a = annotator();
    const targets = Array.from({ length: 200 }, (_, i) => target(i));
    a.submit(targets);
    expect(applied.map((entry) => entry.id)).toEqual(targets.slice(0, VIEW_HEIGHT / ROW).map((t) => t.id));
    let slices = 0;
    while (tasks.length > 0) {
      expect(runTask()).toBeLessThanOrEqual(SLICE_MS);
      slices += 1;
    }
    expect(applied).toHaveLength(200);
    expect(new Set(applied.map((entry) => entry.id)).size).toBe(200);
    expect(slices).toBeGreaterThan(1);
  });

  it('lets the newest target of a row win over one still waiting, and drops what waits when cleared', () => {
    const a = annotator();
    a.submit([target(100, 'old'), target(101, 'old')]);
    a.submit([target(100, 'new')]);
    while (tasks.length > 0) runTask();
    expect(applied.filter((entry) => entry.id === '100').map((entry) => entry.signature)).toEqual(['new']);
    expect(applied.filter((entry) => entry.id === '101')).toHaveLength(1);

    applied = [];
    a.submit([target(300), target(301)]);
    a.clear();
    while (tasks.length > 0) runTask();
    expect(applied).toEqual([]);
  });

  it('asks for one later task at a time, however many passes come meanwhile', () => {
    const a = annotator();
    for (let pass = 0; pass < 5; pass++) a.submit([target(500 + pass)]);
    expect(tasks).toHaveLength(1);
  });
});
