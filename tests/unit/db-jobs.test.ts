import 'fake-indexeddb/auto';

import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  getJob,
  JOB_KEEP_MS,
  leaseNextJob,
  listJobs,
  nextWakeUp,
  pruneJobs,
  releaseExpiredLeases,
  releaseForeignLeases,
  saveJob,
} from '../../utils/db/jobs.ts';
import { MIGRATIONS } from '../../utils/db/migrations.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import type { Job } from '../../utils/jobs/model.ts';

let counter = 0;
let db: Db | undefined;
let name = '';

async function freshDb(): Promise<Db> {
  name = `test-jobs-${++counter}`;
  db = await openDb(name);
  return db;
}

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

const T0 = new Date('2026-11-26T10:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function job(id: string, createdSecond: number, patch: Partial<Job> = {}): Job {
  return {
    id,
    kind: 'enable-categories',
    status: 'queued',
    createdAt: at(createdSecond).toISOString(),
    updatedAt: at(createdSecond).toISOString(),
    items: [{ key: 'c1', ecomId: 1, label: 'Vestes', state: 'pending' }],
    cursor: { chunk: 0 },
    lease: null,
    nextRunAt: null,
    attempts: 0,
    ...patch,
  };
}

describe('jobs in IndexedDB', () => {
  it('leases the oldest ready job to one worker only', async () => {
    const db = await freshDb();
    await saveJob(db, job('b', 2));
    await saveJob(db, job('a', 1));
    const first = await leaseNextJob(db, 'worker-1', at(10), 30_000);
    const second = await leaseNextJob(db, 'worker-2', at(10), 30_000);
    expect(first?.id).toBe('a');
    expect(first?.status).toBe('running');
    expect(second?.id).toBe('b');
    expect(await leaseNextJob(db, 'worker-3', at(10), 30_000)).toBeUndefined();
  });

  it('gives an expired lease back to the queue: the worker that held it died', async () => {
    const db = await freshDb();
    await saveJob(db, job('a', 1));
    await leaseNextJob(db, 'dead-worker', at(10), 30_000);
    expect(await releaseExpiredLeases(db, at(20))).toBe(0);
    expect(await releaseExpiredLeases(db, at(41))).toBe(1);
    const again = await leaseNextJob(db, 'new-worker', at(41), 30_000);
    expect(again?.lease?.owner).toBe('new-worker');
  });

  it('waits for nextRunAt and says when to wake up', async () => {
    const db = await freshDb();
    await saveJob(db, job('a', 1, { nextRunAt: at(60).toISOString() }));
    expect(await leaseNextJob(db, 'w', at(30), 30_000)).toBeUndefined();
    expect(await nextWakeUp(db)).toBe(at(60).toISOString());
    expect((await leaseNextJob(db, 'w', at(60), 30_000))?.id).toBe('a');
  });

  it('never leases finished jobs, and lists newest first', async () => {
    const db = await freshDb();
    await saveJob(db, job('old', 1, { status: 'done' }));
    await saveJob(db, job('failed', 2, { status: 'failed' }));
    await saveJob(db, job('new', 3, { status: 'cancelled' }));
    expect(await leaseNextJob(db, 'w', at(10), 30_000)).toBeUndefined();
    expect(await nextWakeUp(db)).toBeNull();
    expect((await listJobs(db)).map((j) => j.id)).toEqual(['new', 'failed', 'old']);
    expect((await getJob(db, 'old'))?.status).toBe('done');
  });
});

const HOUR = 3_600_000;
const finishedAt = (now: Date, agoMs: number) => new Date(now.getTime() - agoMs).toISOString();

describe('keeping finished jobs for the undo window only', () => {
  it('drops a finished job once the window is over, keeps those inside it and never an active one', async () => {
    const db = await freshDb();
    const now = at(10 * 86_400);
    const old = (id: string, patch: Partial<Job>) =>
      job(id, 1, { updatedAt: finishedAt(now, JOB_KEEP_MS + HOUR), ...patch });
    await saveJob(db, old('old-done', { status: 'done' }));
    await saveJob(db, old('old-failed', { status: 'failed' }));
    await saveJob(db, old('old-cancelled', { status: 'cancelled' }));
    // Waiting for a back-off for days, or leased by a worker long dead: still the merchant's work to do.
    await saveJob(db, old('old-queued', { status: 'queued' }));
    await saveJob(
      db,
      old('old-running', { status: 'running', lease: { owner: 'gone', until: finishedAt(now, JOB_KEEP_MS) } }),
    );
    await saveJob(db, job('recent', 2, { status: 'done', updatedAt: finishedAt(now, JOB_KEEP_MS - HOUR) }));
    // The newest finished job of each kind stays whatever its age: the last thing done can still be undone.
    await saveJob(
      db,
      job('newest-products', 0, {
        kind: 'enable-products',
        status: 'done',
        updatedAt: finishedAt(now, 30 * 86_400_000),
      }),
    );

    expect(await pruneJobs(db, now)).toBe(3);
    const left = (await listJobs(db, 100)).map((j) => j.id).sort();
    expect(left).toEqual(['newest-products', 'old-queued', 'old-running', 'recent']);
  });

  it('keeps the newest finished job of a kind even when every one of that kind is old', async () => {
    const db = await freshDb();
    const now = at(10 * 86_400);
    await saveJob(db, job('older', 1, { status: 'done', updatedAt: finishedAt(now, 3 * JOB_KEEP_MS) }));
    await saveJob(db, job('newer', 2, { status: 'cancelled', updatedAt: finishedAt(now, 2 * JOB_KEEP_MS) }));
    expect(await pruneJobs(db, now)).toBe(1);
    expect((await listJobs(db, 100)).map((j) => j.id)).toEqual(['newer']);
  });
});

describe('reading only the jobs that are underway', () => {
  it('leases, frees leases and finds the next wake-up without reading finished jobs', async () => {
    const db = await freshDb();
    for (let i = 0; i < 30; i++) await saveJob(db, job(`finished-${i}`, i, { status: 'done' }));
    await saveJob(db, job('waiting', 40, { nextRunAt: at(90).toISOString() }));
    await saveJob(db, job('held', 41, { status: 'running', lease: { owner: 'dead', until: at(50).toISOString() } }));
    await saveJob(db, job('ready', 42));

    // Reading the whole store (getAll or a cursor over it) is what made every lease cost more with each old job.
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const storeCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    try {
      expect(await releaseExpiredLeases(db, at(60))).toBe(1);
      expect((await leaseNextJob(db, 'me', at(60), 30_000))?.id).toBe('held');
      expect((await leaseNextJob(db, 'me', at(60), 30_000))?.id).toBe('ready');
      expect(await leaseNextJob(db, 'me', at(60), 30_000)).toBeUndefined();
      expect(await nextWakeUp(db)).toBe(at(90).toISOString());
      expect(await releaseForeignLeases(db, 'someone-else', at(61))).toBe(2);
      expect(storeGetAll).not.toHaveBeenCalled();
      expect(storeCursor).not.toHaveBeenCalled();
    } finally {
      storeGetAll.mockRestore();
      storeCursor.mockRestore();
    }
  });

  it('lists the newest jobs without reading every job', async () => {
    const db = await freshDb();
    for (let i = 0; i < 30; i++) await saveJob(db, job(`j${i}`, i, { status: i === 29 ? 'queued' : 'done' }));
    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    try {
      expect((await listJobs(db, 3)).map((j) => j.id)).toEqual(['j29', 'j28', 'j27']);
      expect(storeGetAll).not.toHaveBeenCalled();
    } finally {
      storeGetAll.mockRestore();
    }
  });
});

describe('moving a database with jobs in it to the newest version', () => {
  it('keeps every job of a version 2 database, and leases and lists them by their indexes', async () => {
    name = `test-jobs-${++counter}`;
    const v2 = await openDB(name, 2, {
      upgrade: (raw, oldVersion, _new, tx) => {
        for (let version = oldVersion; version < 2; version++) MIGRATIONS[version]!(raw as never, tx as never);
      },
    });
    await v2.put('jobs', job('done-long-ago', 1, { status: 'done' }));
    await v2.put('jobs', job('queued', 3));
    await v2.put('jobs', job('cancelled', 2, { status: 'cancelled' }));
    v2.close();

    db = await openDb(name);
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.transaction('jobs').store.indexNames]).toEqual(['byCreated', 'byStatus']);
    expect((await listJobs(db)).map((j) => j.id)).toEqual(['queued', 'cancelled', 'done-long-ago']);
    expect((await leaseNextJob(db, 'w', at(10), 30_000))?.id).toBe('queued');
    expect(await leaseNextJob(db, 'w', at(10), 30_000)).toBeUndefined();
  });
});
