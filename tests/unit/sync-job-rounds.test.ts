import { describe, expect, it } from 'vitest';

import type { BatchRequest, EcomPort } from '../../utils/jobs/ports.ts';
import { createSyncJob } from '../../utils/jobs/create-jobs.ts';
import type { Job, JobItem } from '../../utils/jobs/model.ts';
import { keepPlanned, rememberRefusals, signatureOf, withoutRefused } from '../../utils/jobs/refusals.ts';
import type { StepContext } from '../../utils/jobs/ports.ts';
import { stepJob } from '../../utils/jobs/step.ts';
import type { Operation } from '../../utils/sync/model.ts';

const NOW = new Date('2026-12-03T08:00:00.000Z');

const rename: Operation = { kind: 'update-category', ecomId: 3, retailId: 9, changes: { name: 'Vestes' } };
const assign: Operation = { kind: 'assign-products', ecomId: 3, productIds: [1, 2] };

/** An eCom that runs every batch at once, answering each request with `status`, and records what it was sent. */
function eCom(status: (request: BatchRequest) => number = () => 200) {
  const sent: BatchRequest[][] = [];
  const port: EcomPort = {
    categories: async () => ({ records: [], complete: true }),
    products: async () => ({ records: [], complete: true }),
    productTotal: async () => 0,
    enabledNow: () => Promise.reject(new Error('a sync job reads no enabled flags')),
    submitBatch: async (requests) => {
      sent.push(requests);
      return String(sent.length - 1);
    },
    pollBatch: async (ticket) => ({
      status: 'COMPLETED',
      results: sent[Number(ticket)]!.map((request) => {
        const code = status(request);
        return {
          id: request.id,
          status: code < 400 ? 'COMPLETED' : 'FAILED',
          httpStatusCode: code,
          body: code < 400 ? {} : { errorMessage: 'No' },
        };
      }),
    }),
  };
  return { port, sent };
}

function context(ecom: EcomPort, replan: () => Promise<Operation[]>, refused: Operation[] = []): StepContext {
  const memory = Object.fromEntries(
    refused.map((operation) => [signatureOf(operation), { label: 'x', reason: 'No (400)', at: NOW.toISOString() }]),
  );
  return { ecom, now: () => NOW, ecomIdOfRetail: () => undefined, replan, refusedChanges: async () => memory };
}

async function runToEnd(job: Job, ctx: StepContext): Promise<Job> {
  let current = job;
  for (let i = 0; i < 50 && current.status !== 'done' && current.status !== 'failed'; i++)
    current = await stepJob(current, ctx);
  return current;
}

describe('a sync job', () => {
  it('has nothing planned while queued; its first step plans, and sends nothing yet', async () => {
    const ecom = eCom();
    const queued = createSyncJob(NOW);
    expect(queued.items).toEqual([]);
    const planned = await stepJob(
      queued,
      context(ecom.port, async () => [rename]),
    );
    expect(planned.items.map((item) => item.operation)).toEqual([rename]);
    expect(planned.cursor).toEqual({ chunk: 0, round: 0, created: {} });
    expect(ecom.sent).toEqual([]);
  });

  it('does not send again a change that reads back unchanged: it is failed once, in both languages', async () => {
    const ecom = eCom();
    const job = await runToEnd(
      createSyncJob(NOW),
      context(ecom.port, async () => [rename]),
    );
    expect(ecom.sent).toHaveLength(1);
    expect(job.status).toBe('done');
    expect(job.items).toEqual([
      expect.objectContaining({
        key: 's0.0',
        state: 'failed',
        unchanged: true,
        reason: { en: expect.stringMatching(/unchanged/), fr: expect.stringMatching(/inchangée/) },
      }),
    ]);
  });

  it('goes on while each round has something new to do', async () => {
    const ecom = eCom();
    const plans = [[rename], [assign]];
    const job = await runToEnd(
      createSyncJob(NOW),
      context(ecom.port, async () => plans.shift() ?? []),
    );
    expect(job.items.map((item) => [item.key, item.state])).toEqual([
      ['s0.0', 'done'],
      ['s1.0', 'done'],
    ]);
  });

  it('started by the alarm, leaves out what eCom keeps refusing; started by the merchant, sends it', async () => {
    const alarm = await stepJob(
      createSyncJob(NOW, 'alarm'),
      context(eCom().port, async () => [rename, assign], [rename]),
    );
    expect(alarm.items.map((item) => item.operation)).toEqual([assign]);
    const merchant = await stepJob(
      createSyncJob(NOW),
      context(eCom().port, async () => [rename, assign], [rename]),
    );
    expect(merchant.items.map((item) => item.operation)).toEqual([rename, assign]);
  });

  it('keeps the status of a change eCom refused', async () => {
    const job = await runToEnd(
      createSyncJob(NOW),
      context(eCom(() => 400).port, async () => [rename]),
    );
    expect(job.items).toEqual([expect.objectContaining({ state: 'failed', httpStatus: 400, reason: 'No (400)' })]);
  });
});

describe('the memory of refused changes', () => {
  const item = (operation: Operation, state: JobItem['state'], more: Partial<JobItem> = {}): JobItem => ({
    key: `s0.${signatureOf(operation).length}`,
    ecomId: 3,
    label: operation.kind,
    state,
    operation,
    ...more,
  });
  const syncWith = (...items: JobItem[]): Job => ({ ...createSyncJob(NOW), items });
  const at = NOW.toISOString();

  it('remembers a refusal and names it once; a refusal that passes by waiting is none', () => {
    const first = rememberRefusals(
      {},
      syncWith(item(rename, 'failed', { httpStatus: 400 }), item(assign, 'failed', { httpStatus: 409 })),
      at,
    );
    expect(Object.keys(first.memory)).toEqual([signatureOf(rename)]);
    expect(first.added).toEqual(['update-category']);
    const again = rememberRefusals(first.memory, syncWith(item(rename, 'failed', { httpStatus: 400 })), at);
    expect(again.added).toEqual([]);
    expect(Object.keys(again.memory)).toEqual([signatureOf(rename)]);
  });

  it('remembers a change that read back unchanged, and forgets one eCom took', () => {
    const unchanged = rememberRefusals({}, syncWith(item(rename, 'failed', { unchanged: true })), at);
    expect(Object.keys(unchanged.memory)).toEqual([signatureOf(rename)]);
    expect(rememberRefusals(unchanged.memory, syncWith(item(rename, 'done')), at).memory).toEqual({});
  });

  it('forgets what is no longer planned: Retail changed it, so it is another change', () => {
    const { memory } = rememberRefusals({}, syncWith(item(rename, 'failed', { httpStatus: 400 })), at);
    expect(keepPlanned(memory, [rename, assign])).toEqual(memory);
    expect(keepPlanned(memory, [{ ...rename, changes: { name: 'Manteaux' } }])).toEqual({});
  });

  it('leaves out with a refused category the categories to be created or moved under it', () => {
    const parent: Operation = {
      kind: 'create-category',
      retailId: 1,
      name: '',
      parentRetailId: 0,
      orderBy: 10,
      productIds: [],
    };
    const child: Operation = {
      kind: 'create-category',
      retailId: 2,
      name: 'Bottes',
      parentRetailId: 1,
      orderBy: 10,
      productIds: [],
    };
    const grandchild: Operation = {
      kind: 'create-category',
      retailId: 3,
      name: 'Cuir',
      parentRetailId: 2,
      orderBy: 10,
      productIds: [],
    };
    const moved: Operation = {
      kind: 'update-category',
      ecomId: 7,
      retailId: 4,
      changes: { parentRetailId: 1, orderBy: 20 },
    };
    const { memory } = rememberRefusals({}, syncWith(item(parent, 'failed', { httpStatus: 400 })), at);
    expect(withoutRefused([parent, child, grandchild, moved, assign], memory)).toEqual([assign]);
  });

  it('knows an operation by what it does, whatever order its fields come in', () => {
    expect(signatureOf({ kind: 'update-category', retailId: 9, changes: { name: 'Vestes' }, ecomId: 3 })).toBe(
      signatureOf(rename),
    );
    expect(signatureOf({ ...rename, changes: { name: 'Vestes ' } })).not.toBe(signatureOf(rename));
  });
});
