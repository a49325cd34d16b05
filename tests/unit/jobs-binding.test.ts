import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { getJob } from '../../utils/db/jobs.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { createEngine } from '../../utils/engine/engine.ts';
import type { BatchRequest, BatchState, EcomPort } from '../../utils/jobs/ports.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import { category } from './support/overlay-status.ts';

let counter = 0;
let db: Db | undefined;
let name = '';

afterEach(async () => {
  await deleteDb(db, name);
  db = undefined;
});

/** A database that knows two new categories, as after a read of the store. */
async function memory(): Promise<Db> {
  name = `test-binding-${++counter}`;
  db = await openDb(name);
  for (const ecomId of [1, 2]) {
    await db.put('categoryStates', { ...category({ name: `C${ecomId}`, status: 'new', ecomId }), key: `e:${ecomId}` });
  }
  return db;
}

/** An eCom store that records what it is sent; `onSubmit` runs while a batch is on its way. */
function store(onSubmit: () => void = () => undefined) {
  const submitted: BatchRequest[][] = [];
  let polls = 0;
  const port: EcomPort = {
    categories: async () => ({ records: [], complete: true }),
    products: async () => ({ records: [], complete: true }),
    productTotal: async () => 0,
    // Disabled until a batch enables them: the jobs here only enable.
    enabledNow: async (_kind, ids) => new Map(ids.map((id) => [id, false])),
    submitBatch: async (requests, key) => {
      submitted.push(requests);
      onSubmit();
      return key;
    },
    pollBatch: async (): Promise<BatchState> => {
      polls += 1;
      const requests = submitted.at(-1) ?? [];
      return {
        status: 'COMPLETED',
        results: requests.map((r) => ({ id: r.id, status: 'COMPLETED', httpStatusCode: 200, body: {} })),
      };
    },
  };
  return { port, submitted, polls: () => polls };
}

/** The test's clock: sleeping moves it on at once. */
let clock = Date.UTC(2026, 10, 26, 10);

function engineOn(database: Db, ecom: EcomPort, connection: { key: string; stillCurrent(): boolean }) {
  return createEngine(
    {
      db: database,
      ecom,
      retail: null,
      now: () => new Date(clock),
      sleep: async (ms) => void (clock += ms),
      connection,
    },
    'the-one-worker',
  );
}

describe('a job is bound to the store and account it was made for', () => {
  it('never steps under another: a job made for store A is cancelled, not sent, by an engine for store B', async () => {
    const database = await memory();
    const storeA = store();
    const storeB = store();
    const job = await engineOn(database, storeA.port, { key: 'A', stillCurrent: () => true }).startJob({
      kind: 'enable-categories',
      ecomIds: [1, 2],
    });

    await engineOn(database, storeB.port, { key: 'B', stillCurrent: () => true }).runJobs();

    expect(storeB.submitted).toEqual([]);
    expect(storeA.submitted).toEqual([]);
    const after = await getJob(database, job.id);
    expect(after?.status).toBe('cancelled');
    expect(after?.lease).toBeNull();
    expect(sayIn(after?.error, 'en')).toContain('another store');
    expect(sayIn(after?.error, 'fr')).toContain('autre boutique');
  });

  it('an engine replaced while its batch was on the way stops there, and the one that replaced it reads the batch back without sending it again', async () => {
    const database = await memory();
    let firstIsCurrent = true;
    // Another connection is saved while the batch travels: the first engine is no longer the one.
    const sameStore = store(() => (firstIsCurrent = false));
    const first = engineOn(database, sameStore.port, { key: 'A', stillCurrent: () => firstIsCurrent });
    const job = await first.startJob({ kind: 'enable-categories', ecomIds: [1, 2] });

    await first.runJobs();
    expect(sameStore.submitted).toHaveLength(1);
    expect(sameStore.polls()).toBe(0);
    const handedOver = await getJob(database, job.id);
    expect(handedOver?.lease).toBeNull();
    expect(handedOver?.cursor.ticket).toBeDefined();
    // The batch is read back after a short wait.
    clock += 1_000;

    await engineOn(database, sameStore.port, { key: 'A', stillCurrent: () => true }).runJobs();
    expect(sameStore.submitted).toHaveLength(1);
    expect((await getJob(database, job.id))?.status).toBe('done');
  });

  it('an engine that was replaced starts no job', async () => {
    const database = await memory();
    const engine = engineOn(database, store().port, { key: 'A', stillCurrent: () => false });
    await expect(engine.startJob({ kind: 'enable-categories', ecomIds: [1] })).rejects.toThrow(/another store/i);
    await expect(engine.undo('whatever')).rejects.toThrow();
    expect(await database.getAll('jobs')).toEqual([]);
  });
});
