import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { Engine } from '../../utils/engine/engine.ts';
import type { EcomPort } from '../../utils/jobs/ports.ts';
import type { Job } from '../../utils/jobs/model.ts';
import { waitForBatch } from './support/ecom-batch.ts';
import { engineFor, runUntilDone, type WorldCategory } from './support/engine.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

/**
 * A job whose worker died with a batch in flight, taken up again after eCom forgot the batch's ticket and its
 * deduplication key (an hour): what the batch did is read back from eCom before anything is sent again, so no
 * change is applied twice and none is lost.
 */

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startTestSandbox();
});
afterEach(() => sandbox.close());

const HOUR_AND_A_BIT = 61 * 60_000;
const never = () => new Promise<never>(() => {});

interface LogEntry {
  method: string;
  path: string;
  query: string;
  api: string;
}

async function requestLog(): Promise<LogEntry[]> {
  return ((await (await control(sandbox, '/requests')).json()) as { requests: LogEntry[] }).requests;
}

/** How many times each category was written by a batch sub-request. */
async function batchWrites(method: 'PUT' | 'POST'): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const entry of await requestLog()) {
    if (entry.api !== 'ecom-batch' || entry.method !== method) continue;
    const target = entry.path.replace(/^.*\/categories/, '/categories');
    counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return counts;
}

async function categories(): Promise<WorldCategory[]> {
  return ((await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } }).ecom
    .categories;
}

/**
 * A worker that dies at `where`: the call hangs for ever, as a killed service worker never answers. `after`
 * lets the real call through first (the batch reached eCom), `before` does not. `reached` settles when it died.
 */
function dyingAt(where: 'submit-after' | 'submit-before' | 'poll', sent: string[]) {
  let died: () => void = () => {};
  const reached = new Promise<void>((resolve) => (died = resolve));
  const die = () => {
    died();
    return never();
  };
  const wrap = (port: EcomPort): EcomPort => ({
    ...port,
    submitBatch: async (requests, key) => {
      if (where === 'submit-before') return die();
      const ticket = await port.submitBatch(requests, key);
      sent.push(ticket);
      return where === 'submit-after' ? die() : ticket;
    },
    pollBatch: async (ticket) => (where === 'poll' ? die() : port.pollBatch(ticket)),
  });
  return { wrap, reached };
}

/** Starts a job on a worker that dies, waits until its batch is over in eCom, then moves both clocks an hour on. */
async function dieThenAge(where: Parameters<typeof dyingAt>[0], start: (engine: Engine) => Promise<Job>) {
  const sent: string[] = [];
  const dying = dyingAt(where, sent);
  const first = await engineFor(sandbox, { ecom: dying.wrap });
  await first.engine.refresh();
  const job = await start(first.engine);
  void first.engine.runJobs();
  await dying.reached;
  // What the dead worker sent runs to its end in eCom.
  for (const ticket of sent) await waitForBatch(sandbox, ticket);
  await control(sandbox, '/clock', { method: 'POST', body: JSON.stringify({ advanceMs: HOUR_AND_A_BIT }) });
  const later = await engineFor(sandbox, { db: first.db, now: () => new Date(Date.now() + HOUR_AND_A_BIT) });
  return { job, engine: later.engine, sent };
}

describe('a job taken up again after its ticket expired', () => {
  it('reads back a batch whose ticket eCom forgot while it was polled: each change applied once, recorded done', async () => {
    const { job, engine } = await dieThenAge('poll', (engine) => engine.startJob({ kind: 'enable-categories' }));
    expect(job.items.length).toBeGreaterThanOrEqual(3);
    const finished = await runUntilDone(engine, job.id);
    expect(finished.status).toBe('done');
    expect(finished.items.map((item) => item.state)).toEqual(job.items.map(() => 'done'));
    const writes = await batchWrites('PUT');
    for (const item of job.items) expect(writes.get(`/categories/${item.ecomId}`), item.label).toBe(1);
    const now = await categories();
    for (const item of job.items) expect(now.find((c) => c.id === item.ecomId)?.enabled).toBe(true);
  });

  it('does not send again a batch whose ticket was never saved: reads back what it did instead', async () => {
    const { job, engine, sent } = await dieThenAge('submit-after', (engine) =>
      engine.startJob({ kind: 'enable-categories' }),
    );
    expect(sent).toHaveLength(1);
    const finished = await runUntilDone(engine, job.id);
    expect(finished.status).toBe('done');
    expect(finished.items.map((item) => item.state)).toEqual(job.items.map(() => 'done'));
    const writes = await batchWrites('PUT');
    for (const item of job.items) expect(writes.get(`/categories/${item.ecomId}`), item.label).toBe(1);
  });

  it('sends, under a new key, what the dead worker never sent', async () => {
    const { job, engine } = await dieThenAge('submit-before', (engine) =>
      engine.startJob({ kind: 'enable-categories' }),
    );
    const finished = await runUntilDone(engine, job.id);
    expect(finished.status).toBe('done');
    const writes = await batchWrites('PUT');
    for (const item of job.items) expect(writes.get(`/categories/${item.ecomId}`), item.label).toBe(1);
    // Not the key of the batch the dead worker had recorded: eCom may have kept that one for another hour.
    const keys = (await requestLog())
      .filter((entry) => entry.api === 'ecom' && entry.method === 'POST' && entry.path.endsWith('/batch'))
      .map((entry) => new URLSearchParams(entry.query).get('deduplicationKey'))
      .filter((key) => key?.startsWith(job.id));
    expect(keys).toEqual([`${job.id}.0.1`]);
  });

  it('creates a category once in sync mode, and records its id', async () => {
    const { job, engine, sent } = await dieThenAge('submit-after', (engine) => engine.startJob({ kind: 'sync' }));
    expect(sent).toHaveLength(1);
    const finished = await runUntilDone(engine, job.id);
    expect(finished.status).toBe('done');
    const created = (await categories()).filter((c) => c.name === "Sandales d'été");
    expect(created).toHaveLength(1);
    expect((await batchWrites('POST')).get('/categories')).toBe(1);
    const item = finished.items.find((candidate) => candidate.operation?.kind === 'create-category')!;
    expect(item).toMatchObject({ state: 'done', ecomId: created[0]!.id });
  });
});
