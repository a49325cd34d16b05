import { describe, expect, it } from 'vitest';

import type { JobRun, RunRecord } from '../../utils/db/schema.ts';
import { activityLines } from '../../utils/own-pages/activity.ts';

const at = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;
const read = (minute: number, categories = 40): RunRecord => ({
  kind: 'refresh',
  startedAt: at(minute),
  finishedAt: at(minute),
  ok: true,
  categories,
  error: null,
});
const failedRead = (minute: number): RunRecord => ({
  kind: 'refresh',
  startedAt: at(minute),
  finishedAt: at(minute),
  ok: false,
  categories: null,
  error: 'eCom did not answer.',
});
const enable = (minute: number, undo = false): RunRecord => ({
  kind: 'job',
  startedAt: at(minute),
  finishedAt: at(minute),
  job: undo ? 'disable-categories' : 'enable-categories',
  undo,
  status: 'done',
  done: 3,
  failed: 0,
  skipped: 1,
});

describe('activityLines', () => {
  it('folds reads in a row into one line, newest first, and keeps jobs and failures apart', () => {
    const runs = [read(9, 41), read(8), enable(7, true), read(6), enable(5), failedRead(4), read(3), read(2), read(1)];
    expect(activityLines(runs, 10)).toEqual([
      { kind: 'reads', at: at(9), since: at(8), count: 2, categories: 41 },
      { kind: 'job', at: at(7), job: 'disable-categories', undo: true, status: 'done', done: 3, failed: 0, skipped: 1 },
      { kind: 'reads', at: at(6), since: at(6), count: 1, categories: 40 },
      { kind: 'job', at: at(5), job: 'enable-categories', undo: false, status: 'done', done: 3, failed: 0, skipped: 1 },
      { kind: 'read-failed', at: at(4), error: 'eCom did not answer.' },
      { kind: 'reads', at: at(3), since: at(1), count: 3, categories: 40 },
    ]);
  });

  it('stops at the limit, still folding the reads of the last line', () => {
    const lines = activityLines([enable(9), read(8), read(7), enable(6), read(5)], 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ kind: 'reads', count: 2 });
  });

  it('keeps the changes a sync found eCom refusing, so the line can say so once', () => {
    const sync: RunRecord = { ...(enable(9) as JobRun), job: 'sync', failed: 1, refused: ['Gants'] };
    expect(activityLines([sync, enable(8)], 10)).toEqual([
      {
        kind: 'job',
        at: at(9),
        job: 'sync',
        undo: false,
        status: 'done',
        done: 3,
        failed: 1,
        skipped: 1,
        refused: ['Gants'],
      },
      { kind: 'job', at: at(8), job: 'enable-categories', undo: false, status: 'done', done: 3, failed: 0, skipped: 1 },
    ]);
  });

  it('an empty log is no line', () => {
    expect(activityLines([], 10)).toEqual([]);
  });
});
