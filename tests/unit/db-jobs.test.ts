import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { getJob, leaseNextJob, listJobs, nextWakeUp, releaseExpiredLeases, saveJob } from '../../utils/db/jobs.ts';
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
