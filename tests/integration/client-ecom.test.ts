import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import type { BatchRequest } from '../../utils/ecom/batch.ts';
import { createEcomClient } from '../../utils/ecom/client.ts';
import type { EcomClientOptions } from '../../utils/ecom/config.ts';
import { readEnabled } from '../../utils/ecom/read-back.ts';
import { ApiError } from '../../utils/http/api-error.ts';
import {
  clientWorld,
  ECOM_CATEGORY_COUNT,
  ECOM_PRODUCT_COUNT,
  FIRST_ECOM_CATEGORY,
  FIRST_PRODUCT,
} from './support/client-world.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

const FAST = { timeoutMs: 2000, maxAttempts: 4, backoff: { baseMs: 50, maxMs: 400 } };
const QUICK_POLL = { firstMs: 100, maxMs: 300 };

interface Logged {
  method: string;
  path: string;
  query: string;
  status: number;
}

interface StateCategory {
  id: number;
  name: string;
}

async function requests(sandbox: Sandbox): Promise<Logged[]> {
  const answer = (await (await control(sandbox, '/requests?api=ecom')).json()) as { requests: Logged[] };
  return answer.requests;
}

async function stateCategories(sandbox: Sandbox): Promise<StateCategory[]> {
  const state = (await (await control(sandbox, '/state')).json()) as { ecom: { categories: StateCategory[] } };
  return state.ecom.categories;
}

async function setFaults(sandbox: Sandbox, rules: unknown[]): Promise<void> {
  const response = await control(sandbox, '/faults', { method: 'PUT', body: JSON.stringify(rules) });
  expect(response.status).toBe(200);
}

function clientOf(sandbox: Sandbox, overrides: Partial<EcomClientOptions> = {}) {
  const { connection } = sandbox;
  return createEcomClient({
    apiBase: connection.ecomApi,
    storeId: connection.storeId,
    token: connection.ecomToken,
    policy: FAST,
    batchPoll: QUICK_POLL,
    ...overrides,
  });
}

const creates = (prefix: string, count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    method: 'POST',
    path: '/categories',
    body: { name: `${prefix} ${String(index).padStart(4, '0')}`, parentId: FIRST_ECOM_CATEGORY },
  }));

describe('eCom client against the sandbox', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: clientWorld() });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    await control(sandbox, '/reset', { method: 'POST' });
  });

  it('reads every category, the disabled ones included, with their products', async () => {
    const { records: categories, complete } = await clientOf(sandbox).categories();
    expect(complete).toBe(true);
    expect(categories).toHaveLength(ECOM_CATEGORY_COUNT);
    expect(categories.filter((category) => !category.enabled)).toHaveLength(Math.ceil(ECOM_CATEGORY_COUNT / 3));
    const first = categories.find((category) => category.id === FIRST_ECOM_CATEGORY)!;
    expect(first).toMatchObject({ parentId: 0, enabled: false, origin: 'LIGHTSPEED', externalReferenceId: '1' });
    expect(categories.find((category) => category.id === FIRST_ECOM_CATEGORY + 11)).toMatchObject({
      parentId: FIRST_ECOM_CATEGORY + 1,
      origin: null,
      externalReferenceId: null,
    });
    expect(first.productIds).toEqual([FIRST_PRODUCT + 250]);
    expect((await requests(sandbox)).filter((entry) => entry.path.endsWith('/categories'))).toHaveLength(3);
  });

  it('reads every product, and then only those changed since a time', async () => {
    const ecom = clientOf(sandbox);
    const { records: products } = await ecom.products();
    expect(products).toHaveLength(ECOM_PRODUCT_COUNT);
    expect(products.find((product) => product.id === FIRST_PRODUCT)).toMatchObject({
      categoryIds: [],
      defaultCategoryId: 0,
    });

    const before = new Date(Date.now() - 1000);
    await ecom.updateProduct(FIRST_PRODUCT + 5, { enabled: false });
    const { records: changed } = await ecom.products({ updatedFrom: before });
    expect(changed.map((product) => product.id)).toEqual([FIRST_PRODUCT + 5]);
    expect(changed[0]!.enabled).toBe(false);
  });

  it('creates, moves, orders and fills a category', async () => {
    const ecom = clientOf(sandbox);
    const id = await ecom.createCategory({ name: 'Sandales', parentId: FIRST_ECOM_CATEGORY + 2, enabled: false });
    await ecom.updateCategory(id, { name: 'Sandales d’été' });
    await ecom.assignProducts(id, [FIRST_PRODUCT + 1, FIRST_PRODUCT + 2]);
    await ecom.unassignProducts(id, [FIRST_PRODUCT + 2]);
    const siblings = await ecom.getSort(FIRST_ECOM_CATEGORY + 2);
    const reversed = [...siblings].reverse();
    await ecom.sortCategories(FIRST_ECOM_CATEGORY + 2, reversed);
    expect(await ecom.getSort(FIRST_ECOM_CATEGORY + 2)).toEqual(reversed);
    expect(await ecom.category(id)).toMatchObject({
      name: 'Sandales d’été',
      parentId: FIRST_ECOM_CATEGORY + 2,
      enabled: false,
      productIds: [FIRST_PRODUCT + 1],
    });
  });

  it('applies a batch of 1,000 changes in two batches, exactly once, even when asked twice', async () => {
    const ecom = clientOf(sandbox);
    const progress: number[] = [];
    const requests1000 = creates('Lot', 1000);
    const results = await ecom.runBatch(requests1000, {
      deduplicationKey: 'it-batch-1000',
      onProgress: ({ completedRequests }) => progress.push(completedRequests),
    });
    expect(results).toHaveLength(1000);
    expect(results.every((result) => result.status === 'COMPLETED' && result.httpStatusCode === 200)).toBe(true);
    expect(results.map((result) => result.id)).toEqual(requests1000.map((request) => request.id));
    expect(progress.at(-1)).toBe(1000);

    const made = (await stateCategories(sandbox)).filter((category) => category.name.startsWith('Lot '));
    expect(made).toHaveLength(1000);
    expect(new Set(made.map((category) => category.name)).size).toBe(1000);

    // The same call again, as a job that died before recording its results would make it.
    const again = await ecom.runBatch(requests1000, { deduplicationKey: 'it-batch-1000' });
    expect(again).toEqual(results);
    expect((await stateCategories(sandbox)).filter((category) => category.name.startsWith('Lot '))).toHaveLength(1000);
    const posts = (await requests(sandbox)).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/batch'));
    expect(posts).toHaveLength(4);
    expect(posts.map((entry) => new URLSearchParams(entry.query).get('deduplicationKey'))).toEqual([
      'it-batch-1000.1of2',
      'it-batch-1000.2of2',
      'it-batch-1000.1of2',
      'it-batch-1000.2of2',
    ]);
  });

  it('runs a batch once when the answer to its POST is lost and the POST is sent again', async () => {
    await setFaults(sandbox, [{ match: 'POST /api/v3/\\d+/batch', malformed: true, times: 1 }]);
    const results = await clientOf(sandbox).runBatch(creates('Perdu', 20), { deduplicationKey: 'it-batch-lost' });
    expect(results.every((result) => result.status === 'COMPLETED')).toBe(true);
    expect((await stateCategories(sandbox)).filter((category) => category.name.startsWith('Perdu '))).toHaveLength(20);
    expect(
      (await requests(sandbox)).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/batch')),
    ).toHaveLength(2);
  });

  it('submits and polls separately, as a job that restarts would', async () => {
    const ticket = await clientOf(sandbox).submitBatch(creates('Repris', 3), { deduplicationKey: 'it-resume' });
    const later = clientOf(sandbox);
    let state = await later.pollBatch(ticket);
    for (let polls = 0; state.status !== 'COMPLETED' && polls < 50; polls++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = await later.pollBatch(ticket);
    }
    expect(state).toMatchObject({ status: 'COMPLETED', totalRequests: 3, completedRequests: 3 });
    expect(state.results.map((result) => result.id)).toEqual(['Repris-0', 'Repris-1', 'Repris-2']);
  });

  it('reads whether records are enabled in one batch of GETs, a deleted one as null', async () => {
    await control(sandbox, '/requests', { method: 'DELETE' });
    const categories = await readEnabled(clientOf(sandbox), 'categories', [
      FIRST_ECOM_CATEGORY,
      FIRST_ECOM_CATEGORY + 1,
      999_999,
    ]);
    expect(categories).toEqual(
      new Map([
        [FIRST_ECOM_CATEGORY, false],
        [FIRST_ECOM_CATEGORY + 1, true],
        [999_999, null],
      ]),
    );
    const products = await readEnabled(clientOf(sandbox), 'products', [FIRST_PRODUCT, FIRST_PRODUCT + 1]);
    expect(products).toEqual(
      new Map([
        [FIRST_PRODUCT, false],
        [FIRST_PRODUCT + 1, true],
      ]),
    );
    const calls = await requests(sandbox);
    expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2);
    expect(calls.every((call) => call.path.endsWith('/batch'))).toBe(true);
  });

  it('reports failed requests inside a batch without stopping the others', async () => {
    const results = await clientOf(sandbox).runBatch(
      [
        { id: 'bad', method: 'PUT', path: '/categories/999999', body: { name: 'x' } },
        { id: 'good', method: 'PUT', path: `/categories/${FIRST_ECOM_CATEGORY}`, body: { enabled: true } },
      ],
      { deduplicationKey: 'it-partial' },
    );
    expect(results[0]).toMatchObject({ id: 'bad', status: 'FAILED', httpStatusCode: 404 });
    expect(results[1]).toMatchObject({ id: 'good', status: 'COMPLETED', httpStatusCode: 200 });
  });

  it('gets through server errors, a 429, a 449, a cut connection, a broken answer and a slow one', async () => {
    const ecom = clientOf(sandbox, { policy: { ...FAST, timeoutMs: 400 } });
    await setFaults(sandbox, [
      { match: 'GET /api/v3/\\d+/categories$', status: 500, times: 2 },
      { match: 'GET /api/v3/\\d+/products$', status: 429, retryAfter: 1, times: 1 },
      { match: 'PUT /api/v3/\\d+/categories/\\d+$', status: 449, times: 1 },
      { match: 'GET /api/v3/\\d+/categories/sort', drop: true, times: 1 },
      { match: `GET /api/v3/\\d+/categories/${FIRST_ECOM_CATEGORY}$`, malformed: true, times: 1 },
      { match: `GET /api/v3/\\d+/categories/${FIRST_ECOM_CATEGORY + 1}$`, delayMs: 1200, times: 1 },
    ]);
    const started = Date.now();
    expect((await ecom.categories()).records).toHaveLength(ECOM_CATEGORY_COUNT);
    expect((await ecom.products()).records).toHaveLength(ECOM_PRODUCT_COUNT);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    await ecom.updateCategory(FIRST_ECOM_CATEGORY, { enabled: true });
    expect((await ecom.getSort(0)).length).toBe(10);
    expect((await ecom.category(FIRST_ECOM_CATEGORY)).enabled).toBe(true);
    expect((await ecom.category(FIRST_ECOM_CATEGORY + 1)).id).toBe(FIRST_ECOM_CATEGORY + 1);

    const statuses = (await requests(sandbox)).map((entry) => entry.status);
    expect(statuses.filter((status) => status === 500)).toHaveLength(2);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
    expect(statuses.filter((status) => status === 449)).toHaveLength(1);
  });

  it('ends with a clear error when the faults persist', async () => {
    await setFaults(sandbox, [{ match: 'GET /api/v3/\\d+/categories$', status: 500 }]);
    const error = await clientOf(sandbox)
      .categories()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true, endpoint: 'GET /categories' });
    expect((error as ApiError).message).toMatch(
      /^eCom had a problem on its side \(500\) \(GET \/categories\)\. Try again/,
    );
  });

  it('ends with a malformed error naming the endpoint when every answer is broken', async () => {
    await setFaults(sandbox, [{ match: 'GET /api/v3/\\d+/products$', malformed: true }]);
    const error = await clientOf(sandbox)
      .products()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'malformed', endpoint: 'GET /products', retryable: true });
    expect((error as ApiError).detail).toMatch(/^GET \/products: the answer is not valid JSON/);
  });

  it('says what to do when the token is wrong', async () => {
    const error = await clientOf(sandbox, { token: 'secret_wrong' })
      .categories()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(
      'eCom refused the token (401). The token may have been revoked: create a new one in the eCom admin under Apps and connect again.',
    );
  });

  it('explains that a public token cannot write', async () => {
    const ecom = clientOf(sandbox, { token: sandbox.connection.ecomReadOnlyToken });
    const { records: categories, complete } = await ecom.categories();
    expect(categories.every((category) => category.enabled)).toBe(true);
    // eCom hides disabled categories from a public token: what it reads can never be taken as everything.
    expect(complete).toBe(false);
    const error = await ecom.updateCategory(categories[0]!.id, { name: 'x' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'forbidden', status: 403, retryable: false });
    expect((error as ApiError).message).toContain('public token');
  });
});

describe('eCom client pacing against a small per-minute limit', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: clientWorld(), config: { ecomPerMinute: 30 } });
  });
  afterAll(() => sandbox.close());

  it('sends no more than the limit in a burst, and asks the caller to come back instead of collecting 429s', async () => {
    const ecom = clientOf(sandbox, { perMinute: 30 });
    const outcomes = await Promise.allSettled(Array.from({ length: 36 }, () => ecom.getSort(0)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(30);
    const refusals = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as ApiError] : []));
    expect(refusals).toHaveLength(6);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ kind: 'rate-limited', retryable: true });
      expect(refusal.retryAfterMs).toBeGreaterThan(50_000);
    }
    const log = await requests(sandbox);
    expect(log).toHaveLength(30);
    expect(log.filter((entry) => entry.status === 429)).toEqual([]);
  });
});
