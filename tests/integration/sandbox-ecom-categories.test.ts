import { describe, expect, it } from 'vitest';

import { ecomJson, ecomState, expectEcwidError, writeJson } from './support/ecom-state.ts';
import { control, sandboxPerFile } from './support/sandbox.ts';

/**
 * Categories: 1 Vêtements (enabled) > 2 Vestes (disabled, LIGHTSPEED), 3 Pantalons (enabled, LIGHTSPEED);
 * 4 Soldes (enabled, online-only) > 5 Hiver (disabled). Listed out of id order on purpose.
 */
const state = ecomState({
  categories: [
    { id: 4, name: 'Soldes', enabled: true, orderBy: 20 },
    { id: 2, parentId: 1, name: 'Vestes', enabled: false, orderBy: 10, origin: 'LIGHTSPEED', externalReferenceId: '1' },
    { id: 1, name: 'Vêtements', enabled: true, orderBy: 10, imageUrl: 'https://img.example.com/v.jpg' },
    { id: 3, parentId: 1, name: 'Pantalons', enabled: true, orderBy: 20, origin: 'LIGHTSPEED', externalReferenceId: 2 },
    { id: 5, parentId: 4, name: 'Hiver', enabled: false, orderBy: 10 },
  ],
  products: [
    { id: 101, name: 'Veste en lin', enabled: true, categoryIds: [2, 4] },
    { id: 102, name: 'Veste en laine', enabled: false, categoryIds: [2] },
    { id: 103, name: 'Pantalon', enabled: true, categoryIds: [3] },
    { id: 104, name: 'Ceinture', enabled: true, categoryIds: [] },
  ],
});

const sandbox = sandboxPerFile({ state });

const ids = (items: Array<{ id: number }>) => items.map((item) => item.id);

describe('GET /categories', () => {
  it('hides disabled categories unless hidden_categories=true', async () => {
    const byDefault = await ecomJson(sandbox(), '/categories');
    expect(byDefault.status).toBe(200);
    expect(ids(byDefault.body.items)).toEqual([1, 3, 4]);
    expect(byDefault.body.total).toBe(3);

    const all = await ecomJson(sandbox(), '/categories?hidden_categories=true');
    expect(ids(all.body.items)).toEqual([1, 2, 3, 4, 5]);
    expect(all.body).toMatchObject({ total: 5, count: 5, offset: 0, limit: 100 });

    const explicitFalse = await ecomJson(sandbox(), '/categories?hidden_categories=false');
    expect(ids(explicitFalse.body.items)).toEqual([1, 3, 4]);
  });

  it('lists by id, not by orderBy, and gives each category its Ecwid fields', async () => {
    const { body } = await ecomJson(sandbox(), '/categories?hidden_categories=true');
    const [vetements, vestes, , soldes] = body.items;
    expect(vetements).toMatchObject({
      id: 1,
      orderBy: 10,
      name: 'Vêtements',
      nameTranslated: { en: 'Vêtements' },
      enabled: true,
      imageUrl: 'https://img.example.com/v.jpg',
      thumbnailUrl: 'https://img.example.com/v.jpg',
      originalImageUrl: 'https://img.example.com/v.jpg',
      url: `${sandbox().origin}/store/1234/shop#!/c/1`,
    });
    // Ecwid omits what has no value: parentId at top level, origin and externalReferenceId when null, images.
    expect(vetements).not.toHaveProperty('parentId');
    expect(vetements).not.toHaveProperty('origin');
    expect(vetements).not.toHaveProperty('externalReferenceId');
    expect(vetements).not.toHaveProperty('productIds');
    expect(vestes).toMatchObject({ parentId: 1, origin: 'LIGHTSPEED', externalReferenceId: '1', enabled: false });
    expect(soldes).not.toHaveProperty('imageUrl');
    expect(soldes).not.toHaveProperty('originalImageUrl');
  });

  it('computes productCount and enabledProductCount, and gives productIds only when asked', async () => {
    const { body } = await ecomJson(sandbox(), '/categories?hidden_categories=true&productIds=true');
    const byId = new Map<number, any>(body.items.map((item: any) => [item.id, item]));
    expect(byId.get(2)).toMatchObject({ productIds: [101, 102], productCount: 2, enabledProductCount: 1 });
    expect(byId.get(3)).toMatchObject({ productIds: [103], productCount: 1, enabledProductCount: 1 });
    expect(byId.get(4)).toMatchObject({ productIds: [101], productCount: 1, enabledProductCount: 1 });
    // Only products in the category itself count, not those of its subcategories.
    expect(byId.get(1)).toMatchObject({ productIds: [], productCount: 0, enabledProductCount: 0 });
  });

  it('filters by parent (0 = top level), parentIds, withSubcategories and keyword', async () => {
    const list = async (query: string) =>
      ids((await ecomJson(sandbox(), `/categories?hidden_categories=true&${query}`)).body.items);
    expect(await list('parent=0')).toEqual([1, 4]);
    expect(await list('parent=1')).toEqual([2, 3]);
    expect(await list('parentIds=1,4')).toEqual([2, 3, 5]);
    expect(await list('parent=0&withSubcategories=true')).toEqual([1, 2, 3, 4, 5]);
    expect(await list('parent=4&withSubcategories=true')).toEqual([5]);
    expect(await list('keyword=VEST')).toEqual([2]);
    expect(await list('keyword=ê')).toEqual([1]);
  });

  it('applies nested responseFields to the answer', async () => {
    const { body } = await ecomJson(sandbox(), '/categories?responseFields=total,items(id,name,nameTranslated(en))');
    expect(body).toEqual({
      total: 3,
      items: [
        { id: 1, name: 'Vêtements', nameTranslated: { en: 'Vêtements' } },
        { id: 3, name: 'Pantalons', nameTranslated: { en: 'Pantalons' } },
        { id: 4, name: 'Soldes', nameTranslated: { en: 'Soldes' } },
      ],
    });
    const one = await ecomJson(sandbox(), '/categories/3?responseFields=id,enabled');
    expect(one.body).toEqual({ id: 3, enabled: true });
  });

  it('refuses malformed parameters with 400 in Ecwid shape', async () => {
    expectEcwidError(await ecomJson(sandbox(), '/categories?responseFields=items(id'), 400, /responseFields/);
    expectEcwidError(await ecomJson(sandbox(), '/categories?limit=ten'), 400, /limit/);
    expectEcwidError(await ecomJson(sandbox(), '/categories?hidden_categories=yes'), 400, /hidden_categories/);
  });
});

describe('paging over 250 categories', () => {
  const many = ecomState({
    categories: Array.from({ length: 250 }, (_, i) => ({
      // Listed in reverse to prove the answer is ordered by id.
      id: 1000 - i,
      name: `Catégorie ${1000 - i}`,
      enabled: i % 2 === 0,
    })),
  });

  it('pages with offset and limit, total counting every match', async () => {
    await control(sandbox(), '/state', { method: 'PUT', body: JSON.stringify(many) });
    const seen: number[] = [];
    for (const offset of [0, 100, 200]) {
      const { body } = await ecomJson(sandbox(), `/categories?hidden_categories=true&offset=${offset}`);
      expect(body.total).toBe(250);
      expect(body.offset).toBe(offset);
      expect(body.limit).toBe(100);
      expect(body.count).toBe(offset === 200 ? 50 : 100);
      expect(body.items).toHaveLength(body.count);
      seen.push(...ids(body.items));
    }
    const expected = Array.from({ length: 250 }, (_, i) => 751 + i);
    expect(seen).toEqual(expected);

    const past = await ecomJson(sandbox(), '/categories?hidden_categories=true&offset=300');
    expect(past.body).toMatchObject({ total: 250, count: 0, items: [] });

    // A limit above 100 is cut to 100, as Ecwid does; a small one is kept.
    const big = await ecomJson(sandbox(), '/categories?hidden_categories=true&limit=500');
    expect(big.body).toMatchObject({ limit: 100, count: 100 });
    const small = await ecomJson(sandbox(), '/categories?offset=10&limit=7');
    expect(small.body).toMatchObject({ total: 125, count: 7, offset: 10, limit: 7 });
    expect(small.body.items.every((item: any) => item.enabled)).toBe(true);
  });
});

describe('GET /categories/{id}', () => {
  it('gives one category, disabled ones included, and 404 for an unknown id', async () => {
    const vestes = await ecomJson(sandbox(), '/categories/2?productIds=true');
    expect(vestes.status).toBe(200);
    expect(vestes.body).toMatchObject({ id: 2, name: 'Vestes', enabled: false, productIds: [101, 102] });
    expectEcwidError(await ecomJson(sandbox(), '/categories/999'), 404);
  });
});

describe('POST /categories', () => {
  it('creates an enabled category after its siblings, with no origin even if the body claims one', async () => {
    const created = await ecomJson(
      sandbox(),
      '/categories',
      writeJson('POST', { name: 'Chaussures', parentId: 1, origin: 'LIGHTSPEED', externalReferenceId: 'r-77', id: 3 }),
    );
    expect(created.status).toBe(200);
    expect(Object.keys(created.body)).toEqual(['id']);
    const id = created.body.id;
    expect(id).toBeGreaterThan(5);
    const { body } = await ecomJson(sandbox(), `/categories/${id}`);
    expect(body).toMatchObject({ id, parentId: 1, name: 'Chaussures', enabled: true, orderBy: 30 });
    expect(body.externalReferenceId).toBe('r-77');
    expect(body).not.toHaveProperty('origin');
  });

  it('keeps enabled: false and productIds when given', async () => {
    const { body: created } = await ecomJson(
      sandbox(),
      '/categories',
      writeJson('POST', { name: 'Nouveautés', enabled: false, productIds: [103, 104] }),
    );
    const { body } = await ecomJson(sandbox(), `/categories/${created.id}?productIds=true`);
    expect(body).toMatchObject({ enabled: false, orderBy: 30, productIds: [103, 104] });
    const product = await ecomJson(sandbox(), '/products/104');
    expect(product.body.categoryIds).toEqual([created.id]);
  });

  it('refuses a body without a name, a missing parent and an unknown product with 400', async () => {
    expectEcwidError(await ecomJson(sandbox(), '/categories', writeJson('POST', { enabled: true })), 400, /name/);
    expectEcwidError(
      await ecomJson(sandbox(), '/categories', writeJson('POST', { name: 'X', parentId: 77 })),
      400,
      /77/,
    );
    expectEcwidError(
      await ecomJson(sandbox(), '/categories', writeJson('POST', { name: 'X', productIds: [555] })),
      400,
      /555/,
    );
    const wrongType = await ecomJson(sandbox(), '/categories', writeJson('POST', { name: 'X', enabled: 'yes' }));
    expectEcwidError(wrongType, 400, /enabled/);
    const all = await ecomJson(sandbox(), '/categories?hidden_categories=true');
    expect(all.body.total).toBe(5);
  });
});

describe('PUT /categories/{id}', () => {
  it('writes the given fields, ignores read-only ones, and answers updateCount 1', async () => {
    const answer = await ecomJson(
      sandbox(),
      '/categories/2',
      writeJson('PUT', {
        enabled: true,
        description: '<p>Pour la mi-saison</p>',
        seoTitle: 'Vestes',
        customSlug: 'vestes',
        origin: null,
        productCount: 99,
        id: 42,
      }),
    );
    expect(answer).toMatchObject({ status: 200, body: { updateCount: 1 } });
    const { body } = await ecomJson(sandbox(), '/categories/2');
    expect(body).toMatchObject({
      id: 2,
      enabled: true,
      description: '<p>Pour la mi-saison</p>',
      seoTitle: 'Vestes',
      customSlug: 'vestes',
      origin: 'LIGHTSPEED',
      productCount: 2,
      name: 'Vestes',
    });
  });

  it('replaces membership with productIds', async () => {
    await ecomJson(sandbox(), '/categories/2', writeJson('PUT', { productIds: [102, 103] }));
    const { body } = await ecomJson(sandbox(), '/categories/2?productIds=true');
    expect(body.productIds).toEqual([102, 103]);
    expect((await ecomJson(sandbox(), '/products/101')).body.categoryIds).toEqual([4]);
    expect((await ecomJson(sandbox(), '/products/103')).body.categoryIds).toEqual([3, 2]);
  });

  it('moves a category, and refuses a missing parent or a loop with 400', async () => {
    await ecomJson(sandbox(), '/categories/5', writeJson('PUT', { parentId: 1 }));
    expect((await ecomJson(sandbox(), '/categories/5')).body.parentId).toBe(1);
    expectEcwidError(
      await ecomJson(sandbox(), '/categories/1', writeJson('PUT', { parentId: 2 })),
      400,
      /inside itself/,
    );
    expectEcwidError(await ecomJson(sandbox(), '/categories/1', writeJson('PUT', { parentId: 1 })), 400);
    expectEcwidError(await ecomJson(sandbox(), '/categories/1', writeJson('PUT', { parentId: 404 })), 400, /404/);
    expect((await ecomJson(sandbox(), '/categories/1')).body).not.toHaveProperty('parentId');
    expectEcwidError(await ecomJson(sandbox(), '/categories/999', writeJson('PUT', { name: 'X' })), 404);
  });
});

describe('DELETE /categories/{id}', () => {
  it('refuses to delete a category that came from Lightspeed', async () => {
    const refused = await ecomJson(sandbox(), '/categories/3', writeJson('DELETE'));
    expectEcwidError(refused, 403, /LIGHTSPEED/);
    expect((await ecomJson(sandbox(), '/categories/3')).status).toBe(200);
  });

  it('deletes an online-only category, moves its subcategories up and drops its memberships', async () => {
    const answer = await ecomJson(sandbox(), '/categories/4', writeJson('DELETE'));
    expect(answer).toMatchObject({ status: 200, body: { deleteCount: 1 } });
    expectEcwidError(await ecomJson(sandbox(), '/categories/4'), 404);
    const hiver = await ecomJson(sandbox(), '/categories/5');
    expect(hiver.body).not.toHaveProperty('parentId');
    const product = await ecomJson(sandbox(), '/products/101');
    expect(product.body.categoryIds).toEqual([2]);
    expect(product.body.defaultCategoryId).toBe(2);
  });
});
