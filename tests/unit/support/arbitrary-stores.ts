import fc from 'fast-check';

import type {
  EcomCategory,
  EcomProduct,
  EcomSnapshot,
  History,
  RetailCategory,
  RetailItem,
  RetailSnapshot,
} from '../../../utils/sync/model.ts';
import { needsEvidence } from '../../../utils/sync/linker.ts';

/**
 * Random stores for the planner's properties: a Retail tree (nested set computed as R-Series does), items in any
 * state, and an eCom side that Lightspeed's sync once left in line with Retail, then changed by the merchant and
 * by time: categories renamed, moved, reordered, deleted, merchant edits (availability, description, image),
 * online-only categories with subcategories, orphans (deleted in Retail, second copies, unreadable references,
 * LIGHTSPEED with none), products moved, disabled, deleted, added, and products of items no longer synced.
 */

export interface Store {
  retail: RetailSnapshot;
  ecom: EcomSnapshot;
  history: History;
}

const T0 = '2026-01-01T00:00:00.000Z';
const name = fc.constantFrom(
  'Vestes',
  'Pantalons',
  'Chaussures',
  'Jeans',
  'Bottes & bottines',
  "Idées d'été",
  'Jeans ',
  ' Vestes',
);
const text = fc.constantFrom('', '<p>Nouveautés</p>', 'https://img.example/a.png');

const retailCategorySpec = fc.record({
  id: fc.integer({ min: 1, max: 90 }),
  parentPick: fc.nat(),
  siblingKey: fc.nat(5),
  name,
});

const itemSpec = fc.record({
  id: fc.integer({ min: 1, max: 300 }),
  categoryPick: fc.nat(),
  unpublished: fc.nat(7).map((n) => n === 0),
  archived: fc.nat(7).map((n) => n === 0),
  /** Whether eCom has its product (it may not: deleted in eCom, or the item is new). */
  hasProduct: fc.nat(5).map((n) => n !== 0),
});

const perturbation = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), toPick: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), pick: fc.nat(), orderBy: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('online-only' as const),
    parentPick: fc.nat(),
    name,
    enabled: fc.boolean(),
    orderBy: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({
    kind: fc.constant('orphan' as const),
    parentPick: fc.nat(),
    reference: fc.constantFrom('gone', 'none', 'second-copy', 'unreadable', 'blank'),
    copyPick: fc.nat(),
    enabled: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    enabled: fc.boolean(),
    description: text,
    imageUrl: text,
  }),
  fc.record({
    kind: fc.constant('product-categories' as const),
    pick: fc.nat(),
    categoryPicks: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('product-enabled' as const), pick: fc.nat(), enabled: fc.boolean() }),
  fc.record({ kind: fc.constant('product-remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('product-add' as const),
    link: fc.constantFrom('none', 'item', 'unknown-item'),
    itemPick: fc.nat(),
    categoryPicks: fc.array(fc.nat(), { maxLength: 3 }),
    enabled: fc.boolean(),
  }),
);

export type Perturbation = typeof perturbation extends fc.Arbitrary<infer P> ? P : never;

const storeSpec = fc.record({
  categories: fc.uniqueArray(retailCategorySpec, { selector: (c) => c.id, maxLength: 14 }),
  items: fc.uniqueArray(itemSpec, { selector: (i) => i.id, maxLength: 14 }),
  ecomIdBase: fc.integer({ min: 100, max: 400 }),
  perturbations: fc.array(perturbation, { maxLength: 12 }),
  memories: fc.array(fc.nat(2), { maxLength: 40 }),
});

type StoreSpec = typeof storeSpec extends fc.Arbitrary<infer S> ? S : never;

export function storeArbitrary(): fc.Arbitrary<Store> {
  return storeSpec.map(buildStore);
}

/** Retail categories from parent picks (each under an earlier one, or at the top), nested set computed. */
function buildRetail(spec: StoreSpec): RetailSnapshot {
  const specs = spec.categories;
  const parentIndexOf = specs.map((c, i) => (i === 0 || c.parentPick % (i + 1) === 0 ? -1 : c.parentPick % i));
  const childrenOf = new Map<number, number[]>();
  parentIndexOf.forEach((parent, i) => childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), i]));
  for (const list of childrenOf.values()) {
    list.sort((a, b) => specs[a]!.siblingKey - specs[b]!.siblingKey || a - b);
  }
  const categories: RetailCategory[] = [];
  let counter = 0;
  const walk = (parent: number, depth: number, prefix: string) => {
    for (const index of childrenOf.get(parent) ?? []) {
      const c = specs[index]!;
      const fullPath = prefix === '' ? c.name : `${prefix}/${c.name}`;
      const category: RetailCategory = {
        id: c.id,
        name: c.name,
        parentId: parent === -1 ? 0 : specs[parent]!.id,
        leftNode: ++counter,
        rightNode: 0,
        depth,
        fullPath,
        updatedAt: T0,
      };
      categories.push(category);
      walk(index, depth + 1, fullPath);
      category.rightNode = ++counter;
    }
  };
  walk(-1, 0, '');
  const items: RetailItem[] = spec.items.map((i) => {
    const pick = i.categoryPick % (specs.length + 1);
    return {
      id: i.id,
      name: `Item ${i.id}`,
      sku: `SKU-${i.id}`,
      categoryId: pick === 0 ? 0 : specs[pick - 1]!.id,
      publishToEcom: !i.unpublished,
      archived: i.archived,
      updatedAt: T0,
    };
  });
  // Listed the way the API might list them: by id, not in display order.
  return { categories: categories.sort((a, b) => a.id - b.id), items };
}

function buildStore(spec: StoreSpec): Store {
  const retail = buildRetail(spec);
  const ecomIdOf = (retailId: number) => spec.ecomIdBase + retailId * 3;
  let nextCategoryId = 2000;
  let nextProductId = 8000;

  // eCom as the sync left it: every Retail category, siblings 10, 20, 30…, a product per synced item.
  const siblingCount = new Map<number, number>();
  let categories: EcomCategory[] = [...retail.categories]
    .sort((a, b) => a.leftNode - b.leftNode)
    .map((c) => {
      const index = (siblingCount.get(c.parentId) ?? 0) + 1;
      siblingCount.set(c.parentId, index);
      return {
        id: ecomIdOf(c.id),
        parentId: c.parentId === 0 ? 0 : ecomIdOf(c.parentId),
        orderBy: index * 10,
        name: c.name,
        enabled: false,
        description: '',
        imageUrl: '',
        origin: 'LIGHTSPEED',
        externalReferenceId: String(c.id),
        productIds: [],
      };
    });
  let products: EcomProduct[] = retail.items
    // Items archived or unpublished since keep their products (stale) as often as the others.
    .filter((_it, i) => spec.items[i]!.hasProduct)
    .map((it) => ({
      id: 5000 + it.id,
      name: it.name,
      sku: it.sku,
      enabled: true,
      categoryIds: it.categoryId === 0 ? [] : [ecomIdOf(it.categoryId)],
      defaultCategoryId: it.categoryId === 0 ? 0 : ecomIdOf(it.categoryId),
      externalReferenceId: String(it.id),
      updatedAt: T0,
    }));

  const pickCategory = (pick: number) => (categories.length === 0 ? undefined : categories[pick % categories.length]);
  const isUnder = (id: number, ancestor: number) => {
    for (let at: number | undefined = id, guard = 0; at !== undefined && at !== 0 && guard < 100; guard++) {
      if (at === ancestor) return true;
      at = categories.find((c) => c.id === at)?.parentId;
    }
    return false;
  };
  const parentFor = (pick: number) => (pick % 3 === 0 ? 0 : (pickCategory(pick)?.id ?? 0));
  const setCategory = (id: number, change: Partial<EcomCategory>) => {
    categories = categories.map((c) => (c.id === id ? { ...c, ...change } : c));
  };
  const categoryIdsFor = (picks: number[]) => [
    ...new Set(picks.map((p) => pickCategory(p)?.id).filter((id): id is number => id !== undefined)),
  ];

  for (const p of spec.perturbations) {
    switch (p.kind) {
      case 'rename': {
        const c = pickCategory(p.pick);
        if (c) setCategory(c.id, { name: p.name });
        break;
      }
      case 'move': {
        const c = pickCategory(p.pick);
        const to = parentFor(p.toPick);
        if (c && (to === 0 || !isUnder(to, c.id))) setCategory(c.id, { parentId: to });
        break;
      }
      case 'reorder': {
        const c = pickCategory(p.pick);
        if (c) setCategory(c.id, { orderBy: p.orderBy });
        break;
      }
      case 'remove': {
        const c = pickCategory(p.pick);
        if (!c) break;
        // Its children move up to its parent, as Ecwid does.
        categories = categories
          .filter((x) => x.id !== c.id)
          .map((x) => (x.parentId === c.id ? { ...x, parentId: c.parentId } : x));
        products = products.map((x) => ({ ...x, categoryIds: x.categoryIds.filter((id) => id !== c.id) }));
        break;
      }
      case 'online-only':
        categories.push({
          id: nextCategoryId++,
          parentId: parentFor(p.parentPick),
          orderBy: p.orderBy,
          name: p.name,
          enabled: p.enabled,
          description: '',
          imageUrl: '',
          origin: null,
          externalReferenceId: null,
          productIds: [],
        });
        break;
      case 'orphan': {
        const { categories: retailCategories } = retail;
        const copied = retailCategories[p.copyPick % Math.max(1, retailCategories.length)];
        const reference = {
          gone: String(500 + (p.copyPick % 50)),
          none: null,
          'second-copy': copied ? String(copied.id) : '999',
          unreadable: copied ? `0${copied.id}` : 'x',
          blank: '',
        }[p.reference];
        categories.push({
          id: nextCategoryId++,
          parentId: parentFor(p.parentPick),
          orderBy: 5 + (p.copyPick % 40),
          name: copied?.name ?? 'Ancienne',
          enabled: p.enabled,
          description: '',
          imageUrl: '',
          // A blank reference on a category of the merchant's: Retail-marked by its reference alone.
          origin: p.reference === 'blank' ? null : 'LIGHTSPEED',
          externalReferenceId: reference,
          productIds: [],
        });
        break;
      }
      case 'edit': {
        const c = pickCategory(p.pick);
        if (c) setCategory(c.id, { enabled: p.enabled, description: p.description, imageUrl: p.imageUrl });
        break;
      }
      case 'product-categories': {
        const target = products[p.pick % Math.max(1, products.length)];
        if (!target) break;
        const categoryIds = categoryIdsFor(p.categoryPicks);
        const moved = { ...target, categoryIds, defaultCategoryId: categoryIds[0] ?? 0 };
        products = products.map((x) => (x === target ? moved : x));
        break;
      }
      case 'product-enabled': {
        const target = products[p.pick % Math.max(1, products.length)];
        if (target) products = products.map((x) => (x === target ? { ...x, enabled: p.enabled } : x));
        break;
      }
      case 'product-remove': {
        const target = products[p.pick % Math.max(1, products.length)];
        if (target) products = products.filter((x) => x !== target);
        break;
      }
      case 'product-add': {
        const linkedItem = retail.items.length === 0 ? undefined : retail.items[p.itemPick % retail.items.length];
        const reference = {
          none: null,
          item: linkedItem ? String(linkedItem.id) : null,
          'unknown-item': '7777',
        }[p.link];
        const categoryIds = categoryIdsFor(p.categoryPicks);
        products.push({
          id: nextProductId++,
          name: 'Added in eCom',
          sku: `ADD-${nextProductId}`,
          enabled: p.enabled,
          categoryIds,
          defaultCategoryId: categoryIds[0] ?? 0,
          externalReferenceId: reference,
          updatedAt: T0,
        });
        break;
      }
    }
  }

  const productIdsOf = new Map<number, number[]>();
  for (const x of products) for (const c of x.categoryIds) productIdsOf.set(c, [...(productIdsOf.get(c) ?? []), x.id]);
  categories = categories.map((c) => ({ ...c, productIds: productIdsOf.get(c.id) ?? [] }));

  const history: History = { categories: {} };
  categories.forEach((c, i) => {
    const memory = spec.memories[i] ?? 0;
    if (memory > 0) history.categories[c.id] = { firstSeenAt: T0, everEnabled: memory === 2 };
  });
  return { retail, ecom: { categories, products }, history };
}

/** eCom ids applyOperations gives created categories in the properties: none of the stores above uses them. */
export const allocateTestId = (retailId: number) => 100_000 + retailId;

/**
 * Stores whose Lightspeed categories carry Retail ids, as Lightspeed's sync writes them in the sandbox's `retail`
 * world: there, references alone link records (utils/sync/linker.ts), and the planner must agree with the
 * reference sync exactly. Stores that need more evidence are the linker's own tests (sync-linker.test.ts).
 */
export function storeWithRetailIds(): fc.Arbitrary<Store> {
  return storeArbitrary().filter((store) => !needsEvidence(store.ecom.categories));
}
