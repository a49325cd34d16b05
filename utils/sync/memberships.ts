import type { RetailIndex } from './index-snapshots.ts';
import type { EcomProduct } from './model.ts';
import type { ProductPlacement } from './product-placement.ts';

/** What membership changes Retail calls for, and how many products each eCom category holds now. */
export interface Memberships {
  /** eCom category id → products (eCom ids, ascending) that belong in it and are not. */
  missing: Map<number, number[]>;
  /** eCom category id → products (eCom ids, ascending) that sit in it and belong elsewhere. */
  extra: Map<number, number[]>;
  /** Retail category id of a category not yet in eCom → products (ascending) that belong in it. */
  forCreated: Map<number, number[]>;
  /** Products per eCom category, by the category's eCom ordinal, from products' categoryIds. */
  productCount: Int32Array;
  enabledProductCount: Int32Array;
}

export interface MembershipCollector {
  /** Counts one product in the category of this ordinal (see placeProduct). */
  count(ordinal: number, enabled: boolean): void;
  /** Takes one product's placement. */
  add(product: EcomProduct, placement: ProductPlacement): void;
  /** Sorts the lists; call once, after the last add. */
  finish(): Memberships;
}

function addTo(map: Map<number, number[]>, key: number, productId: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [productId]);
  else list.push(productId);
}

function sortLists(map: Map<number, number[]>): void {
  for (const list of map.values()) list.sort((a, b) => a - b);
}

/**
 * Membership follows Retail, product by product: a product that follows Retail is missing from its item's
 * category (or from the category still to be created for it), and extra in the other categories whose
 * membership follows Retail (membershipFollowsRetail).
 */
export function membershipCollector(retail: RetailIndex, categoryCount: number): MembershipCollector {
  const missing = new Map<number, number[]>();
  const extra = new Map<number, number[]>();
  const forCreated = new Map<number, number[]>();
  // Both counts of a category side by side while counting: products come in no order of category, and on a
  // large store each count is a likely cache miss; one miss then serves both.
  const counts = new Int32Array(2 * categoryCount);
  return {
    count(ordinal, enabled) {
      counts[2 * ordinal]! += 1;
      if (enabled) counts[2 * ordinal + 1]! += 1;
    },
    add(product, placement) {
      if (!placement.followsRetail) return;
      for (let i = 0; i < placement.extra.length; i++) addTo(extra, placement.extra[i]!, product.id);
      const { targetOrdinal, targetEcomId } = placement;
      if (targetOrdinal >= 0 && !placement.inTarget) {
        if (targetEcomId < 0) addTo(forCreated, retail.categories[targetOrdinal]!.id, product.id);
        else addTo(missing, targetEcomId, product.id);
      }
    },
    finish() {
      sortLists(missing);
      sortLists(extra);
      sortLists(forCreated);
      const productCount = new Int32Array(categoryCount);
      const enabledProductCount = new Int32Array(categoryCount);
      for (let ordinal = 0; ordinal < categoryCount; ordinal++) {
        productCount[ordinal] = counts[2 * ordinal]!;
        enabledProductCount[ordinal] = counts[2 * ordinal + 1]!;
      }
      return { missing, extra, forCreated, productCount, enabledProductCount };
    },
  };
}
