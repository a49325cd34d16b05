import { beforeEach, describe, expect, it } from 'vitest';

import type { Target } from '../../utils/overlay/annotate.ts';
import { createAnnotator, FIRST_SLICE_MS, LONGEST_SLICE_MS, SLICE_MS } from '../../utils/overlay/annotator.ts';

/**
 * The overlay's badges on a page of thousands of rows: a first slice of FIRST_SLICE_MS at once (the top rows),
 * the rows that come into view next, the rest in later slices that each give the main thread back within
 * SLICE_MS; the newest target of a row wins.
 */

const owners = new Map<number, Element>();

/** The target of row `index` (one element per row, as a page has). */
function target(index: number, signature = 'a'): Target {
  let owner = owners.get(index);
  if (!owner) {
    owner = { index } as unknown as Element;
    owners.set(index, owner);
  }
  return { owner, id: String(index), signature } as Target;
}

describe('annotating in slices', () => {
  let clock = 0;
  let tasks: Array<() => void> = [];
  let applied: Array<{ id: string; signature: string | null }> = [];
  let observed = new Set<Element>();
  let showRows: (elements: Element[]) => void = () => undefined;

  const annotator = () =>
    createAnnotator({
      later: (run) => tasks.push(run),
      apply: (targets) => {
        for (const t of targets) {
          applied.push({ id: t.id, signature: t.signature });
          clock += 1; // each badge costs a millisecond
        }
        return targets.length;
      },
      now: () => clock,
      watchView: (onVisible) => {
        showRows = onVisible;
        return { observe: (element) => observed.add(element), forget: (element) => observed.delete(element) };
      },
    });
  const runTask = () => {
    const from = clock;
    tasks.shift()!();
    return clock - from;
  };

  beforeEach(() => {
    clock = 0;
    tasks = [];
    applied = [];
    observed = new Set();
  });

  it('draws a first slice of the top rows at once, and the rest in later tasks no longer than a slice', () => {
    const a = annotator();
    const targets = Array.from({ length: 200 }, (_, i) => target(i));
    a.submit(targets);
    expect(applied.map((entry) => entry.id)).toEqual(targets.slice(0, FIRST_SLICE_MS).map((t) => t.id));
    expect(observed.size).toBe(200 - FIRST_SLICE_MS);
    let slices = 0;
    while (tasks.length > 0) {
      expect(runTask()).toBeLessThanOrEqual(SLICE_MS);
      slices += 1;
    }
    expect(new Set(applied.map((entry) => entry.id)).size).toBe(200);
    expect(applied).toHaveLength(200);
    expect(slices).toBeGreaterThan(1);
    expect(observed.size).toBe(0);
  });

  it('gives a later stretch as long as the browser’s own turn took, when that was longer than a slice', () => {
    const a = annotator();
    a.submit(Array.from({ length: 600 }, (_, i) => target(1000 + i)));
    expect(runTask()).toBeLessThanOrEqual(SLICE_MS);
    clock += 150; // the browser lays the page out: 150 ms
    const stretch = runTask();
    expect(stretch).toBeGreaterThan(SLICE_MS);
    expect(stretch).toBeLessThanOrEqual(150);
    clock += 5; // a cheap page: back to ordinary slices
    expect(runTask()).toBeLessThanOrEqual(SLICE_MS);
    clock += 1_000; // the admin's first layout of thousands of rows: still no stretch over the longest
    const capped = runTask();
    expect(capped).toBeGreaterThan(SLICE_MS);
    expect(capped).toBeLessThanOrEqual(LONGEST_SLICE_MS);
  });

  it('draws the rows that come into view before the others still waiting', () => {
    const a = annotator();
    a.submit(Array.from({ length: 100 }, (_, i) => target(i)));
    const before = applied.length;
    showRows([owners.get(90)!, owners.get(91)!]);
    expect(applied.slice(before).map((entry) => entry.id)).toEqual(['90', '91']);
    while (tasks.length > 0) runTask();
    expect(applied.filter((entry) => entry.id === '90')).toHaveLength(1);
  });

  it('lets the newest target of a row win over one still waiting, and drops what waits when cleared', () => {
    const a = annotator();
    a.submit(Array.from({ length: 60 }, (_, i) => target(100 + i, 'old')));
    a.submit([target(159, 'new')]);
    while (tasks.length > 0) runTask();
    expect(applied.filter((entry) => entry.id === '159').map((entry) => entry.signature)).toEqual(['new']);

    applied = [];
    a.submit(Array.from({ length: 20 }, (_, i) => target(300 + i)));
    const first = applied.length;
    a.clear();
    while (tasks.length > 0) runTask();
    expect(applied).toHaveLength(first);
    expect(observed.size).toBe(0);
  });

  it('asks for one later task at a time, however many passes come meanwhile', () => {
    const a = annotator();
    for (let pass = 0; pass < 5; pass++) a.submit(Array.from({ length: 60 }, (_, i) => target(500 + pass * 60 + i)));
    expect(tasks).toHaveLength(1);
  });
});
