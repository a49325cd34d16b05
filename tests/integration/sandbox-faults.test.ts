import { request as httpRequest } from 'node:http';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, ecomFetch, retailFetch, startTestSandbox } from './support/sandbox.ts';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control(sandbox, '/faults', { method: 'DELETE' });
});

const setFaults = async (rules: unknown) => {
  const response = await control(sandbox, '/faults', { method: 'PUT', body: JSON.stringify(rules) });
  expect(response.status).toBe(200);
};

describe('faults on demand', () => {
  it('answers with a status, in the eCom API’s own error shape, for the next N requests only', async () => {
    await setFaults([{ match: 'GET /api/v3/\\d+/categories$', status: 503, times: 2, retryAfter: 7 }]);
    const first = await ecomFetch(sandbox, '/categories');
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(await first.json()).toMatchObject({ errorMessage: expect.any(String), errorCode: expect.any(String) });
    expect((await ecomFetch(sandbox, '/categories')).status).toBe(503);
    expect((await ecomFetch(sandbox, '/categories')).status).toBe(200);
  });

  it('answers Retail requests in the R-Series error shape', async () => {
    await setFaults([{ match: 'GET /Category\\.json', status: 500, times: 1 }]);
    const response = await retailFetch(sandbox, '/Category.json');
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ httpCode: '500', message: expect.any(String) });
  });

  it('matches the method: a GET rule leaves PUTs alone', async () => {
    await setFaults([{ match: 'GET /api/v3/', status: 500 }]);
    const put = await ecomFetch(sandbox, '/products/999999', { method: 'PUT', body: '{}' });
    expect(put.status).toBe(404);
  });

  it('sends broken JSON with the real status', async () => {
    await setFaults([{ match: '* /api/v3/\\d+/products', malformed: true, times: 1 }]);
    const response = await ecomFetch(sandbox, '/products');
    expect(response.status).toBe(200);
    await expect(response.clone().json()).rejects.toThrow();
    expect((await ecomFetch(sandbox, '/products')).status).toBe(200);
  });

  it('delays an answer', async () => {
    await setFaults([{ match: 'GET /api/v3/\\d+/products', delayMs: 300, times: 1 }]);
    const started = Date.now();
    const response = await ecomFetch(sandbox, '/products');
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('cuts the connection without an answer', async () => {
    await setFaults([{ match: 'GET /api/v3/\\d+/categories', drop: true, times: 1 }]);
    await expect(ecomFetch(sandbox, '/categories')).rejects.toThrow();
    expect((await ecomFetch(sandbox, '/categories')).status).toBe(200);
  });

  it('hits about the given fraction of requests, the same way for the same seed', async () => {
    const run = async () => {
      await setFaults({ rules: [{ match: 'GET /api/v3/\\d+/products', status: 500, rate: 0.3 }], seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await ecomFetch(sandbox, '/products?limit=1')).status);
      return statuses;
    };
    const first = await run();
    const failures = first.filter((status) => status === 500).length;
    expect(failures).toBeGreaterThan(6);
    expect(failures).toBeLessThan(36);
    expect(await run()).toEqual(first);
  });

  it('says how often each rule was applied', async () => {
    await setFaults([{ match: 'GET /api/v3/\\d+/categories', status: 500, times: 3 }]);
    await ecomFetch(sandbox, '/categories');
    const { rules } = (await (await control(sandbox, '/faults')).json()) as {
      rules: Array<{ hits: number; remaining: number }>;
    };
    expect(rules[0]).toMatchObject({ hits: 1, remaining: 2 });
  });

  it('holds a request its query matches until released, so a test can act between two pages', async () => {
    await setFaults([{ match: 'GET /api/v3/\\d+/categories$', query: 'offset=[1-9]', hold: true, times: 1 }]);
    expect((await ecomFetch(sandbox, '/categories?offset=0')).status).toBe(200);
    let answered = false;
    const held = ecomFetch(sandbox, '/categories?offset=1').then((response) => {
      answered = true;
      return response;
    });
    const heldNow = async () => ((await (await control(sandbox, '/faults')).json()) as { held: number }).held;
    while ((await heldNow()) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).toBe(false);
    expect(await (await control(sandbox, '/faults/release', { method: 'POST' })).json()).toEqual({ released: 1 });
    expect((await held).status).toBe(200);
  });

  it('refuses a rule that is not well formed, naming what is wrong', async () => {
    const broken = [
      [{ match: 'no-method' }],
      [{ match: 'GET /x', rate: 2 }],
      [{ match: 'GET [', status: 500 }],
      [{ match: 'GET /x', query: '(' }],
    ];
    for (const rules of broken) {
      const response = await control(sandbox, '/faults', { method: 'PUT', body: JSON.stringify(rules) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/fault rule/i);
    }
  });

  it('never touches the sandbox’s own controls', async () => {
    await setFaults([{ match: '* .*', status: 500 }]);
    expect((await control(sandbox, '/state')).status).toBe(200);
    await control(sandbox, '/faults', { method: 'DELETE' });
  });
});

describe('the request log', () => {
  it('records each API call with its status, and can be cleared', async () => {
    await control(sandbox, '/requests', { method: 'DELETE' });
    await ecomFetch(sandbox, '/categories?limit=5');
    await retailFetch(sandbox, '/Category.json', { token: 'wrong' });
    const all = (await (await control(sandbox, '/requests')).json()) as {
      count: number;
      requests: Array<{ method: string; path: string; status: number; api: string; query: string }>;
    };
    expect(all.count).toBe(2);
    expect(all.requests[0]).toMatchObject({ method: 'GET', api: 'ecom', status: 200, query: '?limit=5' });
    expect(all.requests[1]).toMatchObject({ api: 'retail', status: 401 });
    const onlyEcom = (await (await control(sandbox, '/requests?api=ecom')).json()) as { count: number };
    expect(onlyEcom.count).toBe(1);
    await control(sandbox, '/requests', { method: 'DELETE' });
    expect(((await (await control(sandbox, '/requests')).json()) as { count: number }).count).toBe(0);
  });

  it('keeps tokens out of the log', async () => {
    await ecomFetch(sandbox, '/categories');
    const text = await (await control(sandbox, '/requests')).text();
    expect(text).not.toContain(sandbox.connection.ecomToken);
  });
});

describe('the world through the controls', () => {
  it('refuses a state that breaks a rule, naming the record', async () => {
    const broken = [
      [
        {
          retail: { accountID: 1, categories: [{ categoryID: 1, name: 'Vestes', parentID: 9 }] },
          ecom: { storeId: 2 },
        },
        /retail\.categories\[0\].*"Vestes".*parent 9 does not exist/,
      ],
      [
        {
          retail: {
            accountID: 1,
            categories: [
              { categoryID: 1, name: 'A', parentID: 2 },
              { categoryID: 2, name: 'B', parentID: 1 },
            ],
          },
          ecom: { storeId: 2 },
        },
        /loop/,
      ],
      [
        {
          retail: { accountID: 1 },
          ecom: {
            storeId: 2,
            categories: [
              { id: 5, name: 'X' },
              { id: 5, name: 'Y' },
            ],
          },
        },
        /ecom\.categories\[1\].*duplicate id/,
      ],
      [
        { retail: { accountID: 1, items: [{ itemID: 1, description: 'Parka', categoryID: 3 }] }, ecom: { storeId: 2 } },
        /retail\.items\[0\].*"Parka".*category 3 does not exist/,
      ],
      [{ retail: { accountID: 'abc' }, ecom: { storeId: 2 } }, /retail\.accountID/],
    ] as const;
    for (const [state, message] of broken) {
      const response = await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
  });

  it('takes R-Series fields as numbers or strings, and gives the world back', async () => {
    const state = {
      retail: {
        accountID: '7',
        categories: [
          { categoryID: '2', name: 'Pantalons', parentID: '0', leftNode: '3' },
          { categoryID: 1, name: 'Vestes', parentID: 0, leftNode: 1 },
        ],
        items: [{ itemID: '1', description: 'Parka', categoryID: '1', archived: 'false' }],
      },
      ecom: {
        storeId: 77,
        categories: [{ id: 10, name: 'Vestes', externalReferenceId: '1', origin: 'LIGHTSPEED' }],
        products: [],
      },
    };
    expect((await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) })).status).toBe(200);
    const world = (await (await control(sandbox, '/state')).json()) as {
      retail: { accountID: number; categories: Array<{ name: string; leftNode: number; fullPathName: string }> };
    };
    expect(world.retail.accountID).toBe(7);
    expect(world.retail.categories.map((c) => c.name)).toEqual(['Vestes', 'Pantalons']);
    const list = (await (
      await retailFetch(sandbox, `${sandbox.connection.retailApi}/Account/7/Category.json`)
    ).json()) as {
      Category: Array<{ name: string }>;
    };
    expect(list.Category.map((c) => c.name).sort()).toEqual(['Pantalons', 'Vestes']);
  });

  it('goes back to the world it started with on reset', async () => {
    await control(sandbox, '/reset', { method: 'POST' });
    const world = (await (await control(sandbox, '/state')).json()) as { ecom: { storeId: number } };
    expect(String(world.ecom.storeId)).toBe(sandbox.connection.storeId);
  });

  it('gives the connection, as the CLI prints it', async () => {
    expect(await (await control(sandbox, '/connection')).json()).toEqual(sandbox.connection);
  });
});

describe('the raw server', () => {
  it('answers unknown paths with 404 in each API’s shape', async () => {
    const ecom = await ecomFetch(sandbox, '/nothing-here');
    expect(ecom.status).toBe(404);
    expect(await ecom.json()).toHaveProperty('errorMessage');
    const other = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${sandbox.origin}/nowhere`, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(other).toBe(404);
  });
});
