import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { ApiError } from '../../utils/http/api-error.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import type { RetailClientOptions } from '../../utils/retail/config.ts';
import { ARCHIVED_ITEM_COUNT, clientWorld, RETAIL_CATEGORY_COUNT, RETAIL_ITEM_COUNT } from './support/client-world.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

/** Short timeouts and back-offs, so faults cost the suite little time. */
const FAST = { timeoutMs: 2000, maxAttempts: 4, backoff: { baseMs: 50, maxMs: 400 } };

interface Logged {
  method: string;
  path: string;
  query: string;
  status: number;
}

async function requests(sandbox: Sandbox): Promise<Logged[]> {
  const answer = (await (await control(sandbox, '/requests?api=retail')).json()) as { requests: Logged[] };
  return answer.requests;
}

async function setFaults(sandbox: Sandbox, rules: unknown[]): Promise<void> {
  const response = await control(sandbox, '/faults', { method: 'PUT', body: JSON.stringify(rules) });
  expect(response.status).toBe(200);
}

function clientOf(sandbox: Sandbox, overrides: Partial<RetailClientOptions> = {}) {
  const { connection } = sandbox;
  return createRetailClient({
    apiBase: connection.retailApi,
    accountId: connection.retailAccountID,
    token: connection.retailToken,
    policy: FAST,
    ...overrides,
  });
}

describe('Retail client against the sandbox', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: clientWorld() });
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    await control(sandbox, '/reset', { method: 'POST' });
  });

  it('finds the account id by itself', async () => {
    const retail = clientOf(sandbox, { accountId: undefined });
    expect(await retail.account()).toMatchObject({ id: Number(sandbox.connection.retailAccountID) });
    expect(await retail.categories()).toHaveLength(RETAIL_CATEGORY_COUNT);
  });

  it('pages through 250 categories, 100 at a time, into the engine type', async () => {
    const categories = await clientOf(sandbox).categories();
    expect(categories).toHaveLength(RETAIL_CATEGORY_COUNT);
    expect(new Set(categories.map((category) => category.id)).size).toBe(RETAIL_CATEGORY_COUNT);
    const child = categories.find((category) => category.id === 11)!;
    expect(child).toMatchObject({ name: 'Catégorie 11', parentId: 1, depth: 1, fullPath: 'Catégorie 1/Catégorie 11' });
    expect(child.leftNode).toBeLessThan(child.rightNode);
    const pages = (await requests(sandbox)).filter((entry) => entry.path.endsWith('/Category.json'));
    expect(pages).toHaveLength(3);
    expect(pages.every((entry) => entry.status === 200 && entry.query.includes('sort=timeStamp'))).toBe(true);
  });

  it('pages through 250 items, leaving archived ones out unless asked', async () => {
    const retail = clientOf(sandbox);
    const items = await retail.items();
    expect(items).toHaveLength(RETAIL_ITEM_COUNT - ARCHIVED_ITEM_COUNT);
    expect(items.some((item) => item.archived)).toBe(false);
    const all = await retail.items({ includeArchived: true });
    expect(all).toHaveLength(RETAIL_ITEM_COUNT);
    expect(all.find((item) => item.id === 3)).toMatchObject({
      name: 'Article 3',
      sku: expect.stringMatching(/\d/),
      categoryId: 3,
    });
    expect(all.find((item) => item.id === 4)?.sku).toBe('SKU-4');
    expect(all.find((item) => item.id === 50)).toMatchObject({ categoryId: 0, archived: true });
  });

  it('fetches incrementally: after one change, only that change', async () => {
    const retail = clientOf(sandbox);
    const before = new Date();
    // A leaf: renaming a parent would rightly stamp its whole subtree.
    const renamed = await retail.updateCategory(200, { name: 'Vestes en lin' });
    expect(renamed).toMatchObject({ id: 200, name: 'Vestes en lin' });
    const changed = await retail.categories({ since: before });
    expect(changed.map((category) => category.id)).toEqual([200]);
    expect(changed[0]!.name).toBe('Vestes en lin');
    expect(await retail.items({ since: before })).toEqual([]);
    const filter = (await requests(sandbox)).at(-2)!;
    expect(filter.query).toContain('timeStamp=%3E%3D%2C');
  });

  it('creates and reads back a category', async () => {
    const retail = clientOf(sandbox);
    const created = await retail.createCategory({ name: 'Sandales', parentID: 3 });
    expect(created).toMatchObject({ name: 'Sandales', parentId: 3, fullPath: 'Catégorie 3/Sandales' });
    expect(await retail.category(created.id)).toEqual(created);
  });

  it('gets through server errors, a 429, a cut connection, a broken answer and a slow one', async () => {
    const retail = clientOf(sandbox, { policy: { ...FAST, timeoutMs: 400 } });
    await setFaults(sandbox, [
      { match: 'GET /API/V3/Account/\\d+/Category.json', status: 500, times: 2 },
      { match: 'GET /API/V3/Account/\\d+/Item.json', status: 429, retryAfter: 1, times: 1 },
      { match: 'GET /API/V3/Account/\\d+/Category/1.json', drop: true, times: 1 },
      { match: 'GET /API/V3/Account/\\d+/Category/2.json', malformed: true, times: 1 },
      { match: 'GET /API/V3/Account/\\d+/Category/3.json', delayMs: 1200, times: 1 },
    ]);
    const started = Date.now();
    expect(await retail.categories()).toHaveLength(RETAIL_CATEGORY_COUNT);
    expect(await retail.items({ includeArchived: true })).toHaveLength(RETAIL_ITEM_COUNT);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    for (const id of [1, 2, 3]) expect((await retail.category(id)).id).toBe(id);

    const statuses = (await requests(sandbox)).map((entry) => entry.status);
    expect(statuses.filter((status) => status === 500)).toHaveLength(2);
    expect(statuses.filter((status) => status === 429)).toHaveLength(1);
  });

  it('ends with a clear, retryable error when the faults persist', async () => {
    await setFaults(sandbox, [{ match: 'GET /API/V3/Account/\\d+/Category/5.json', status: 503 }]);
    const error = await clientOf(sandbox)
      .category(5)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'http', status: 503, retryable: true, endpoint: 'GET /Category/5.json' });
    expect((error as ApiError).message).toMatch(/Retail POS had a problem on its side \(503\)/);
    expect((await requests(sandbox)).filter((entry) => entry.path.endsWith('/Category/5.json'))).toHaveLength(
      FAST.maxAttempts,
    );
  });

  it('says what to do when the token is wrong', async () => {
    const error = await clientOf(sandbox, { token: 'not-the-token' })
      .categories()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    expect((error as ApiError).message).toContain('connect Retail POS again');
  });

  it('reports a 404 for a category that does not exist', async () => {
    const error = await clientOf(sandbox)
      .category(9999)
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'not-found', status: 404, endpoint: 'GET /Category/9999.json' });
  });
});

describe('Retail client pacing against a small bucket', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startTestSandbox({
      state: clientWorld(),
      config: { retailBucketSize: 20, retailDripPerSecond: 10 },
    });
  });
  afterAll(() => sandbox.close());

  it('spreads a burst out by the bucket headers, so no request is refused', async () => {
    const retail = clientOf(sandbox);
    const started = Date.now();
    // 36 reads and 2 writes (56 units) all at once, against a bucket of 20 that drains 10 a second.
    const reads = Array.from({ length: 36 }, (_, index) => retail.category((index % 10) + 1));
    const writes = [retail.updateCategory(11, { name: 'Un' }), retail.updateCategory(12, { name: 'Deux' })];
    const results = await Promise.all([...reads, ...writes]);
    expect(results).toHaveLength(38);
    const log = await requests(sandbox);
    expect(log).toHaveLength(38);
    expect(log.filter((entry) => entry.status === 429)).toEqual([]);
    // At least (56 - 20) units had to drain first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(3000);
  });
});

describe("Retail client pacing under today's limits (changelog 2026-03)", () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ state: clientWorld(), config: { retailBurstPerSecond: 6 } });
  });
  afterEach(() => sandbox.close());

  it("keeps to the burst limiter the answers tell of, and to each request's cost, without a 429", async () => {
    const retail = clientOf(sandbox);
    const started = Date.now();
    // 6 reads and a count (10 units, the whole burst window of 6) at once: two windows at least.
    const results = await Promise.all([
      ...Array.from({ length: 6 }, (_, index) => retail.category(index + 1)),
      retail.categoryCount(),
    ]);
    expect(results).toHaveLength(7);
    const log = await requests(sandbox);
    expect(log.filter((entry) => entry.status === 429)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('waits out a 429 from another app sharing the account, as Retry-After says, then goes on', async () => {
    // Another app has just taken the whole bucket (the level may be reported above the size).
    await control(sandbox, '/retail-limits', { method: 'PUT', body: JSON.stringify({ burstPerSecond: 1000 }) });
    const other = { Authorization: `Bearer ${sandbox.connection.retailToken}` };
    const account = `${sandbox.connection.retailApi}/Account/${sandbox.connection.retailAccountID}`;
    for (let i = 0; i < 9; i++) {
      await fetch(`${account}/Category/1.json`, { method: 'PUT', headers: other, body: '{"name":"Vestes"}' });
    }
    await control(sandbox, '/requests', { method: 'DELETE' });
    const sleeps: number[] = [];
    const retail = clientOf(sandbox, {
      bucketHeadroom: 0,
      sleep: (ms) => {
        sleeps.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    const started = Date.now();
    const [first, second] = await Promise.all([retail.category(1), retail.category(2)]);
    expect([first.id, second.id]).toEqual([1, 2]);
    const log = await requests(sandbox);
    // Only the first request went before the bucket was known: it alone may be refused (unless a slow machine let
    // a unit drain meanwhile), and then it waited as told.
    const refused = log.filter((entry) => entry.status === 429);
    expect(refused.length).toBeLessThanOrEqual(1);
    if (refused.length === 1) expect(Math.max(...sleeps)).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });
});
