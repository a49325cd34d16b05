import type { EcomCategory, EcomProduct, World } from '../world/types.ts';
import { categoryReference, itemReference } from './rules.ts';

/** Pairs eCom records with their Retail counterparts by externalReferenceId. */

function byIdAscending<T extends { id: number }>(records: Iterable<T>): T[] {
  return [...records].sort((a, b) => a.id - b.id);
}

/**
 * When several eCom categories claim one Retail category, the lowest id wins (the one the sync made first) and
 * the others count as orphans: the rules say nothing about duplicates, and this keeps every run choosing the
 * same one.
 */
export interface CategoryMatch {
  /** Retail categoryID → its eCom category. */
  counterparts: Map<number, EcomCategory>;
  /** eCom categories with a reference that matches no Retail category (or a duplicate that lost): left alone. */
  orphans: EcomCategory[];
}

export function matchCategories(world: World): CategoryMatch {
  const retailIdOfReference = new Map<string, number>();
  for (const categoryID of world.retail.categories.keys()) {
    retailIdOfReference.set(categoryReference(categoryID), categoryID);
  }
  const counterparts = new Map<number, EcomCategory>();
  const orphans: EcomCategory[] = [];
  for (const category of byIdAscending(world.ecom.categories.values())) {
    if (category.externalReferenceId === null) continue; // online-only
    const retailId = retailIdOfReference.get(category.externalReferenceId);
    if (retailId === undefined || counterparts.has(retailId)) orphans.push(category);
    else counterparts.set(retailId, category);
  }
  return { counterparts, orphans };
}

/**
 * Retail itemID → its eCom products. Unlike a category, a product has no place that two copies could fight
 * over, so every product carrying an item's reference is that item's: all follow it, and all go when it goes.
 * Products of no item (eCom's own, or of items Retail does not know) are left alone.
 */
export function matchProducts(world: World): Map<number, EcomProduct[]> {
  const itemIdOfReference = new Map<string, number>();
  for (const itemID of world.retail.items.keys()) itemIdOfReference.set(itemReference(itemID), itemID);
  const productsOf = new Map<number, EcomProduct[]>();
  for (const product of byIdAscending(world.ecom.products.values())) {
    if (product.externalReferenceId === null) continue;
    const itemId = itemIdOfReference.get(product.externalReferenceId);
    if (itemId === undefined) continue;
    const list = productsOf.get(itemId);
    if (list) list.push(product);
    else productsOf.set(itemId, [product]);
  }
  return productsOf;
}
