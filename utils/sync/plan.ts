import { categoryDrifts } from './category-drift.ts';
import { categoryStates } from './category-status.ts';
import { indexEcom, indexRetail } from './index-snapshots.ts';
import { membershipCollector } from './memberships.ts';
import type { EcomSnapshot, History, Plan, ProductState, RetailSnapshot } from './model.ts';
import { planOperations } from './plan-operations.ts';
import { emptyPlacement, placementTables, placeProduct } from './product-placement.ts';
import { addPendingProductStates, productState } from './product-status.ts';

/**
 * What the sync (S1–S10) would do to eCom, and where every category and product stands. Pure: no I/O, no clock;
 * the same snapshots and history always give the same plan, and the operations do not depend on the order the
 * snapshots list their records in. Linear in the size of both stores: ids are resolved once, products walked once.
 */
export function plan(retail: RetailSnapshot, ecom: EcomSnapshot, history: History): Plan {
  const retailIndex = indexRetail(retail);
  const ecomIndex = indexEcom(ecom, retailIndex);

  const collector = membershipCollector(retailIndex, ecom.categories.length);
  const itemHasProduct = new Uint8Array(retail.items.length);
  const tables = placementTables(retailIndex, ecomIndex);
  const scratch = emptyPlacement();
  // Sized once for the most states there can be (every product, every synced item pending) and cut to length at
  // the end: growing a 150k list push by push copies it over and over.
  const products = new Array<ProductState>(ecom.products.length + retailIndex.items.syncedCount);
  let productCount = 0;
  // Indexed loops over the big lists throughout: for-of allocates an iterator result per element until the
  // optimising compiler steps in, which on 150k products is megabytes of garbage per plan.
  for (let i = 0; i < ecom.products.length; i++) {
    const product = ecom.products[i]!;
    const placement = placeProduct(product, retailIndex, ecomIndex, tables, collector.count, scratch);
    collector.add(product, placement);
    products[productCount++] = productState(product, placement);
    if (placement.itemOrdinal >= 0) itemHasProduct[placement.itemOrdinal] = 1;
  }
  const { path } = tables;
  productCount = addPendingProductStates(retail.items, itemHasProduct, retailIndex, path, products, productCount);
  products.length = productCount;
  const memberships = collector.finish();

  const drifts = categoryDrifts(retailIndex, ecomIndex, memberships);
  return {
    categories: categoryStates(retailIndex, ecomIndex, memberships, drifts, history),
    products,
    operations: planOperations(retailIndex, ecomIndex, drifts, memberships),
  };
}
