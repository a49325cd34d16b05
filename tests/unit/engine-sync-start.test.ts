import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { listJobs, saveJob } from '../../utils/db/jobs.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { createEngine } from '../../utils/engine/engine.ts';
import type { EcomPort } from '../../utils/jobs/ports.ts';

let db: Db | undefined;
const name = `test-sync-start-${process.pid}`;

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

/** Starting a sync reads nothing: an eCom that fails whatever it is asked shows it. */
const unreachable: EcomPort = {
  categories: () => Promise.reject(new Error('not read at the request')),
  products: () => Promise.reject(new Error('not read at the request')),
  productTotal: () => Promise.reject(new Error('not read at the request')),
  submitBatch: () => Promise.reject(new Error('nothing sent at the request')),
  pollBatch: () => Promise.reject(new Error('nothing sent at the request')),
  enabledNow: () => Promise.reject(new Error('not read at the request')),
};

describe('starting a sync', () => {
  it('gives the one under way to every caller, even two engines on one database asking at once', async () => {
    db = await openDb(name);
    const deps = { db, retail: null, ecom: unreachable, now: () => new Date(), sleep: async () => undefined };
    const [one, two] = [createEngine(deps, 'worker-a'), createEngine(deps, 'worker-b')];
    const [a, b, c] = await Promise.all([
      one.startJob({ kind: 'sync' }),
      two.startJob({ kind: 'sync' }),
      one.startJob({ kind: 'sync' }, 'alarm'),
    ]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await listJobs(db)).toHaveLength(1);
  });

  it('queues a new one once the last has ended', async () => {
    db = await openDb(name);
    const engine = createEngine({
      db,
      retail: null,
      ecom: unreachable,
      now: () => new Date(),
      sleep: async () => undefined,
    });
    const first = await engine.startJob({ kind: 'sync' });
    await saveJob(db, { ...first, status: 'done' });
    const next = await engine.startJob({ kind: 'sync' }, 'alarm');
    expect(next.id).not.toBe(first.id);
    expect(next).toMatchObject({ status: 'queued', items: [], automatic: true });
  });
});
