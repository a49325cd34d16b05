import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';

import { MIGRATIONS } from '../../utils/db/migrations.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { addRun, recentRuns } from '../../utils/db/runs.ts';
import type { RunRecord } from '../../utils/db/schema.ts';

let counter = 0;
let db: Db | undefined;
let name = '';

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

function read(minute: number, categories = 10): RunRecord {
  const at = `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;
  return { kind: 'refresh', startedAt: at, finishedAt: at, ok: true, categories, error: null };
}

describe('the run log', () => {
  it('gives the newest entries first, as many as asked', async () => {
    name = `test-runs-${++counter}`;
    db = await openDb(name);
    for (let minute = 0; minute < 5; minute++) await addRun(db, read(minute, minute));
    const runs = await recentRuns(db, 3);
    expect(runs.map((run) => (run.kind === 'refresh' ? run.categories : null))).toEqual([4, 3, 2]);
  });

  it('keeps the newest 200 entries and drops the oldest', async () => {
    name = `test-runs-${++counter}`;
    db = await openDb(name);
    for (let i = 0; i < 205; i++) await addRun(db, read(i % 60, i));
    const runs = await recentRuns(db, 1_000);
    expect(runs).toHaveLength(200);
    expect(runs.at(-1)).toMatchObject({ categories: 5 });
  });

  it('clears version 1’s entries (an English sentence each) when the database moves to version 2', async () => {
    name = `test-runs-${++counter}`;
    const v1 = await openDB(name, 1, { upgrade: (raw, _old, _new, tx) => MIGRATIONS[0]!(raw as never, tx as never) });
    await v1.add('runs', { kind: 'refresh', startedAt: 'x', finishedAt: 'x', ok: true, detail: '12 categories' });
    v1.close();
    db = await openDb(name);
    expect(await recentRuns(db, 10)).toEqual([]);
    await addRun(db, read(1));
    expect(await recentRuns(db, 10)).toHaveLength(1);
  });
});
