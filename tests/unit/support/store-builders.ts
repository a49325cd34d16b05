import type {
  EcomCategory,
  EcomProduct,
  EcomSnapshot,
  History,
  RetailCategory,
  RetailItem,
  RetailSnapshot,
} from '../../../utils/sync/model.ts';

/**
 * Small stores for the planner's tests, written as trees: the nested set, depths and paths are computed as
 * R-Series computes them, and a perfectly synced eCom side can be derived and then changed by hand.
 */

export interface TreeSpec {
  id: number;
  name: string;
  children?: TreeSpec[];
}

export const T0 = '2026-01-01T00:00:00.000Z';
export const NOW = '2026-04-01T12:00:00.000Z';

/** Retail categories from a tree, in display order (siblings as listed). */
export function retailCategories(tree: readonly TreeSpec[]): RetailCategory[] {
  const out: RetailCategory[] = [];
  let counter = 0;
  const walk = (specs: readonly TreeSpec[], parentId: number, depth: number, prefix: string) => {
    for (const spec of specs) {
      const fullPath = prefix === '' ? spec.name : `${prefix}/${spec.name}`;
      const category: RetailCategory = {
        id: spec.id,
        name: spec.name,
        parentId,
        leftNode: ++counter,
        rightNode: 0,
        depth,
        fullPath,
        updatedAt: T0,
      };
      out.push(category);
      walk(spec.children ?? [], spec.id, depth + 1, fullPath);
      category.rightNode = ++counter;
    }
  };
  walk(tree, 0, 0, '');
  return out;
}

export function item(id: number, categoryId: number, more: Partial<RetailItem> = {}): RetailItem {
  return {
    id,
    name: `Item ${id}`,
    sku: `SKU-${id}`,
    categoryId,
    publishToEcom: true,
    archived: false,
    updatedAt: T0,
    ...more,
  };
}

export function retailStore(tree: readonly TreeSpec[], items: RetailItem[] = []): RetailSnapshot {
  return { categories: retailCategories(tree), items };
}

/** The eCom id the derived stores give a Retail category, and a product for a Retail item. */
export const ecomIdOf = (retailId: number) => 1000 + retailId;
export const productIdOf = (itemId: number) => 5000 + itemId;

export function ecomCategory(id: number, more: Partial<EcomCategory> = {}): EcomCategory {
  return {
    id,
    parentId: 0,
    orderBy: 10,
    name: `Category ${id}`,
    enabled: false,
    description: '',
    imageUrl: '',
    origin: null,
    externalReferenceId: null,
    productIds: [],
    ...more,
  };
}

export function onlineOnly(id: number, more: Partial<EcomCategory> = {}): EcomCategory {
  return ecomCategory(id, { name: `Online ${id}`, ...more, origin: null, externalReferenceId: null });
}

export function product(id: number, more: Partial<EcomProduct> = {}): EcomProduct {
  const categoryIds = more.categoryIds ?? [];
  return {
    id,
    name: `Product ${id}`,
    sku: `SKU-${id}`,
    enabled: true,
    categoryIds,
    defaultCategoryId: categoryIds[0] ?? 0,
    externalReferenceId: null,
    updatedAt: T0,
    ...more,
  };
}

/**
 * eCom as Lightspeed's sync leaves it: every Retail category copied (disabled, orderBy 10, 20… among siblings),
 * a product for every synced item, in its item's category.
 */
export function syncedEcom(retail: RetailSnapshot): EcomSnapshot {
  const siblingCount = new Map<number, number>();
  const categories = [...retail.categories]
    .sort((a, b) => a.leftNode - b.leftNode)
    .map((category) => {
      const index = siblingCount.get(category.parentId) ?? 0;
      siblingCount.set(category.parentId, index + 1);
      return ecomCategory(ecomIdOf(category.id), {
        parentId: category.parentId === 0 ? 0 : ecomIdOf(category.parentId),
        orderBy: (index + 1) * 10,
        name: category.name,
        origin: 'LIGHTSPEED',
        externalReferenceId: String(category.id),
      });
    });
  const products = retail.items
    .filter((it) => it.publishToEcom && !it.archived)
    .map((it) =>
      product(productIdOf(it.id), {
        name: it.name,
        externalReferenceId: String(it.id),
        categoryIds: it.categoryId === 0 ? [] : [ecomIdOf(it.categoryId)],
      }),
    );
  return withProductIds({ categories, products });
}

/** Recomputes every category's productIds from the products (membership lives on the products). */
export function withProductIds(ecom: EcomSnapshot): EcomSnapshot {
  const ids = new Map<number, number[]>();
  for (const p of ecom.products) for (const c of p.categoryIds) ids.set(c, [...(ids.get(c) ?? []), p.id]);
  return {
    categories: ecom.categories.map((c) => ({ ...c, productIds: ids.get(c.id) ?? [] })),
    products: ecom.products,
  };
}

/** Changes one eCom category (by id) and returns the new snapshot. */
export function editCategory(ecom: EcomSnapshot, id: number, change: Partial<EcomCategory>): EcomSnapshot {
  if (!ecom.categories.some((c) => c.id === id)) throw new Error(`no eCom category ${id}`);
  return { ...ecom, categories: ecom.categories.map((c) => (c.id === id ? { ...c, ...change } : c)) };
}

/** Changes one eCom product (by id), keeping categories' productIds in step. */
export function editProduct(ecom: EcomSnapshot, id: number, change: Partial<EcomProduct>): EcomSnapshot {
  if (!ecom.products.some((p) => p.id === id)) throw new Error(`no eCom product ${id}`);
  return withProductIds({ ...ecom, products: ecom.products.map((p) => (p.id === id ? { ...p, ...change } : p)) });
}

export function addCategories(ecom: EcomSnapshot, ...categories: EcomCategory[]): EcomSnapshot {
  return { ...ecom, categories: [...ecom.categories, ...categories] };
}

export function addProducts(ecom: EcomSnapshot, ...products: EcomProduct[]): EcomSnapshot {
  return withProductIds({ ...ecom, products: [...ecom.products, ...products] });
}

export function removeCategory(ecom: EcomSnapshot, id: number): EcomSnapshot {
  return withProductIds({
    categories: ecom.categories.filter((c) => c.id !== id),
    products: ecom.products.map((p) => ({ ...p, categoryIds: p.categoryIds.filter((c) => c !== id) })),
  });
}

export function emptyHistory(): History {
  return { categories: {} };
}

export function historyOf(entries: Record<number, boolean>): History {
  const categories: History['categories'] = {};
  for (const [id, everEnabled] of Object.entries(entries)) categories[Number(id)] = { firstSeenAt: T0, everEnabled };
  return { categories };
}

/** allocateId for applyOperations: ids no derived store uses. */
export const allocateId = (retailId: number) => 900_000 + retailId;
