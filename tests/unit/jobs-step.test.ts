import { describe, expect, it } from 'vitest';

import type { BatchRequest, BatchState, EcomPort } from '../../utils/jobs/ports.ts';
import { ApiError } from '../../utils/http/api-error.ts';
import { createCategoryJob, createSyncJob, createUndoJob, splitOperations } from '../../utils/jobs/create-jobs.ts';
import type { Job } from '../../utils/jobs/model.ts';
import type { StepContext } from '../../utils/jobs/ports.ts';
import { CHUNK_SIZE, MAX_ATTEMPTS, stepJob } from '../../utils/jobs/step.ts';
import { LINK_CHANGED, NOW_AMBIGUOUS } from '../../utils/i18n/said/jobs.ts';
import type { CategoryState, Operation } from '../../utils/sync/model.ts';

const NOW = new Date('2026-11-26T10:00:00.000Z');

/** An eCom that records what it is sent and answers every batch as `answer` says. */
function fakeEcom(
  answer: (request: BatchRequest) => { status: number; body: unknown } = () => ({
    status: 200,
    body: { updateCount: 1 },
  }),
) {
  const submitted: Array<{ key: string; requests: BatchRequest[] }> = [];
  const tickets = new Map<string, BatchRequest[]>();
  let completeAfterPolls = 0;
  const port: EcomPort = {
    categories: async () => ({ records: [], complete: true }),
    products: async () => ({ records: [], complete: true }),
    productTotal: async () => 0,
    submitBatch: async (requests, key) => {
      submitted.push({ key, requests });
      tickets.set(key, requests);
      return key;
    },
    // Every record is disabled until a batch says otherwise.
    enabledNow: async (_kind, ids) => new Map(ids.map((id) => [id, false])),
    pollBatch: async (ticket): Promise<BatchState> => {
      if (completeAfterPolls > 0) {
        completeAfterPolls -= 1;
        return { status: 'IN_PROGRESS', results: [] };
      }
      return {
        status: 'COMPLETED',
        results: tickets.get(ticket)!.map((request) => {
          const { status, body } = answer(request);
          return { id: request.id, status: status < 400 ? 'COMPLETED' : 'FAILED', httpStatusCode: status, body };
        }),
      };
    },
  };
  return { port, submitted, slowDown: (polls: number) => (completeAfterPolls = polls) };
}

function context(
  ecom: EcomPort,
  known: Record<number, number> = {},
  replan: () => Promise<Operation[]> = async () => [],
): StepContext {
  return { ecom, now: () => NOW, ecomIdOfRetail: (retailId) => known[retailId], replan };
}

/** A sync's plans, one per call (its first step plans, each later round plans again), then nothing more to do. */
const plans =
  (...lists: Operation[][]) =>
  async (): Promise<Operation[]> =>
    lists.shift() ?? [];

const category = (ecomId: number, availability: CategoryState['availability'] = 'new'): CategoryState => ({
  retailId: ecomId + 1000,
  ecomId,
  name: `C${ecomId}`,
  path: `C${ecomId}`,
  status: 'new',
  enabled: false,
  availability,
  drift: null,
  productCount: 0,
  enabledProductCount: 0,
});

/** Steps until the next batch is recorded, ready to be posted by the next step (a job first reads its items). */
async function readyToPost(job: Job, ctx: StepContext = context(fakeEcom().port), limit = 10): Promise<Job> {
  let current = job;
  for (let i = 0; i < limit && !current.cursor.inFlight; i++) current = await stepJob(current, ctx);
  return current;
}

/** Steps until a batch is posted (a job first reads its items, then records the batch, then posts it). */
async function untilSent(job: Job, ctx: StepContext, limit = 10): Promise<Job> {
  let current = job;
  for (let i = 0; i < limit && !current.cursor.ticket; i++) current = await stepJob(current, ctx);
  return current;
}

async function runToEnd(job: Job, ctx: StepContext, limit = 100): Promise<Job> {
  let current = job;
  for (let i = 0; i < limit && current.status !== 'done' && current.status !== 'failed'; i++)
    current = await stepJob(current, ctx);
  return current;
}

describe('a job step', () => {
  it('sends one batch with a key made of the job and its place, saves the ticket, then reads the results', async () => {
    const ecom = fakeEcom((request) =>
      request.path === '/categories/2'
        ? { status: 404, body: { errorMessage: 'Category not found' } }
        : { status: 200, body: {} },
    );
    const job = createCategoryJob('enable-categories', [category(1), category(2)], NOW);
    const sent = await untilSent(job, context(ecom.port));
    expect(ecom.submitted).toEqual([
      {
        key: `${job.id}.0.0`,
        requests: [
          { id: 'c1', method: 'PUT', path: '/categories/1', body: { enabled: true } },
          { id: 'c2', method: 'PUT', path: '/categories/2', body: { enabled: true } },
        ],
      },
    ]);
    expect(sent.cursor.ticket).toBe(`${job.id}.0.0`);
    expect(sent.items.every((item) => item.state === 'pending')).toBe(true);

    const read = await stepJob(sent, context(ecom.port));
    expect(read.items.map((item) => [item.key, item.state, item.reason])).toEqual([
      ['c1', 'done', undefined],
      ['c2', 'failed', 'Category not found (404)'],
    ]);
    expect(read.cursor.ticket).toBeUndefined();
    expect((await stepJob(read, context(ecom.port))).status).toBe('done');
  });

  it('polls again later while the batch is running, without sending anything', async () => {
    const ecom = fakeEcom();
    ecom.slowDown(2);
    const sent = await untilSent(createCategoryJob('enable-categories', [category(1)], NOW), context(ecom.port));
    const waiting = await stepJob(sent, context(ecom.port));
    expect(waiting.cursor.ticket).toBe(sent.cursor.ticket);
    expect(Date.parse(waiting.nextRunAt!)).toBeGreaterThan(NOW.getTime());
    expect(ecom.submitted).toHaveLength(1);
  });

  it('splits a large job into batches of 500 with one key each, and a repeated step sends the same key', async () => {
    const ecom = fakeEcom();
    const job = createCategoryJob(
      'enable-categories',
      Array.from({ length: 1_200 }, (_, i) => category(i + 1)),
      NOW,
    );
    const recorded = await readyToPost(job, context(ecom.port));
    expect(recorded.cursor.inFlight).toHaveLength(CHUNK_SIZE);
    const first = await stepJob(recorded, context(ecom.port));
    // The worker died before saving: the same step runs again from the same saved job.
    await stepJob(recorded, context(ecom.port));
    expect(ecom.submitted.map((s) => s.key)).toEqual([`${job.id}.0.0`, `${job.id}.0.0`]);
    const done = await runToEnd(first, context(ecom.port));
    expect(done.status).toBe('done');
    expect(ecom.submitted.map((s) => [s.key, s.requests.length])).toEqual([
      [`${job.id}.0.0`, CHUNK_SIZE],
      [`${job.id}.0.0`, CHUNK_SIZE],
      [`${job.id}.0.1`, CHUNK_SIZE],
      [`${job.id}.0.2`, 200],
    ]);
  });

  it('reads back a batch whose ticket eCom forgot, and sends what it did not do again under a new key', async () => {
    const ecom = fakeEcom();
    const reads: number[][] = [];
    let now: Map<number, boolean | null> = new Map([
      [1, false],
      [2, false],
      [3, false],
    ]);
    const port: EcomPort = {
      ...ecom.port,
      enabledNow: async (_kind, ids) => {
        reads.push([...ids]);
        return new Map(ids.map((id) => [id, now.get(id) ?? null]));
      },
      pollBatch: async (ticket) => (ticket === `${job.id}.0.0` ? null : ecom.port.pollBatch(ticket)),
    };
    const job = createCategoryJob('enable-categories', [category(1), category(2), category(3)], NOW);
    const sent = await untilSent(job, context(port));
    // eCom applied the first change; the second never ran; the third category was deleted meanwhile.
    now = new Map([
      [1, true],
      [2, false],
    ]);
    const read = await stepJob(sent, context(port));
    expect(read.items.map((item) => [item.key, item.state])).toEqual([
      ['c1', 'done'],
      ['c2', 'pending'],
      ['c3', 'skipped'],
    ]);
    expect(read.items[2]!.reason).toEqual({ en: 'No longer in eCom.', fr: 'N’est plus dans eCom.' });
    expect(read.cursor).toMatchObject({ chunk: 1 });
    expect(read.cursor.ticket).toBeUndefined();
    expect(reads).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);

    const done = await runToEnd(read, context(port));
    expect(done.status).toBe('done');
    expect(ecom.submitted.map((batch) => [batch.key, batch.requests.map((request) => request.id)])).toEqual([
      [`${job.id}.0.0`, ['c1', 'c2', 'c3']],
      [`${job.id}.0.1`, ['c2']],
    ]);
  });

  it('trusts a ticketless batch within the hour (same key), and reads it back after', async () => {
    const ecom = fakeEcom();
    const job = await readyToPost(createCategoryJob('enable-categories', [category(1)], NOW), context(ecom.port));
    const soon = await stepJob(job, { ...context(ecom.port), now: () => new Date(NOW.getTime() + 50 * 60_000) });
    expect(ecom.submitted.map((batch) => batch.key)).toEqual([`${job.id}.0.0`]);
    expect(soon.cursor.ticket).toBe(`${job.id}.0.0`);

    const late = await stepJob(job, { ...context(ecom.port), now: () => new Date(NOW.getTime() + 56 * 60_000) });
    expect(ecom.submitted).toHaveLength(1);
    expect(late.cursor).toMatchObject({ chunk: 1 });
    expect(late.items[0]!.state).toBe('pending');
  });

  it('creates a parent before its child, giving the child the parent’s new id', async () => {
    let nextId = 900;
    const ecom = fakeEcom((request) =>
      request.method === 'POST' ? { status: 200, body: { id: ++nextId } } : { status: 200, body: {} },
    );
    const operations: Operation[] = [
      { kind: 'create-category', retailId: 1, name: 'Chaussures', parentRetailId: 0, orderBy: 30, productIds: [] },
      { kind: 'create-category', retailId: 2, name: 'Bottes', parentRetailId: 1, orderBy: 10, productIds: [7, 8] },
      { kind: 'update-category', ecomId: 50, retailId: 3, changes: { parentRetailId: 1, orderBy: 20 } },
    ];
    const job = await runToEnd(createSyncJob(NOW), context(ecom.port, {}, plans(operations)));
    expect(job.status).toBe('done');
    expect(ecom.submitted.map((s) => s.requests)).toEqual([
      [
        {
          id: 's0.0',
          method: 'POST',
          path: '/categories',
          body: { name: 'Chaussures', parentId: 0, orderBy: 30, enabled: false, externalReferenceId: '1' },
        },
      ],
      [
        {
          id: 's0.1',
          method: 'POST',
          path: '/categories',
          body: {
            name: 'Bottes',
            parentId: 901,
            orderBy: 10,
            enabled: false,
            externalReferenceId: '2',
            productIds: [7, 8],
          },
        },
        { id: 's0.2', method: 'PUT', path: '/categories/50', body: { orderBy: 20, parentId: 901 } },
      ],
    ]);
    expect(job.items.map((item) => item.ecomId)).toEqual([901, 902, 50]);
  });

  it('skips a child whose parent could not be created, and says so', async () => {
    const ecom = fakeEcom((request) =>
      request.method === 'POST' && (request.body as { name: string }).name === 'Chaussures'
        ? { status: 402, body: { errorMessage: 'Plan limit reached' } }
        : { status: 200, body: { id: 5 } },
    );
    const operations: Operation[] = [
      { kind: 'create-category', retailId: 1, name: 'Chaussures', parentRetailId: 0, orderBy: 10, productIds: [] },
      { kind: 'create-category', retailId: 2, name: 'Bottes', parentRetailId: 1, orderBy: 10, productIds: [] },
    ];
    const job = await runToEnd(createSyncJob(NOW), context(ecom.port, {}, plans(operations)));
    // eCom's own words as it gave them; Sync Lens's own in both languages.
    expect(job.items.map((item) => [item.label, item.state, item.reason])).toEqual([
      ['Chaussures', 'failed', 'Plan limit reached (402)'],
      [
        'Bottes',
        'skipped',
        { en: 'Its parent category could not be created.', fr: 'Sa catégorie parente n’a pas pu être créée.' },
      ],
    ]);
  });

  it('runs another round of a sync when planning again finds more to do, up to a bound', async () => {
    const ecom = fakeEcom();
    const replan = plans(
      [{ kind: 'update-category', ecomId: 3, retailId: 9, changes: { name: 'X' } }],
      [{ kind: 'assign-products', ecomId: 3, productIds: [1] }],
    );
    const job = await runToEnd(createSyncJob(NOW), context(ecom.port, {}, replan));
    expect(job.items.map((item) => item.key)).toEqual(['s0.0', 's1.0']);
    expect(job.status).toBe('done');
  });

  it('waits and tries again after a passing error, then gives up in words', async () => {
    const failing: EcomPort = {
      ...fakeEcom().port,
      submitBatch: async () =>
        Promise.reject(Object.assign(new Error('eCom is busy (503).'), { retryable: true, retryAfterMs: 30_000 })),
    };
    let job = await readyToPost(createCategoryJob('enable-categories', [category(1)], NOW));
    job = await stepJob(job, context(failing));
    expect(job).toMatchObject({
      attempts: 1,
      status: 'queued',
      error: 'eCom is busy (503).',
      nextRunAt: new Date(NOW.getTime() + 30_000).toISOString(),
    });
    for (let i = 1; i < MAX_ATTEMPTS; i++) job = await stepJob(job, context(failing));
    job = await stepJob(job, context(failing));
    expect(job.status).toBe('failed');
    expect(job.items[0]).toMatchObject({
      state: 'skipped',
      reason: { en: 'Not done: eCom is busy (503).', fr: 'Pas fait : eCom is busy (503).' },
    });
  });

  it('keeps an API failure in every language, for the job and for the items it did not reach', async () => {
    const said = { en: 'eCom refused the token (401).', fr: 'eCom a refusé le jeton (401).' };
    const refused: EcomPort = {
      ...fakeEcom().port,
      submitBatch: async () =>
        Promise.reject(
          new ApiError({ kind: 'auth', service: 'ecom', endpoint: 'POST /batch', status: 401, retryable: false, said }),
        ),
    };
    const job = await stepJob(
      await readyToPost(createCategoryJob('enable-categories', [category(1)], NOW)),
      context(refused),
    );
    expect(job).toMatchObject({ status: 'failed', error: said });
    expect(job.items[0]!.reason).toEqual({ en: `Not done: ${said.en}`, fr: `Pas fait : ${said.fr}` });
  });

  it('stops at once on an error that will not pass by waiting', async () => {
    const refused: EcomPort = {
      ...fakeEcom().port,
      submitBatch: async () =>
        Promise.reject(Object.assign(new Error('eCom refused the token (401).'), { retryable: false })),
    };
    const job = await stepJob(
      await readyToPost(createCategoryJob('enable-categories', [category(1)], NOW)),
      context(refused),
    );
    expect(job).toMatchObject({ status: 'failed', error: 'eCom refused the token (401).' });
  });
});

describe('making jobs', () => {
  it('undoes only what a job did, the other way round, remembering what each category was', () => {
    const job = createCategoryJob('enable-categories', [category(1, 'new'), category(2, 'disabled'), category(3)], NOW);
    const finished: Job = {
      ...job,
      status: 'done',
      items: job.items.map((item) =>
        item.key === 'c3' ? { ...item, state: 'failed', reason: 'x' } : { ...item, state: 'done' },
      ),
    };
    const undo = createUndoJob(finished, NOW)!;
    expect(undo.kind).toBe('disable-categories');
    expect(undo.undoOf).toBe(job.id);
    expect(undo.items.map((item) => [item.ecomId, item.before, item.state])).toEqual([
      [1, 'new', 'pending'],
      [2, 'disabled', 'pending'],
    ]);
    expect(createUndoJob({ ...finished, items: [] }, NOW)).toBeUndefined();
  });

  it('splits product moves over 2000 ids and reorders of mixed parents into one request each', () => {
    const ids = Array.from({ length: 4_500 }, (_, i) => i + 1);
    const split = splitOperations([
      { kind: 'assign-products', ecomId: 1, productIds: ids },
      {
        kind: 'order-categories',
        parentId: 0,
        sortable: false,
        orderBy: [
          { ecomId: 5, orderBy: 10 },
          { ecomId: 6, orderBy: 20 },
        ],
      },
    ]);
    expect(split.map((op) => (op.kind === 'assign-products' ? op.productIds.length : op.kind))).toEqual([
      2000,
      2000,
      500,
      'order-categories',
      'order-categories',
    ]);
  });
});

describe('the check of links before each batch (utils/jobs/link-check.ts)', () => {
  it('sends nothing for a category that turned ambiguous since the job was made, and says why', async () => {
    const ecom = fakeEcom();
    const ctx: StepContext = {
      ...context(ecom.port),
      categoriesNow: async () => (ecomId) => (ecomId === 2 ? { status: 'ambiguous', retailId: null } : undefined),
    };
    const job = await runToEnd(createCategoryJob('enable-categories', [category(1), category(2)], NOW), ctx);
    expect(ecom.submitted.flatMap((batch) => batch.requests.map((request) => request.path))).toEqual(['/categories/1']);
    expect(job.items.find((item) => item.ecomId === 2)).toMatchObject({ state: 'skipped', reason: NOW_AMBIGUOUS });
  });

  it('sends no change of a sync to a category now linked to another Retail category', async () => {
    const ecom = fakeEcom();
    const rename: Operation = { kind: 'update-category', ecomId: 7, retailId: 70, changes: { name: 'Vestes' } };
    const ctx: StepContext = {
      ...context(ecom.port, {}, plans([rename])),
      categoriesNow: async () => () => ({ status: 'drift', retailId: 71 }),
    };
    const job = await runToEnd(createSyncJob(NOW), ctx);
    expect(ecom.submitted).toEqual([]);
    expect(job.items[0]).toMatchObject({ state: 'skipped', reason: LINK_CHANGED });
  });
});
