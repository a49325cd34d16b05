import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { ecomJson, ecomState, expectEcwidError, writeJson } from './support/ecom-state.ts';
import { control, startTestSandbox } from './support/sandbox.ts';

const state = ecomState({
  categories: [
    { id: 1, name: 'Vêtements', enabled: true },
    { id: 2, parentId: 1, name: 'Vestes', enabled: false },
  ],
  products: [
    { id: 10, name: 'Veste en lin', enabled: true, categoryIds: [1, 2] },
    { id: 11, name: 'Veste en laine', enabled: false, categoryIds: [1] },
  ],
});

let sandbox: Sandbox;
let publicToken: string;
beforeAll(async () => {
  sandbox = await startTestSandbox({ state });
  publicToken = sandbox.connection.ecomReadOnlyToken;
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
});

describe('the public token', () => {
  it('reads enabled categories only, even with hidden_categories=true', async () => {
    const path = '/categories?hidden_categories=true&productIds=true';
    const { body } = await ecomJson(sandbox, path, { token: publicToken });
    expect(body.items.map((item: any) => item.id)).toEqual([1]);
    expect(body.items[0].productIds).toEqual([10]);
    expectEcwidError(await ecomJson(sandbox, '/categories/2', { token: publicToken }), 404);
    const sort = await ecomJson(sandbox, '/categories/sort?parentCategory=1', { token: publicToken });
    expect(sort.body.sortedIds).toEqual([]);
  });

  it('reads enabled products only, whatever `enabled` asks', async () => {
    const all = await ecomJson(sandbox, '/products', { token: publicToken });
    expect(all.body.items.map((item: any) => item.id)).toEqual([10]);
    const disabled = await ecomJson(sandbox, '/products?enabled=false', { token: publicToken });
    expect(disabled.body.items.map((item: any) => item.id)).toEqual([10]);
    expectEcwidError(await ecomJson(sandbox, '/products/11', { token: publicToken }), 404);
  });

  it('gets 403 on every write and changes nothing', async () => {
    const writes: Array<[string, ReturnType<typeof writeJson>]> = [
      ['/categories', writeJson('POST', { name: 'X' }, publicToken)],
      ['/categories/1', writeJson('PUT', { enabled: false }, publicToken)],
      ['/categories/1', writeJson('DELETE', undefined, publicToken)],
      ['/categories/1/assignProducts', writeJson('POST', { productIds: [11] }, publicToken)],
      ['/categories/1/unassignProducts', writeJson('POST', { productIds: [10] }, publicToken)],
      ['/categories/1/image?externalUrl=https%3A%2F%2Fimg.example.com', writeJson('POST', undefined, publicToken)],
      ['/categories/1/image', writeJson('DELETE', undefined, publicToken)],
      ['/products', writeJson('POST', { name: 'X' }, publicToken)],
      ['/products/10', writeJson('PUT', { enabled: false }, publicToken)],
    ];
    for (const [path, init] of writes) {
      expectEcwidError(await ecomJson(sandbox, path, init), 403);
    }
    const after = await ecomJson(sandbox, '/categories?hidden_categories=true&productIds=true');
    expect(after.body.items).toMatchObject([
      { id: 1, enabled: true, productIds: [10, 11] },
      { id: 2, enabled: false, productIds: [10] },
    ]);
    expect((await ecomJson(sandbox, '/products/10')).body.enabled).toBe(true);
  });
});

describe('tokens and stores', () => {
  it('answers 401 for an unknown token and for none', async () => {
    expectEcwidError(await ecomJson(sandbox, '/categories', { token: 'secret_not_this_one' }), 401);
    const none = await fetch(`${sandbox.connection.ecomApi}/1234/categories`);
    expectEcwidError({ status: none.status, body: await none.json() }, 401);
  });

  it('accepts the token as a ?token= query parameter, as Ecwid does', async () => {
    const response = await fetch(`${sandbox.connection.ecomApi}/1234/categories?token=${sandbox.connection.ecomToken}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).total).toBe(1);
  });

  it('answers 404 in Ecwid shape for another store id', async () => {
    const response = await fetch(`${sandbox.connection.ecomApi}/9999/categories`, {
      headers: { Authorization: `Bearer ${sandbox.connection.ecomToken}` },
    });
    expectEcwidError({ status: response.status, body: await response.json() }, 404);
  });

  it('blocks a bad token after 20 calls a minute', async () => {
    const bad = { token: 'secret_guessing' };
    for (let i = 0; i < 20; i++) expect((await ecomJson(sandbox, '/categories', bad)).status).toBe(401);
    const blocked = await ecomJson(sandbox, '/categories', bad);
    expectEcwidError(blocked, 429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });
});

describe('malformed writes', () => {
  it('answers 415 for a body that is not declared as JSON', async () => {
    const answer = await ecomJson(sandbox, '/categories', {
      method: 'POST',
      body: 'name=Vestes',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expectEcwidError(answer, 415);
  });

  it('answers 400 for a body that is not valid JSON or not the right shape', async () => {
    expectEcwidError(await ecomJson(sandbox, '/categories/1', { method: 'PUT', body: '{"enabled": tru' }), 400, /JSON/);
    expectEcwidError(await ecomJson(sandbox, '/categories/1', writeJson('PUT', { parentId: 'one' })), 400, /parentId/);
    expectEcwidError(await ecomJson(sandbox, '/categories/1', writeJson('PUT', [1, 2])), 400);
  });

  it('answers 404 in Ecwid shape for an endpoint that does not exist', async () => {
    expectEcwidError(await ecomJson(sandbox, '/orders-of-the-moon'), 404);
  });
});
