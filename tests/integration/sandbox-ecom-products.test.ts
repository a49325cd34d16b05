import { describe, expect, it } from 'vitest';

import { ecomJson, ecomState, expectEcwidError, writeJson } from './support/ecom-state.ts';
import { sandboxPerFile } from './support/sandbox.ts';

const state = ecomState({
  categories: [
    { id: 1, name: 'Vêtements', enabled: true },
    { id: 2, parentId: 1, name: 'Vestes', enabled: false },
    { id: 3, name: 'Soldes', enabled: true },
  ],
  products: [
    {
      id: 14,
      name: 'Veste en lin',
      sku: 'VL-01',
      enabled: true,
      categoryIds: [2, 3],
      externalReferenceId: 9001,
      updated: '2026-03-01T00:00:00.000Z',
    },
    { id: 12, name: 'Veste en laine', sku: 'VW-01', enabled: false, categoryIds: [2], updated: '2026-02-01T00:00:00Z' },
    { id: 13, name: 'Pull', sku: 'PU-01', enabled: true, categoryIds: [1], updated: '2026-01-15T00:00:00.000Z' },
    { id: 11, name: 'Ceinture', sku: 'CE-01', enabled: true, categoryIds: [], updated: '2026-03-05T00:00:00.000Z' },
    { id: 15, name: 'Foulard', sku: 'FO-01', enabled: false, categoryIds: [], updated: '2026-03-06T00:00:00.000Z' },
  ],
});

const sandbox = sandboxPerFile({ state });

const list = async (query = '') => {
  const { status, body } = await ecomJson(sandbox(), `/products${query}`);
  expect(status).toBe(200);
  return body.items.map((item: any) => item.id) as number[];
};

describe('GET /products', () => {
  it('lists every product by id with the search envelope', async () => {
    const { body } = await ecomJson(sandbox(), '/products');
    expect(body).toMatchObject({ total: 5, count: 5, offset: 0, limit: 100 });
    expect(body.items.map((item: any) => item.id)).toEqual([11, 12, 13, 14, 15]);
    expect(body.items[3]).toMatchObject({
      id: 14,
      sku: 'VL-01',
      name: 'Veste en lin',
      enabled: true,
      categoryIds: [2, 3],
      defaultCategoryId: 2,
      categories: [
        { id: 2, enabled: false },
        { id: 3, enabled: true },
      ],
      externalReferenceId: '9001',
      url: `${sandbox().origin}/store/1234/shop#!/p/14`,
      updated: '2026-03-01T00:00:00.000Z',
    });
    expect(body.items[0]).not.toHaveProperty('externalReferenceId');
    expect(body.items[0]).toMatchObject({ categoryIds: [], defaultCategoryId: 0, categories: [] });
  });

  it('filters by category; category=0 gives the Store front page (products in no category)', async () => {
    expect(await list('?category=2')).toEqual([12, 14]);
    expect(await list('?category=1')).toEqual([13]);
    expect(await list('?category=1&withSubcategories=true')).toEqual([12, 13, 14]);
    expect(await list('?category=0')).toEqual([11, 15]);
    expect(await list('?category=0&enabled=true')).toEqual([11]);
    expect(await list('?category=404')).toEqual([]);
  });

  it('filters by enabled, sku, keyword and updatedFrom (ISO or unix seconds)', async () => {
    expect(await list('?enabled=true')).toEqual([11, 13, 14]);
    expect(await list('?enabled=false')).toEqual([12, 15]);
    expect(await list('?sku=VW-01')).toEqual([12]);
    expect(await list('?sku=VW')).toEqual([]);
    expect(await list('?keyword=veste')).toEqual([12, 14]);
    expect(await list('?updatedFrom=2026-03-01T00:00:00Z')).toEqual([11, 14, 15]);
    const seconds = Date.parse('2026-03-05T00:00:00Z') / 1000;
    expect(await list(`?updatedFrom=${seconds}`)).toEqual([11, 15]);
    expectEcwidError(await ecomJson(sandbox(), '/products?updatedFrom=yesterday'), 400, /updatedFrom/);
    expectEcwidError(await ecomJson(sandbox(), '/products?enabled=maybe'), 400, /enabled/);
  });

  it('pages and applies responseFields', async () => {
    const fields = 'total,count,items(id,categories(id))';
    const { body } = await ecomJson(sandbox(), `/products?offset=1&limit=2&responseFields=${fields}`);
    expect(body).toEqual({
      total: 5,
      count: 2,
      items: [
        { id: 12, categories: [{ id: 2 }] },
        { id: 13, categories: [{ id: 1 }] },
      ],
    });
  });

  it('gives one product, and 404 for an unknown one', async () => {
    expect((await ecomJson(sandbox(), '/products/12')).body).toMatchObject({ id: 12, enabled: false });
    expectEcwidError(await ecomJson(sandbox(), '/products/99'), 404);
  });
});

describe('PUT /products/{id}', () => {
  it('writes enabled, categoryIds (replacing) and defaultCategoryId, and moves `updated`', async () => {
    const before = Date.now();
    const answer = await ecomJson(
      sandbox(),
      '/products/14',
      writeJson('PUT', { enabled: false, categoryIds: [1, 3], defaultCategoryId: 3, id: 77 }),
    );
    expect(answer).toMatchObject({ status: 200, body: { updateCount: 1 } });
    const { body } = await ecomJson(sandbox(), '/products/14');
    expect(body).toMatchObject({ id: 14, enabled: false, categoryIds: [1, 3], defaultCategoryId: 3 });
    expect(Date.parse(body.updated)).toBeGreaterThanOrEqual(before - 1000);
    expect(await list('?category=2')).toEqual([12]);
  });

  it('sends a product to the Store front page when its categories are emptied', async () => {
    await ecomJson(sandbox(), '/products/13', writeJson('PUT', { categoryIds: [] }));
    expect((await ecomJson(sandbox(), '/products/13')).body).toMatchObject({ categoryIds: [], defaultCategoryId: 0 });
    expect(await list('?category=0')).toEqual([11, 13, 15]);
  });

  it('refuses an unknown category with 400 and a SKU already in use with 409', async () => {
    expectEcwidError(await ecomJson(sandbox(), '/products/14', writeJson('PUT', { categoryIds: [1, 42] })), 400, /42/);
    expectEcwidError(await ecomJson(sandbox(), '/products/14', writeJson('PUT', { sku: 'PU-01' })), 409, /PU-01/);
    expect((await ecomJson(sandbox(), '/products/14')).body).toMatchObject({ sku: 'VL-01', categoryIds: [2, 3] });
  });
});

describe('POST /products', () => {
  it('creates a product and refuses one without a name', async () => {
    const created = await ecomJson(sandbox(), '/products', writeJson('POST', { name: 'Chapeau', categoryIds: [3] }));
    expect(created.status).toBe(200);
    const { body } = await ecomJson(sandbox(), `/products/${created.body.id}`);
    expect(body).toMatchObject({ name: 'Chapeau', enabled: true, categoryIds: [3], defaultCategoryId: 3 });
    expectEcwidError(await ecomJson(sandbox(), '/products', writeJson('POST', { sku: 'X' })), 400, /name/);
  });
});
