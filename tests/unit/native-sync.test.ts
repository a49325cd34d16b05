import { describe, expect, it } from 'vitest';

import { runNativeSync } from '../../sandbox/native-sync.ts';
import { newProductEnabled, retailDisplayOrder, siblingOrderBy } from '../../sandbox/native-sync/rules.ts';
import { generateState } from '../../sandbox/generate/world.ts';
import { loadWorld } from '../../sandbox/world/state.ts';
import type { EcomProduct, World } from '../../sandbox/world/types.ts';
import {
  articleParts,
  buildWorld,
  category,
  counterpartOf,
  EARLIER,
  ecomChildNames,
  item,
  onlineOnlyCategory,
  product,
  retailCategory,
  SYNC_TIME,
  syncedCategory,
  type WorldParts,
} from './support/sync-worlds.ts';

const sync = (world: World) => runNativeSync(world, SYNC_TIME);

const ECOM_OWNED = ['enabled', 'description', 'imageUrl', 'customSlug', 'seoTitle', 'seoDescription'] as const;

function productOf(world: World, itemID: number): EcomProduct | undefined {
  return [...world.ecom.products.values()].find((p) => p.externalReferenceId === String(itemID));
}

/** Replaces the eCom category `id` of the parts with a changed copy. */
function editEcomCategory(parts: WorldParts, id: number, change: Record<string, unknown>): void {
  parts.ecomCategories = parts.ecomCategories.map((c) => (c.id === id ? { ...c, ...change } : c));
}

function editProduct(parts: WorldParts, id: number, change: Record<string, unknown>): void {
  parts.products = parts.products.map((p) => (p.id === id ? { ...p, ...change } : p));
}

function editItem(parts: WorldParts, itemID: number, change: Record<string, unknown>): void {
  parts.items = parts.items.map((i) => (i.itemID === itemID ? { ...i, ...change } : i));
}

function renameRetail(parts: WorldParts, categoryID: number, name: string): void {
  parts.categories = parts.categories.map((c) => (c.categoryID === categoryID ? { ...c, name } : c));
}

describe('the test fixture', () => {
  it('is the article example fully in sync: a sync changes nothing', () => {
    const world = buildWorld(articleParts());
    const before = structuredClone(world.ecom);
    const report = sync(world);
    expect(report).toMatchObject({ categoriesCreated: [], categoriesUpdated: [], parentsReordered: [] });
    expect(report).toMatchObject({ productsCreated: 0, productsUpdated: 0, productsRemoved: 0 });
    expect(world.ecom).toEqual(before);
  });
});

describe('rules from the article', () => {
  it('S1: Retail categories reach eCom by themselves, and nothing done in eCom flows back to Retail', () => {
    const parts = articleParts();
    parts.categories.push(retailCategory(23, 'Mocassins', 20));
    editEcomCategory(parts, 505, { name: 'Denim', enabled: false, description: '<p>Bleu</p>' });
    const world = buildWorld(parts);
    const retailBefore = structuredClone(world.retail);

    sync(world);

    expect(counterpartOf(world, 23)?.name).toBe('Mocassins');
    expect(category(world, 505).name).toBe('Jeans');
    expect(world.retail).toEqual(retailBefore);
  });

  it('S2: a category that arrives by sync is disabled until the merchant enables it', () => {
    const parts = articleParts();
    parts.categories.push(
      retailCategory(23, 'Mocassins', 20),
      retailCategory(40, 'Accessoires'),
      retailCategory(41, 'Ceintures', 40),
    );
    const world = buildWorld(parts);

    const report = sync(world);

    expect(report.categoriesCreated).toHaveLength(3);
    for (const id of report.categoriesCreated) expect(category(world, id).enabled).toBe(false);
    expect(category(world, 501).enabled).toBe(true);
  });

  it('S3: a synced product with no Retail category shows on the Store front page', () => {
    const parts = articleParts();
    parts.items.push(item(5, 0));
    editItem(parts, 2, { categoryID: 0 }); // taken out of "Jeans" in Retail
    const world = buildWorld(parts);

    sync(world);

    expect(productOf(world, 5)).toMatchObject({ categoryIds: [], defaultCategoryId: 0 });
    expect(productOf(world, 2)).toMatchObject({ categoryIds: [], defaultCategoryId: 0 });
    expect(productOf(world, 4)).toMatchObject({ categoryIds: [], defaultCategoryId: 0 });
  });

  it('S4: a product the merchant disabled stays disabled; a new product arrives enabled (assumption)', () => {
    const parts = articleParts();
    editProduct(parts, 7001, { enabled: false });
    editItem(parts, 1, { description: 'Blouson aviateur' });
    parts.items.push(item(5, 21));
    const world = buildWorld(parts);

    sync(world);

    expect(category(world, 504).enabled).toBe(true);
    expect(world.ecom.products.get(7001)).toMatchObject({ enabled: false, name: 'Blouson aviateur' });
    expect(newProductEnabled()).toBe(true);
    expect(productOf(world, 5)?.enabled).toBe(true);
  });

  it('S5: categories arrive in the display order of Retail: Vestes, Pantalons, Chaussures', () => {
    const world = buildWorld({ categories: articleParts().categories });

    sync(world);

    expect(ecomChildNames(world, 0)).toEqual(['Vestes', 'Pantalons', 'Chaussures']);
    expect(['Vestes', 'Pantalons', 'Chaussures'].map((name) => findByName(world, name).orderBy)).toEqual([10, 20, 30]);
    expect(ecomChildNames(world, findByName(world, 'Chaussures').id)).toEqual(['Baskets', 'Bottes']);
  });

  it('S5: a new order in Retail reorders the synced siblings around online-only ones, which keep their orderBy', () => {
    const parts = articleParts();
    const [vestes, blousons, pantalons, jeans, chaussures, baskets, bottes] = parts.categories;
    parts.categories = [vestes!, blousons!, chaussures!, baskets!, bottes!, pantalons!, jeans!];
    const world = buildWorld(parts);

    const report = sync(world);

    expect([501, 503, 502].map((id) => category(world, id).orderBy)).toEqual([10, 20, 30]);
    expect(category(world, 601).orderBy).toBe(15);
    expect(ecomChildNames(world, 0)).toEqual(['Vestes', 'Idées cadeaux', 'Chaussures', 'Pantalons']);
    expect(report.parentsReordered).toEqual([0]);
  });

  it('S6 (lock): the name, place in the tree and products of a Retail category are changed back to Retail’s', () => {
    const parts = articleParts();
    editEcomCategory(parts, 505, { name: 'Denim', parentId: 501 });
    editProduct(parts, 7003, { categoryIds: [506, 507] }); // the merchant added Baskets' product to "Bottes"
    const world = buildWorld(parts);

    const report = sync(world);

    expect(category(world, 505)).toMatchObject({ name: 'Jeans', parentId: 502 });
    expect(world.ecom.products.get(7003)?.categoryIds).toEqual([506]);
    expect(report.categoriesUpdated).toEqual([505]);
    expect(report.productsUpdated).toBe(1);
  });

  it('S6 (lock): a category moved in Retail moves in eCom, with its subcategories, to its place among its new siblings', () => {
    const parts = articleParts();
    parts.categories = [
      retailCategory(30, 'Vestes'),
      retailCategory(10, 'Pantalons'),
      retailCategory(31, 'Blousons en cuir', 10), // moved, before "Jeans"
      retailCategory(32, 'Perfectos', 31),
      retailCategory(11, 'Jeans', 10),
      retailCategory(20, 'Chaussures'),
      retailCategory(21, 'Baskets', 20),
      retailCategory(22, 'Bottes', 20),
    ];
    const world = buildWorld(parts);

    const report = sync(world);

    expect(category(world, 504)).toMatchObject({ parentId: 502, orderBy: 10 });
    expect(category(world, 505)).toMatchObject({ parentId: 502, orderBy: 20 });
    expect(counterpartOf(world, 32)?.parentId).toBe(504);
    expect(report.categoriesUpdated).toEqual([504]);
    expect(report.parentsReordered).toContain(502);
  });

  it('S7: an image and a description added in eCom survive a sync, even one that renames the category', () => {
    const parts = articleParts();
    editEcomCategory(parts, 501, { description: '<p>Nos vestes</p>', imageUrl: 'https://img.example/vestes.jpg' });
    renameRetail(parts, 30, 'Vestes & manteaux');
    const world = buildWorld(parts);

    sync(world);

    expect(category(world, 501)).toMatchObject({
      name: 'Vestes & manteaux',
      description: '<p>Nos vestes</p>',
      imageUrl: 'https://img.example/vestes.jpg',
    });
  });

  it('S8: a category disabled in eCom stays disabled, and Retail knows nothing of it', () => {
    const parts = articleParts();
    editEcomCategory(parts, 506, { enabled: false });
    renameRetail(parts, 21, 'Sneakers');
    const world = buildWorld(parts);
    const retailBefore = structuredClone(world.retail);

    sync(world);

    expect(category(world, 506)).toMatchObject({ name: 'Sneakers', enabled: false });
    expect(world.retail).toEqual(retailBefore);
  });

  it('S9: online-only categories, with subcategories and products in several categories, are left as they are', () => {
    const parts = articleParts();
    parts.ecomCategories.push(
      onlineOnlyCategory(603, "Soldes d'hiver", { orderBy: 5, description: '<p>-40 %</p>' }),
      onlineOnlyCategory(604, 'Nouveautés', { parentId: 503, orderBy: 40, enabled: false }),
    );
    editProduct(parts, 7001, { categoryIds: [504, 602, 603] });
    editItem(parts, 1, { categoryID: 11 }); // moved from "Blousons en cuir" to "Jeans" in Retail
    parts.categories = parts.categories.map((c) => (c.categoryID === 20 ? { ...c, parentID: 30 } : c));
    const world = buildWorld(parts);
    const onlineOnlyBefore = [601, 602, 603, 604].map((id) => ({ ...category(world, id) }));

    sync(world);

    for (const before of onlineOnlyBefore) expect(category(world, before.id)).toEqual(before);
    expect(world.ecom.products.get(7001)).toMatchObject({ categoryIds: [602, 603, 505], defaultCategoryId: 505 });
    expect(category(world, 503).parentId).toBe(501); // the Retail parent moved; its online-only child did not
  });

  it('S10: Retail categories all disabled and only online-only ones used: the sync keeps it that way', () => {
    const parts = articleParts();
    parts.ecomCategories = parts.ecomCategories.map((c) =>
      c.externalReferenceId === null ? c : { ...c, enabled: false },
    );
    editProduct(parts, 7001, { categoryIds: [504, 602] });
    editProduct(parts, 7004, { categoryIds: [601] });
    parts.categories.push(retailCategory(23, 'Mocassins', 20));
    renameRetail(parts, 11, 'Jeans & denim');
    const world = buildWorld(parts);

    sync(world);

    const synced = [...world.ecom.categories.values()].filter((c) => c.externalReferenceId !== null);
    expect(synced.every((c) => !c.enabled)).toBe(true);
    expect([category(world, 601).enabled, category(world, 602).enabled]).toEqual([true, true]);
    expect(world.ecom.products.get(7001)?.categoryIds).toEqual([504, 602]);
    expect(world.ecom.products.get(7004)).toMatchObject({ categoryIds: [601], defaultCategoryId: 601 });
  });
});

describe('what follows for an engine (docs/sync-rules.md)', () => {
  it('Retail owns name, parent, order among siblings and synced products; eCom owns enabled, description, image, SEO and slug', () => {
    const parts = articleParts();
    const merchantFields = {
      enabled: false,
      description: '<p>Bottes</p>',
      imageUrl: 'https://img.example/bottes.jpg',
      customSlug: 'bottes-femme',
      seoTitle: 'Bottes | Boutique',
      seoDescription: 'Toutes nos bottes',
    };
    editEcomCategory(parts, 507, { name: 'Boots', parentId: 501, orderBy: 5, ...merchantFields });
    editProduct(parts, 7003, { categoryIds: [507] }); // moved by the merchant from "Baskets" to "Bottes"
    const world = buildWorld(parts);

    sync(world);

    expect(category(world, 507)).toMatchObject({ name: 'Bottes', parentId: 503, orderBy: 20, ...merchantFields });
    expect(world.ecom.products.get(7003)?.categoryIds).toEqual([506]);
  });

  it('a sync leaves every eCom-owned field of an existing category exactly as it was (S7, S8)', () => {
    const parts = articleParts();
    parts.ecomCategories = parts.ecomCategories.map((c, index) => ({
      ...c,
      enabled: index % 2 === 0,
      description: `<p>Description ${index}</p>`,
      imageUrl: `https://img.example/${index}.jpg`,
      customSlug: `slug-${index}`,
      seoTitle: `Titre ${index}`,
      seoDescription: `Résumé ${index}`,
    }));
    editEcomCategory(parts, 502, { origin: null }); // matched by reference whatever its origin
    // Everything Retail owns changes: every name, the order of the roots, a parent.
    parts.categories = parts.categories.reverse().map((c) => ({ ...c, name: `${c.name} (nouveau)` }));
    parts.categories = parts.categories.map((c) => (c.categoryID === 31 ? { ...c, parentID: 10 } : c));
    const world = buildWorld(parts);
    const before = structuredClone(world.ecom.categories);

    const report = sync(world);

    expect(report.categoriesUpdated).toHaveLength(7);
    for (const [id, was] of before) {
      const now = category(world, id);
      for (const field of ECOM_OWNED) expect(now[field], `${field} of ${id}`).toBe(was[field]);
      expect(now.origin).toBe(was.origin);
    }
  });

  it('a category the merchant disabled after enabling it is not "new": the sync neither reports it as created nor changes it', () => {
    const parts = articleParts();
    editEcomCategory(parts, 505, { enabled: false, description: '<p>Bientôt de retour</p>' });
    parts.categories.push(retailCategory(12, 'Chinos', 10));
    const world = buildWorld(parts);
    const before = { ...category(world, 505) };

    const report = sync(world);

    const chinos = counterpartOf(world, 12)!;
    expect(report.categoriesCreated).toEqual([chinos.id]);
    expect(report.categoriesUpdated).toEqual([]);
    expect(category(world, 505)).toEqual(before);
    expect(chinos).toMatchObject({ enabled: false, description: '', imageUrl: '', origin: 'LIGHTSPEED' });
  });

  it('a sync never creates, edits, moves or deletes an online-only category, and never removes a product from one (S9)', () => {
    const parts = articleParts();
    // An online-only category named like a Retail category that has no eCom counterpart yet: names do not match.
    parts.categories.push(retailCategory(23, 'Mocassins', 20));
    parts.ecomCategories.push(onlineOnlyCategory(603, 'Mocassins', { parentId: 503, orderBy: 10 }));
    editProduct(parts, 7002, { categoryIds: [505, 601, 603] });
    editProduct(parts, 7004, { categoryIds: [602] });
    editItem(parts, 2, { categoryID: 0 });
    editItem(parts, 4, { categoryID: 21 });
    const world = buildWorld(parts);
    const onlineOnly = () => [...world.ecom.categories.values()].filter((c) => c.externalReferenceId === null);
    const before = structuredClone(onlineOnly());

    sync(world);

    expect(onlineOnly()).toEqual(before);
    expect(counterpartOf(world, 23)?.id).not.toBe(603);
    expect(world.ecom.products.get(7002)).toMatchObject({ categoryIds: [601, 603], defaultCategoryId: 601 });
    expect(world.ecom.products.get(7004)).toMatchObject({ categoryIds: [602, 506], defaultCategoryId: 506 });
  });

  it('two syncs in a row with no change in Retail change nothing the second time (idempotence)', () => {
    const parts = articleParts();
    parts.ecomCategories = parts.ecomCategories.filter((c) => c.id !== 504 && c.id !== 507);
    editEcomCategory(parts, 505, { name: 'Denim', orderBy: 70 });
    parts.products = [product(7002, 2, [505, 506], { name: 'Ancien nom' }), product(7009, 9, [601])];
    parts.items.push(item(9, 21, { archived: true }));
    const world = buildWorld(parts);
    const first = sync(world);
    expect(first.categoriesCreated.length + first.categoriesUpdated.length).toBeGreaterThan(0);
    const afterFirst = structuredClone(world);

    const second = runNativeSync(world, new Date('2026-04-02T12:00:00.000Z'));

    expect(second).toEqual({
      ranAt: '2026-04-02T12:00:00.000Z',
      categoriesCreated: [],
      categoriesUpdated: [],
      parentsReordered: [],
      productsCreated: 0,
      productsUpdated: 0,
      productsRemoved: 0,
      orphanedCategories: [],
    });
    expect(world).toEqual(afterFirst);
  });
});

describe('orphaned categories', () => {
  it('an eCom category whose Retail category is gone is reported and kept as it is, but synced products leave it', () => {
    const parts = articleParts();
    parts.ecomCategories.push(
      syncedCategory(508, 24, 'Sandales', { parentId: 503, orderBy: 30, description: '<p>Été</p>' }),
      onlineOnlyCategory(603, 'Tongs', { parentId: 508 }),
    );
    editProduct(parts, 7003, { categoryIds: [506, 508] });
    parts.products.push(product(7100, null, [508], { name: 'Emballage cadeau' }));
    const world = buildWorld(parts);
    const before = { ...category(world, 508) };

    const report = sync(world);

    expect(report.orphanedCategories).toEqual([508]);
    expect(category(world, 508)).toEqual(before);
    expect(category(world, 603).parentId).toBe(508);
    expect(world.ecom.products.get(7003)?.categoryIds).toEqual([506]);
    expect(world.ecom.products.get(7100)?.categoryIds).toEqual([508]);
    expect(sync(world).orphanedCategories).toEqual([508]);
  });

  it('when two eCom categories claim one Retail category, the lowest id is its counterpart and the other an orphan', () => {
    const parts = articleParts();
    parts.ecomCategories.push(syncedCategory(499, 11, 'Jeans (copie)', { parentId: 503 }));
    const world = buildWorld(parts);

    const report = sync(world);

    expect(category(world, 499)).toMatchObject({ name: 'Jeans', parentId: 502 });
    expect(report.orphanedCategories).toEqual([505]);
    expect(category(world, 505).name).toBe('Jeans');
    expect(world.ecom.products.get(7002)?.categoryIds).toEqual([499]);
  });
});

describe('products', () => {
  it('an archived item’s product is deleted (platform fact)', () => {
    const parts = articleParts();
    editItem(parts, 1, { archived: true });
    const world = buildWorld(parts);

    const report = sync(world);

    expect(world.ecom.products.has(7001)).toBe(false);
    expect(report.productsRemoved).toBe(1);
  });

  it('a product of an item no longer published to eCom is deleted; one never published is not made', () => {
    const parts = articleParts();
    editItem(parts, 2, { publishToEcom: false });
    parts.items.push(item(5, 21, { publishToEcom: false }), item(6, 21, { archived: true }));
    const world = buildWorld(parts);

    const report = sync(world);

    expect(world.ecom.products.has(7002)).toBe(false);
    expect([productOf(world, 5), productOf(world, 6)]).toEqual([undefined, undefined]);
    expect(report).toMatchObject({ productsRemoved: 1, productsCreated: 0 });
  });

  it('products of eCom’s own, and those of items Retail does not know, are left alone even in Retail categories', () => {
    const parts = articleParts();
    parts.products.push(
      product(7100, null, [504, 505], { name: 'Emballage cadeau', defaultCategoryId: 505 }),
      product(7101, 999, [506], { name: 'Article disparu' }),
    );
    const world = buildWorld(parts);
    const before = [structuredClone(world.ecom.products.get(7100)), structuredClone(world.ecom.products.get(7101))];

    sync(world);

    expect([world.ecom.products.get(7100), world.ecom.products.get(7101)]).toEqual(before);
  });

  it('every product carrying an item’s reference is that item’s: all follow it, and all go when it is archived', () => {
    const parts = articleParts();
    parts.products.push(product(7010, 1, [505], { name: 'Copie' }), product(7011, 2, [505]), product(7012, 2, [601]));
    editItem(parts, 2, { archived: true });
    const world = buildWorld(parts);

    const first = sync(world);
    const second = sync(world);

    expect(world.ecom.products.get(7010)).toMatchObject({ name: 'Article 1', categoryIds: [504] });
    expect([7002, 7011, 7012].map((id) => world.ecom.products.has(id))).toEqual([false, false, false]);
    expect(first).toMatchObject({ productsUpdated: 1, productsRemoved: 3, productsCreated: 0 });
    expect(second).toMatchObject({ productsUpdated: 0, productsRemoved: 0, productsCreated: 0 });
  });

  it('a created product takes the next free id in itemID order, the item’s name, its own SKU or else the system one', () => {
    const parts = articleParts();
    parts.items.push(
      item(9, 21, { description: 'Baskets « Légère »', customSku: '', systemSku: '210000000009' }),
      item(8, 0, { description: "Carte cadeau d'été", customSku: 'CADEAU-50' }),
    );
    const world = buildWorld(parts);

    const report = sync(world);

    expect(report.productsCreated).toBe(2);
    expect(world.ecom.products.get(7005)).toEqual({
      id: 7005,
      name: "Carte cadeau d'été",
      sku: 'CADEAU-50',
      enabled: true,
      categoryIds: [],
      defaultCategoryId: 0,
      externalReferenceId: '8',
      updated: SYNC_TIME.toISOString(),
    });
    expect(world.ecom.products.get(7006)).toMatchObject({
      name: 'Baskets « Légère »',
      sku: '210000000009',
      categoryIds: [506],
      defaultCategoryId: 506,
      externalReferenceId: '9',
    });
  });

  it('an existing product changes, with its update time, only when something Retail owns changed', () => {
    const parts = articleParts();
    editItem(parts, 1, { description: 'Blouson aviateur' });
    editItem(parts, 3, { customSku: 'BAS-01' });
    const world = buildWorld(parts);

    const report = sync(world);

    expect(report.productsUpdated).toBe(2);
    expect(world.ecom.products.get(7001)).toMatchObject({ name: 'Blouson aviateur', updated: SYNC_TIME.toISOString() });
    expect(world.ecom.products.get(7003)).toMatchObject({ sku: 'BAS-01', updated: SYNC_TIME.toISOString() });
    expect(world.ecom.products.get(7002)?.updated).toBe(EARLIER);
  });

  it('defaultCategoryId is the Retail category, else the first online-only category left, else 0', () => {
    const parts = articleParts();
    editProduct(parts, 7001, { categoryIds: [602, 504], defaultCategoryId: 602 });
    editProduct(parts, 7002, { categoryIds: [505, 602, 601], defaultCategoryId: 505 });
    editItem(parts, 2, { categoryID: 0 });
    editProduct(parts, 7003, { categoryIds: [506], defaultCategoryId: 506 });
    editItem(parts, 3, { categoryID: 0 });
    const world = buildWorld(parts);

    sync(world);

    expect(world.ecom.products.get(7001)?.defaultCategoryId).toBe(504);
    expect(world.ecom.products.get(7002)?.defaultCategoryId).toBe(602);
    expect(world.ecom.products.get(7003)?.defaultCategoryId).toBe(0);
  });

  it('an item whose category no longer exists in Retail goes to the Store front page', () => {
    const world = buildWorld(articleParts());
    world.retail.items.get(1)!.categoryID = 99;

    sync(world);

    expect(world.ecom.products.get(7001)).toMatchObject({ categoryIds: [], defaultCategoryId: 0 });
  });
});

describe('created categories', () => {
  it('take the next free ids in display order, parents first, as the sync makes them', () => {
    const world = buildWorld({
      categories: articleParts().categories,
      ecomCategories: [onlineOnlyCategory(900, 'Idées cadeaux')],
    });

    const report = sync(world);

    expect(report.categoriesCreated).toEqual([901, 902, 903, 904, 905, 906, 907]);
    expect(category(world, 901)).toEqual({
      id: 901,
      parentId: 0,
      orderBy: 10,
      name: 'Vestes',
      description: '',
      enabled: false,
      imageUrl: '',
      customSlug: '',
      seoTitle: '',
      seoDescription: '',
      origin: 'LIGHTSPEED',
      externalReferenceId: '30',
    });
    expect(category(world, 902)).toMatchObject({ name: 'Blousons en cuir', parentId: 901 });
    expect(category(world, 907)).toMatchObject({ name: 'Bottes', parentId: 905, orderBy: 20 });
    expect(report.parentsReordered).toEqual([]);
  });
});

describe('assumptions, one function each', () => {
  it('Retail display order is the nested set’s pre-order', () => {
    const world = buildWorld(articleParts());
    expect(retailDisplayOrder(world.retail).map((c) => c.name)).toEqual([
      'Vestes',
      'Blousons en cuir',
      'Pantalons',
      'Jeans',
      'Chaussures',
      'Baskets',
      'Bottes',
    ]);
  });

  it('orderBy of the n-th synced sibling is (n+1) × 10', () => {
    expect([0, 1, 2, 9].map(siblingOrderBy)).toEqual([10, 20, 30, 100]);
  });
});

describe('the report', () => {
  it('says when the sync ran', () => {
    expect(sync(buildWorld({})).ranAt).toBe(SYNC_TIME.toISOString());
  });
});

// How long it takes is for `npm run bench`; this checks that a large store goes through whole.
describe('scale', () => {
  it('syncs a store of 50,000 categories', () => {
    const world = loadWorld(generateState({ categories: 50_000, seed: 3 }));
    const report = sync(world);
    expect(report.categoriesCreated.length).toBeGreaterThan(500);
    expect(sync(world).categoriesCreated).toEqual([]);
  }, 60_000);
});

function findByName(world: World, name: string) {
  const found = [...world.ecom.categories.values()].find((c) => c.name === name);
  if (!found) throw new Error(`No eCom category named ${name}`);
  return found;
}
