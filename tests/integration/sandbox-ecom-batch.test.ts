import { describe, expect, it } from 'vitest';

import { batchStatus, postBatch, waitForBatch } from './support/ecom-batch.ts';
import { ecomJson, ecomState, expectEcwidError } from './support/ecom-state.ts';
import { control, sandboxPerFile } from './support/sandbox.ts';

/** 500 disabled categories (ids 1..500), as a sync leaves them, and one product. */
const state = ecomState({
  categories: Array.from({ length: 500 }, (_, i) => ({ id: i + 1, name: `Catégorie ${i + 1}`, enabled: false })),
  products: [{ id: 900, name: 'Veste', enabled: true, categoryIds: [] }],
});

const sandbox = sandboxPerFile({ state });

const enable = (id: number) => ({
  id: `enable-${id}`,
  path: `/categories/${id}`,
  method: 'PUT',
  body: { enabled: true },
});
const enableAll = (count: number) => Array.from({ length: count }, (_, i) => enable(i + 1));
const enabledCount = async () => (await ecomJson(sandbox(), '/categories?limit=1')).body.total as number;

describe('POST /batch', () => {
  it('runs 500 requests asynchronously: QUEUED, then IN_PROGRESS, then COMPLETED with 500 results', async () => {
    // A batch ahead of it keeps the big one QUEUED long enough to be seen, whatever the machine's speed.
    const reads = Array.from({ length: 100 }, () => ({ path: '/categories?limit=1', method: 'GET' }));
    const first = await postBatch(sandbox(), reads);
    const ticket = await postBatch(sandbox(), enableAll(500));
    expect(ticket).not.toBe(first);

    const right = await batchStatus(sandbox(), ticket);
    expect(right).toMatchObject({ status: 'QUEUED', totalRequests: 500, completedRequests: 0, requests: [] });
    // Answered at once: nothing has changed yet.
    expect(await enabledCount()).toBe(0);

    const { final, seen } = await waitForBatch(sandbox(), ticket);
    const midway = seen.filter((s) => s.status === 'IN_PROGRESS');
    expect(midway.length).toBeGreaterThan(0);
    expect(midway.some((s) => s.completedRequests > 0 && s.completedRequests < 500)).toBe(true);
    const counts = seen.map((s) => s.completedRequests);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    expect(final.totalRequests).toBe(500);
    expect(final.completedRequests).toBe(500);
    expect(final.requests).toHaveLength(500);
    expect(final.requests[0]).toEqual({
      id: 'enable-1',
      path: '/categories/1',
      method: 'PUT',
      status: 'COMPLETED',
      httpStatusCode: 200,
      httpBody: { updateCount: 1 },
    });
    expect(final.requests.map((r) => r.id)).toEqual(Array.from({ length: 500 }, (_, i) => `enable-${i + 1}`));
    expect(final.requests.every((r) => r.status === 'COMPLETED')).toBe(true);
    expect(await enabledCount()).toBe(500);
  });

  it('gives GET sub-requests their parsed answer, query string included', async () => {
    const ticket = await postBatch(sandbox(), [
      { id: 'a', path: '/categories/7?responseFields=id,name,url', method: 'GET' },
      { id: 'b', path: '/categories', method: 'POST', body: { name: 'Nouveautés' } },
    ]);
    const { final } = await waitForBatch(sandbox(), ticket);
    expect(final.requests[0]?.httpBody).toEqual({
      id: 7,
      name: 'Catégorie 7',
      url: `${sandbox().origin}/store/1234/shop#!/c/7`,
    });
    expect(final.requests[1]?.httpBody).toEqual({ id: 501 });
  });

  it('stops at the first failure by default: the rest are NOT_EXECUTED and not applied', async () => {
    const ticket = await postBatch(sandbox(), [enable(1), enable(9999), enable(2)]);
    const { final } = await waitForBatch(sandbox(), ticket);
    expect(final.requests.map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'NOT_EXECUTED']);
    expect(final.requests[1]).toMatchObject({ httpStatusCode: 404, httpBody: { errorCode: 'NOT_FOUND' } });
    expect(final.requests[2]).not.toHaveProperty('httpStatusCode');
    expect(final.completedRequests).toBe(2);
    expect((await ecomJson(sandbox(), '/categories/2')).body.enabled).toBe(false);
  });

  it('goes on after a failure with stopOnFirstFailure=false', async () => {
    const ticket = await postBatch(sandbox(), [enable(1), enable(9999), enable(2)], '?stopOnFirstFailure=false');
    const { final } = await waitForBatch(sandbox(), ticket);
    expect(final.requests.map((r) => r.status)).toEqual(['COMPLETED', 'FAILED', 'COMPLETED']);
    expect((await ecomJson(sandbox(), '/categories/2')).body.enabled).toBe(true);
  });

  it('runs with the token that posted it: public-token writes fail with 403', async () => {
    const ticket = await postBatch(
      sandbox(),
      [{ path: '/products', method: 'GET' }, enable(1)],
      '?stopOnFirstFailure=false',
      sandbox().connection.ecomReadOnlyToken,
    );
    const { final } = await waitForBatch(sandbox(), ticket);
    expect(final.requests.map((r) => r.httpStatusCode)).toEqual([200, 403]);
    expect((await ecomJson(sandbox(), '/categories/1')).body.enabled).toBe(false);
  });

  it('does not run a batch twice for the same deduplicationKey', async () => {
    const create = [{ path: '/categories', method: 'POST', body: { name: 'Une seule fois' } }];
    const first = await postBatch(sandbox(), create, '?deduplicationKey=plan-42');
    await waitForBatch(sandbox(), first);
    const again = await postBatch(sandbox(), create, '?deduplicationKey=plan-42');
    expect(again).toBe(first);
    // Give a wrongly started second run time to show up.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const named = await ecomJson(sandbox(), '/categories?keyword=Une seule fois');
    expect(named.body.total).toBe(1);

    const other = await postBatch(sandbox(), create, '?deduplicationKey=plan-43');
    expect(other).not.toBe(first);
    await waitForBatch(sandbox(), other);
    expect((await ecomJson(sandbox(), '/categories?keyword=Une seule fois')).body.total).toBe(2);
  });

  it('stops pending work when the world is replaced, and forgets deduplication keys', async () => {
    const ticket = await postBatch(sandbox(), enableAll(500), '?deduplicationKey=k');
    await control(sandbox(), '/state', { method: 'PUT', body: JSON.stringify(state) });
    const { final } = await waitForBatch(sandbox(), ticket);
    expect(final.requests).toHaveLength(500);
    expect(final.requests.at(-1)?.status).toBe('NOT_EXECUTED');
    // Only a request already under way when the world was replaced may reach the new one.
    expect(await enabledCount()).toBeLessThanOrEqual(1);

    const again = await postBatch(sandbox(), [enable(1)], '?deduplicationKey=k');
    expect(again).not.toBe(ticket);
    await waitForBatch(sandbox(), again);
    expect((await ecomJson(sandbox(), '/categories/1')).body.enabled).toBe(true);
  });

  it('forgets a ticket and its deduplication key an hour after the batch was posted, on a clock tests move', async () => {
    const create = [{ path: '/categories', method: 'POST', body: { name: 'Une heure' } }];
    const first = await postBatch(sandbox(), create, '?deduplicationKey=hour');
    await waitForBatch(sandbox(), first);
    const advance = (advanceMs: unknown) =>
      control(sandbox(), '/clock', { method: 'POST', body: JSON.stringify({ advanceMs }) });
    expect((await advance(59 * 60_000)).status).toBe(200);
    expect(await postBatch(sandbox(), create, '?deduplicationKey=hour')).toBe(first);
    expect((await batchStatus(sandbox(), first)).status).toBe('COMPLETED');

    expect((await advance(2 * 60_000)).status).toBe(200);
    expectEcwidError(await ecomJson(sandbox(), `/batch?ticket=${first}`), 404, /not found/);
    const again = await postBatch(sandbox(), create, '?deduplicationKey=hour');
    expect(again).not.toBe(first);
    await waitForBatch(sandbox(), again);
    expect((await ecomJson(sandbox(), '/categories?keyword=Une heure')).body.total).toBe(2);

    // The clock never goes back, and says so.
    expect((await advance(-1)).status).toBe(400);
    expect((await advance('soon')).status).toBe(400);
  });

  it('refuses 501 requests, an empty batch and malformed requests with 400', async () => {
    const post = (body: unknown) => ecomJson(sandbox(), '/batch', { method: 'POST', body: JSON.stringify(body) });
    const tooMany = Array.from({ length: 501 }, () => ({ path: '/categories', method: 'GET' }));
    expectEcwidError(await post(tooMany), 400, /500/);
    expectEcwidError(await post([]), 400);
    expectEcwidError(await post([{ path: 'categories/1', method: 'GET' }]), 400, /path/);
    expectEcwidError(await post([{ path: '/categories/1', method: 'PATCH' }]), 400, /method/);
    expectEcwidError(await post({ path: '/categories/1', method: 'GET' }), 400);
    expectEcwidError(await post([{ path: '/batch?ticket=x', method: 'GET' }]), 400, /batch/);
    const notJson = await ecomJson(sandbox(), '/batch', {
      method: 'POST',
      body: '[]',
      headers: { 'Content-Type': 'text/plain' },
    });
    expectEcwidError(notJson, 415);
  });

  it('answers 404 for an unknown ticket and 400 without one', async () => {
    expectEcwidError(await ecomJson(sandbox(), '/batch?ticket=00000000-0000-0000-0000-000000000000'), 404);
    expectEcwidError(await ecomJson(sandbox(), '/batch'), 400, /ticket/);
  });
});
