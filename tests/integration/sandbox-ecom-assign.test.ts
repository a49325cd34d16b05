import { describe, expect, it } from 'vitest';

import { ecomJson, ecomState, expectEcwidError, writeJson } from './support/ecom-state.ts';
import { sandboxPerFile } from './support/sandbox.ts';

/** 2100 products, so the 2000-id limit can be reached with real ids. Product 1 is in category 7 already. */
const PRODUCTS = 2100;
const state = ecomState({
  categories: [
    { id: 7, name: 'Vestes', enabled: true },
    { id: 8, name: 'Soldes', enabled: true },
  ],
  products: Array.from({ length: PRODUCTS }, (_, i) => ({
    id: i + 1,
    name: `Produit ${i + 1}`,
    enabled: true,
    categoryIds: i === 0 ? [7] : [],
  })),
});

const sandbox = sandboxPerFile({ state });

/** POSTs `{productIds}` to /categories/{id}/assignProducts or /unassignProducts. */
const change = (categoryId: number, action: 'assignProducts' | 'unassignProducts', productIds: unknown) =>
  ecomJson(sandbox(), `/categories/${categoryId}/${action}`, writeJson('POST', { productIds }));

const productIdsOf = async (categoryId: number) =>
  (await ecomJson(sandbox(), `/categories/${categoryId}?productIds=true`)).body.productIds as number[];

describe('assignProducts / unassignProducts', () => {
  it('adds products to a category without touching the others already in it', async () => {
    const answer = await change(7, 'assignProducts', [2, 3, 1]);
    expect(answer).toMatchObject({ status: 200, body: { updateCount: 2 } });
    expect(await productIdsOf(7)).toEqual([1, 2, 3]);
    const product = (await ecomJson(sandbox(), '/products/2')).body;
    expect(product).toMatchObject({ categoryIds: [7], defaultCategoryId: 7 });
  });

  it('removes products from a category only', async () => {
    await change(8, 'assignProducts', [1, 2]);
    const answer = await change(7, 'unassignProducts', [1]);
    expect(answer).toMatchObject({ status: 200, body: { updateCount: 1 } });
    expect(await productIdsOf(7)).toEqual([]);
    expect(await productIdsOf(8)).toEqual([1, 2]);
    expect((await ecomJson(sandbox(), '/products/1')).body).toMatchObject({ categoryIds: [8], defaultCategoryId: 8 });
  });

  it('takes 2000 ids in one call and refuses 2001', async () => {
    const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
    const ok = await change(8, 'assignProducts', ids(2000));
    expect(ok).toMatchObject({ status: 200, body: { updateCount: 2000 } });
    expect((await ecomJson(sandbox(), '/categories/8')).body.productCount).toBe(2000);

    const tooMany = await change(7, 'assignProducts', ids(2001));
    expectEcwidError(tooMany, 400, /2000/);
    expect(await productIdsOf(7)).toEqual([1]);
    const tooManyOut = await change(8, 'unassignProducts', ids(2001));
    expectEcwidError(tooManyOut, 400, /2000/);
  });

  it('refuses an unknown product, naming it, and changes nothing', async () => {
    const answer = await change(7, 'assignProducts', [2, 99999]);
    expectEcwidError(answer, 400, /99999/);
    expect(await productIdsOf(7)).toEqual([1]);
  });

  it('answers 404 for an unknown category and 400 for a body without productIds', async () => {
    expectEcwidError(await change(77, 'assignProducts', [1]), 404);
    const wrongBody = await ecomJson(sandbox(), '/categories/7/assignProducts', writeJson('POST', { ids: [1] }));
    expectEcwidError(wrongBody, 400, /productIds/);
  });
});

describe('category image', () => {
  it('sets the image from an external URL and clears it', async () => {
    const url = 'https://img.example.com/vestes.jpg';
    const path = `/categories/7/image?externalUrl=${encodeURIComponent(url)}`;
    const set = await ecomJson(sandbox(), path, { method: 'POST' });
    expect(set).toMatchObject({ status: 200, body: { updateCount: 1 } });
    expect((await ecomJson(sandbox(), '/categories/7')).body).toMatchObject({ imageUrl: url, originalImageUrl: url });

    const cleared = await ecomJson(sandbox(), '/categories/7/image', { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect((await ecomJson(sandbox(), '/categories/7')).body).not.toHaveProperty('imageUrl');

    expectEcwidError(await ecomJson(sandbox(), '/categories/7/image?externalUrl=not-a-url', { method: 'POST' }), 400);
  });
});
