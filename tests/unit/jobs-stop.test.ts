import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { createEngine, type Engine } from '../../utils/engine/engine.ts';
import type { BatchRequest, BatchState, EcomPort } from '../../utils/jobs/ports.ts';
import type { Job } from '../../utils/jobs/model.ts';
import type { EcomCategory } from '../../utils/sync/model.ts';
import { ecomCategory } from './support/store-builders.ts';

/**
 * The runner and the merchant's Stop, over a real (fake-indexeddb) database and an eCom that applies what it is
 * sent: a Stop pressed while a batch is being sent or read back must not be lost when the step is saved.
 */

let counter = 0;
const opened: Array<{ db: Db; name: string }> = [];
afterEach(async () => {
  for (const { db, name } of opened.splice(0)) await deleteDb(db, name);
});

const NOW = new Date('2026-11-26T10:00:00.000Z');

/** An eCom of `count` disabled categories that applies each batch's PUTs when it is first polled. */
function fakeStore(count: number) {
  const categories = new Map<number, EcomCategory>();
  for (let id = 1; id <= count; id++) categories.set(id, ecomCategory(id, { orderBy: id * 10 }));
  const submitted: Array<{ key: string; requests: BatchRequest[] }> = [];
  const batches = new Map<string, { requests: BatchRequest[]; applied: boolean }>();
  const hooks = {
    onSubmit: async (_key: string) => {},
    onPoll: async (_ticket: string, _polls: number) => {},
    pendingPolls: 0,
  };
  let polls = 0;
  const apply = (requests: BatchRequest[]) =>
    requests.map((request) => {
      const id = Number(request.path.split('/').pop());
      const category = categories.get(id);
      if (!category)
        return {
          id: request.id,
          status: 'FAILED' as const,
          httpStatusCode: 404,
          body: { errorMessage: 'Category not found' },
        };
      category.enabled = (request.body as { enabled: boolean }).enabled;
      return { id: request.id, status: 'COMPLETED' as const, httpStatusCode: 200, body: { updateCount: 1 } };
    });
  const results = new Map<string, BatchState['results']>();
  const port: EcomPort = {
    categories: async () => ({
      records: [...categories.values()].map((category) => ({ ...category })),
      complete: true,
    }),
    products: async () => ({ records: [], complete: true }),
    productTotal: async () => 0,
    submitBatch: async (requests, key) => {
      submitted.push({ key, requests });
      if (!batches.has(key)) batches.set(key, { requests, applied: false });
      await hooks.onSubmit(key);
      return key;
    },
    pollBatch: async (ticket) => {
      polls += 1;
      await hooks.onPoll(ticket, polls);
      const batch = batches.get(ticket)!;
      if (!batch.applied) {
        batch.applied = true;
        results.set(ticket, apply(batch.requests));
      }
      if (hooks.pendingPolls > 0) {
        hooks.pendingPolls -= 1;
        return { status: 'IN_PROGRESS', results: [] };
      }
      return { status: 'COMPLETED', results: results.get(ticket)! };
    },
    enabledNow: async (_kind, ids) => new Map(ids.map((id) => [id, categories.get(id)?.enabled ?? null])),
  };
  return { port, categories, submitted, hooks };
}

async function engineOver(ecom: EcomPort): Promise<Engine> {
  const name = `test-stop-${++counter}`;
  const db = await openDb(name);
  opened.push({ db, name });
  return createEngine({ db, retail: null, ecom, now: () => NOW, sleep: async () => {} });
}

async function enableAll(engine: Engine, count: number): Promise<Job> {
  await engine.refresh();
  return engine.startJob({ kind: 'enable-categories', ecomIds: Array.from({ length: count }, (_, i) => i + 1) });
}

const STOPPED = { en: 'Not done: stopped by you.', fr: 'Pas fait : arrêté par vous.' };

describe('Stop', () => {
  it('wins over a batch being sent: the batch is read back, nothing more is sent, the rest says stopped by you', async () => {
    const store = fakeStore(600);
    const engine = await engineOver(store.port);
    const job = await enableAll(engine, 600);
    store.hooks.onSubmit = async () => {
      await engine.cancel(job.id);
    };

    await engine.runJobs();
    const stopped = (await engine.job(job.id))!;

    expect(store.submitted).toHaveLength(1);
    expect(stopped.status).toBe('cancelled');
    const done = stopped.items.filter((item) => item.state === 'done');
    // What eCom applied is recorded, so Undo covers it.
    expect(done).toHaveLength(500);
    for (const item of done) expect(store.categories.get(item.ecomId!)!.enabled).toBe(true);
    const rest = stopped.items.filter((item) => item.state !== 'done');
    expect(rest).toHaveLength(100);
    for (const item of rest) expect(item).toMatchObject({ state: 'skipped', reason: STOPPED });
    expect(stopped.cursor.ticket).toBeUndefined();

    const undo = await engine.undo(job.id);
    expect(undo.items.map((item) => item.ecomId)).toEqual(done.map((item) => item.ecomId));
    await engine.runJobs();
    expect((await engine.job(undo.id))!.status).toBe('done');
    expect([...store.categories.values()].every((category) => !category.enabled)).toBe(true);
    expect((await engine.runs(10)).some((run) => run.kind === 'job' && run.status === 'cancelled')).toBe(true);
  });

  it('wins over a batch being polled: the job waits for its results, then settles as stopped', async () => {
    const store = fakeStore(3);
    const engine = await engineOver(store.port);
    const job = await enableAll(engine, 3);
    store.hooks.pendingPolls = 1;
    store.hooks.onPoll = async (_ticket, polls) => {
      if (polls === 1) await engine.cancel(job.id);
    };

    await engine.runJobs();
    const stopped = (await engine.job(job.id))!;
    expect(stopped.status).toBe('cancelled');
    expect(stopped.items.map((item) => item.state)).toEqual(['done', 'done', 'done']);
    expect(store.submitted).toHaveLength(1);
  });

  it('settles a job that has not started at once: nothing sent, every item stopped by you', async () => {
    const store = fakeStore(2);
    const engine = await engineOver(store.port);
    const job = await enableAll(engine, 2);
    await engine.cancel(job.id);
    const stopped = (await engine.job(job.id))!;
    expect(stopped.status).toBe('cancelled');
    expect(stopped.items).toEqual([
      expect.objectContaining({ state: 'skipped', reason: STOPPED }),
      expect.objectContaining({ state: 'skipped', reason: STOPPED }),
    ]);
    await engine.runJobs();
    expect(store.submitted).toHaveLength(0);
    await expect(engine.undo(job.id)).rejects.toThrow(/nothing/);
  });
});
