import { afterEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { postBatch } from './support/ecom-batch.ts';
import { ecomJson, ecomState, expectEcwidError } from './support/ecom-state.ts';
import { startTestSandbox } from './support/sandbox.ts';

const state = ecomState({ categories: [{ id: 1, name: 'Vestes', enabled: true }] });

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('the per-token rate limit', () => {
  it('lets 600 calls a minute through by default and answers the 601st with 429 and Retry-After', async () => {
    sandbox = await startTestSandbox({ state });
    const s = sandbox;
    expect(s.context.config.ecomPerMinute).toBe(600);
    for (let wave = 0; wave < 12; wave++) {
      const statuses = await Promise.all(
        Array.from({ length: 50 }, async () => (await ecomJson(s, '/categories?limit=1')).status),
      );
      expect(statuses.every((status) => status === 200)).toBe(true);
    }
    const over = await ecomJson(s, '/categories?limit=1');
    expectEcwidError(over, 429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The limit is per token: the public token still has its own quota.
    expect((await ecomJson(s, '/categories', { token: s.connection.ecomReadOnlyToken })).status).toBe(200);
  });

  it('frees a slot once a minute has passed since the oldest call', async () => {
    sandbox = await startTestSandbox({ state, config: { ecomPerMinute: 5 } });
    const s = sandbox;
    for (let i = 0; i < 5; i++) expect((await ecomJson(s, '/categories')).status).toBe(200);
    const over = await ecomJson(s, '/categories');
    expectEcwidError(over, 429, /5/);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
    // Move the sandbox's clock a minute on instead of waiting one.
    s.context.now = () => new Date(Date.now() + 60_000);
    expect((await ecomJson(s, '/categories')).status).toBe(200);
  });

  it('counts a batch as one call, whatever it holds', async () => {
    sandbox = await startTestSandbox({ state, config: { ecomPerMinute: 3 } });
    const reads = Array.from({ length: 20 }, () => ({ path: '/categories/1', method: 'GET' }));
    const ticket = await postBatch(sandbox, reads);
    // The POST spent one call. Polling over HTTP would spend the rest, so poll in-process, which is not counted.
    const s = sandbox;
    let final: any;
    for (;;) {
      const response = await s.app.request(`/api/v3/1234/batch?ticket=${ticket}`, {
        headers: { Authorization: `Bearer ${s.connection.ecomToken}` },
      });
      final = await response.json();
      if (final.status === 'COMPLETED') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(final.requests.map((r: any) => r.httpStatusCode)).toEqual(Array.from({ length: 20 }, () => 200));
    expect((await ecomJson(s, '/categories')).status).toBe(200);
    expect((await ecomJson(s, '/categories')).status).toBe(200);
    expectEcwidError(await ecomJson(s, '/categories'), 429);
  });
});
