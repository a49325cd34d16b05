import type { EcomProduct, EcomWorld, RetailItem, RetailWorld } from '../world/types.ts';
import { nextFreeId } from './next-id.ts';
import type { NativeSyncReport } from './report.ts';
import { isItemInEcom, itemReference, newProductEnabled, productSku } from './rules.ts';

/**
 * Brings every Retail item into eCom: creates missing products, sets name, SKU and Retail-owned membership
 * of existing ones (docs/sync-rules.md#s6), and deletes the products of archived or unpublished items (platform fact). Whether a
 * product is enabled belongs to the merchant (docs/sync-rules.md#s4); products with no Retail item are left alone.
 *
 * `productsOf` maps itemID → its products; `ecomIdOfRetail` maps every Retail categoryID → its eCom id.
 */
export function syncProducts(
  retail: RetailWorld,
  ecom: EcomWorld,
  productsOf: ReadonlyMap<number, EcomProduct[]>,
  ecomIdOfRetail: ReadonlyMap<number, number>,
  now: Date,
  report: NativeSyncReport,
): void {
  const updated = now.toISOString();
  let nextId = nextFreeId(ecom.products.keys());
  const isRetailSynced = (categoryId: number) => ecom.categories.get(categoryId)?.externalReferenceId != null;

  // In itemID order, so created products get the same ids on every run over the same world.
  const items = [...retail.items.values()].sort((a, b) => a.itemID - b.itemID);
  for (const item of items) {
    const products = productsOf.get(item.itemID) ?? [];
    if (!isItemInEcom(item)) {
      for (const product of products) ecom.products.delete(product.id);
      report.productsRemoved += products.length;
      continue;
    }

    const home = homeCategoryId(item, ecomIdOfRetail);
    if (products.length === 0) {
      ecom.products.set(nextId, {
        id: nextId,
        ...wantedProduct(item, [], home, isRetailSynced),
        enabled: newProductEnabled(),
        externalReferenceId: itemReference(item.itemID),
        updated,
      });
      nextId += 1;
      report.productsCreated += 1;
      continue;
    }
    for (const product of products) {
      const wanted = wantedProduct(item, product.categoryIds, home, isRetailSynced);
      if (
        product.name !== wanted.name ||
        product.sku !== wanted.sku ||
        product.defaultCategoryId !== wanted.defaultCategoryId ||
        !sameList(product.categoryIds, wanted.categoryIds)
      ) {
        Object.assign(product, wanted, { updated });
        report.productsUpdated += 1;
      }
    }
  }
}

/** What Retail says of a product: its name, SKU and membership; nothing the merchant owns. */
function wantedProduct(
  item: RetailItem,
  currentCategoryIds: readonly number[],
  home: number | null,
  isRetailSynced: (categoryId: number) => boolean,
) {
  const categoryIds = retailOwnedMembership(currentCategoryIds, home, isRetailSynced);
  return {
    name: item.description,
    sku: productSku(item),
    categoryIds,
    defaultCategoryId: home ?? categoryIds[0] ?? 0,
  };
}

/** The eCom category synced from the item's Retail category; null for an item with no category. */
function homeCategoryId(item: RetailItem, ecomIdOfRetail: ReadonlyMap<number, number>): number | null {
  if (item.categoryID === 0) return null;
  // A category that no longer exists in Retail counts as none: the item shows on the Store front page.
  return ecomIdOfRetail.get(item.categoryID) ?? null;
}

/**
 * Retail decides which synced categories hold a synced product: exactly its home category (docs/sync-rules.md#s6), so the
 * product leaves every other category with a Retail reference, orphaned ones included. Memberships in
 * online-only categories are the merchant's and stay (docs/sync-rules.md#s9). With no home and no online-only category, the list
 * is empty: the product shows on the Store front page (docs/sync-rules.md#s3). Existing order is kept; the home goes last if new.
 */
export function retailOwnedMembership(
  current: readonly number[],
  home: number | null,
  isRetailSynced: (categoryId: number) => boolean,
): number[] {
  const kept: number[] = [];
  for (const categoryId of current) {
    if (kept.includes(categoryId)) continue;
    if (categoryId === home || !isRetailSynced(categoryId)) kept.push(categoryId);
  }
  if (home !== null && !kept.includes(home)) kept.push(home);
  return kept;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
