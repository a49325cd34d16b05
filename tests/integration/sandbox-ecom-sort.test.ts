import { describe, expect, it } from 'vitest';

import { ecomJson, ecomState, expectEcwidError, writeJson } from './support/ecom-state.ts';
import { sandboxPerFile } from './support/sandbox.ts';

/** Top level: 30 (orderBy 10), 10 (orderBy 20), 20 (orderBy 20: tie broken by id); 10 has children 11, 12. */
const state = ecomState({
  categories: [
    { id: 10, name: 'Pantalons', enabled: true, orderBy: 20 },
    { id: 20, name: 'Chaussures', enabled: false, orderBy: 20 },
    { id: 30, name: 'Vestes', enabled: true, orderBy: 10 },
    { id: 11, parentId: 10, name: 'Jeans', enabled: true, orderBy: 20 },
    { id: 12, parentId: 10, name: 'Chinos', enabled: true, orderBy: 10 },
  ],
});

const sandbox = sandboxPerFile({ state });

describe('GET /categories/sort', () => {
  it('gives the children of a parent by orderBy then id, disabled ones included', async () => {
    expect((await ecomJson(sandbox(), '/categories/sort?parentCategory=0')).body).toEqual({ sortedIds: [30, 10, 20] });
    expect((await ecomJson(sandbox(), '/categories/sort')).body).toEqual({ sortedIds: [30, 10, 20] });
    expect((await ecomJson(sandbox(), '/categories/sort?parentCategory=10')).body).toEqual({ sortedIds: [12, 11] });
    expect((await ecomJson(sandbox(), '/categories/sort?parentCategory=11')).body).toEqual({ sortedIds: [] });
    expectEcwidError(await ecomJson(sandbox(), '/categories/sort?parentCategory=99'), 404);
  });
});

describe('PUT /categories/sort', () => {
  it('sets orderBy 10, 20, 30… in the given order', async () => {
    const path = '/categories/sort?parentCategory=0';
    const answer = await ecomJson(sandbox(), path, writeJson('PUT', { sortedIds: [20, 30, 10] }));
    expect(answer.status).toBe(200);
    expect((await ecomJson(sandbox(), '/categories/sort?parentCategory=0')).body).toEqual({ sortedIds: [20, 30, 10] });
    const { body } = await ecomJson(sandbox(), '/categories?hidden_categories=true&parent=0');
    const orderBy = Object.fromEntries(body.items.map((item: any) => [item.id, item.orderBy]));
    expect(orderBy).toEqual({ 20: 10, 30: 20, 10: 30 });
    // Other parents' children are untouched.
    expect((await ecomJson(sandbox(), '/categories/12')).body.orderBy).toBe(10);
    expect((await ecomJson(sandbox(), '/categories/11')).body.orderBy).toBe(20);
  });

  it('refuses an order that is not exactly the set of children, naming the difference', async () => {
    const put = (sortedIds: unknown) =>
      ecomJson(sandbox(), '/categories/sort?parentCategory=0', writeJson('PUT', { sortedIds }));
    expectEcwidError(await put([30, 10]), 400, /missing: 20/);
    expectEcwidError(await put([30, 10, 20, 11]), 400, /not children of 0: 11/);
    expectEcwidError(await put([30, 10, 20, 30]), 400, /repeated: 30/);
    expectEcwidError(await put('30,10,20'), 400, /sortedIds/);
    // Nothing changed.
    expect((await ecomJson(sandbox(), '/categories/sort?parentCategory=0')).body).toEqual({ sortedIds: [30, 10, 20] });
  });

  it('is a write: the public token gets 403', async () => {
    const answer = await ecomJson(
      sandbox(),
      '/categories/sort?parentCategory=0',
      writeJson('PUT', { sortedIds: [20, 30, 10] }, sandbox().connection.ecomReadOnlyToken),
    );
    expectEcwidError(answer, 403);
  });
});
