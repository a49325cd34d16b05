import { retailIdOf } from './external-ids.ts';
import type { ProductLinks } from './link-products.ts';
import type { EcomProduct, RetailItem } from './model.ts';

/**
 * What the planner needs of each eCom product, read in one walk over the products into flat arrays indexed by
 * the product's place in EcomSnapshot.products. The planner then works on these: on a large store the product
 * records are tens of megabytes that stream through the processor's cache and push out the per-category tables
 * that placing a product looks up at random; these arrays are a few megabytes read in order.
 */
export interface ProductFacts {
  /** eCom product id. */
  id: Float64Array;
  /**
   * The id of the Retail item it is (linker.ts), or of the gone item its reference claims; NaN when it is none.
   */
  itemId: Float64Array;
  /** That item's index in RetailSnapshot.items, -1 when the snapshot has no such item. */
  itemOrdinal: Int32Array;
  /** 1 when the product is enabled. */
  enabled: Uint8Array;
  /**
   * Its categories, as eCom ids: those of the product at index p are categoryIds[categoryStart[p]] up to, not
   * including, categoryIds[categoryStart[p + 1]].
   */
  categoryStart: Int32Array;
  categoryIds: Float64Array;
}

export function productFacts(
  products: readonly EcomProduct[],
  items: readonly RetailItem[],
  links: ProductLinks,
): ProductFacts {
  const count = products.length;
  const id = new Float64Array(count);
  const itemId = new Float64Array(count);
  const itemOrdinal = new Int32Array(count);
  const enabled = new Uint8Array(count);
  const categoryStart = new Int32Array(count + 1);
  // Most products sit in one category; the list doubles on the rare store where they sit in more.
  let categoryIds = new Float64Array(count + 16);
  let memberships = 0;
  for (let index = 0; index < count; index++) {
    const product = products[index]!;
    id[index] = product.id;
    const item = links.itemOfProduct[index]!;
    itemId[index] = item >= 0 ? items[item]!.id : (retailIdOf(product.externalReferenceId) ?? Number.NaN);
    itemOrdinal[index] = item;
    enabled[index] = product.enabled ? 1 : 0;
    const ids = product.categoryIds;
    if (memberships + ids.length > categoryIds.length) {
      const larger = new Float64Array(2 * categoryIds.length + ids.length);
      larger.set(categoryIds);
      categoryIds = larger;
    }
    for (let i = 0; i < ids.length; i++) categoryIds[memberships++] = ids[i]!;
    categoryStart[index + 1] = memberships;
  }
  return { id, itemId, itemOrdinal, enabled, categoryStart, categoryIds };
}
