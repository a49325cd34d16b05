import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { getJob, JOB_KEEP_MS, saveJob } from '../../utils/db/jobs.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import type { BatchRequest, EcomPort } from '../../utils/jobs/ports.ts';
import { createEngine } from '../../utils/engine/engine.ts';
import type { Job } from '../../utils/jobs/model.ts';

/** An eCom whose batches all succeed at once, and whose catalog is empty. */
function agreeableEcom(): EcomPort {
  const tickets = new Map<string, BatchRequest[]>();
  return {
    categories: async () => ({ records: [], complete: true }),
    products: async () => ({ records: [], complete: true }),
    productTotal: async () => 0,
    // Every record is disabled until a batch says otherwise: the jobs here only enable.
    enabledNow: async (_kind, ids) => new Map(ids.map((id) => [id, false])),
    submitBatch: async (requests, key) => {
      tickets.set(key, requests);
      return key;
    },
    pollBatch: async (ticket) => ({
      status: 'COMPLETED',
      results: tickets
        .get(ticket)!
        .map((request) => ({ id: request.id, status: 'COMPLETED', httpStatusCode: 200, body: { updateCount: 1 } })),
    }),
  };
}

const HOUR = 3_600_000;
let db: Db | undefined;
let counter = 0;
let name = '';

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

function enableJob(id: string, endedAt: number): Job {
  const at = new Date(endedAt).toISOString();
  return {
    id,
    kind: 'enable-categories',
    status: 'done',
    createdAt: at,
    updatedAt: at,
    items: [{ key: `c${id}`, ecomId: 500 + counter, label: 'Vestes', state: 'done', before: 'new' }],
    cursor: { chunk: 1 },
    lease: null,
    nextRunAt: null,
    attempts: 0,
  };
}

async function setup(start: number) {
  name = `test-engine-kept-${++counter}`;
  db = await openDb(name);
  const clock = { now: start };
  const engine = createEngine({
    db,
    ecom: agreeableEcom(),
    retail: null,
    now: () => new Date(clock.now),
    sleep: async (ms) => {
      clock.now += ms;
    },
  });
  return { db, engine, clock };
}

describe('finished jobs are kept for the undo window, then dropped', () => {
  it('drops old finished jobs when the worker starts; one inside the window can still be undone', async () => {
    const now = Date.parse('2026-11-26T10:00:00.000Z');
    const { db, engine } = await setup(now);
    await saveJob(db, enableJob('long-ago', now - JOB_KEEP_MS - 2 * HOUR));
    await saveJob(db, enableJob('older-still', now - JOB_KEEP_MS - 3 * HOUR));
    await saveJob(db, enableJob('this-morning', now - 2 * HOUR));

    await engine.runJobs();
    expect(await getJob(db, 'long-ago')).toBeUndefined();
    expect(await getJob(db, 'older-still')).toBeUndefined();
    const undo = await engine.undo('this-morning');
    expect(undo).toMatchObject({ kind: 'disable-categories', undoOf: 'this-morning', status: 'queued' });
  });

  it('drops them again after a job ends, keeping the job that just ended for its Undo', async () => {
    const start = Date.parse('2026-11-26T10:00:00.000Z');
    const { db, engine, clock } = await setup(start);
    await saveJob(db, enableJob('yesterday', start - 2 * HOUR));
    await engine.runJobs();
    expect(await getJob(db, 'yesterday')).toBeDefined();

    // The same worker, a day later: a new job runs and ends.
    clock.now = start + JOB_KEEP_MS;
    await saveJob(db, {
      ...enableJob('today', clock.now),
      status: 'queued',
      items: [{ key: 'c9', ecomId: 9, label: 'Pulls', state: 'pending', before: 'new' }],
    });
    await engine.runJobs();
    expect((await getJob(db, 'today'))?.status).toBe('done');
    expect(await getJob(db, 'yesterday')).toBeUndefined();
    await expect(engine.undo('today')).resolves.toMatchObject({ undoOf: 'today' });
  });
});
