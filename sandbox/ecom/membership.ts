import type { EcomProduct, EcomWorld } from '../world/types.ts';

/**
 * Product ↔ category membership. It lives on the product (categoryIds); every change goes through here so
 * that defaultCategoryId and `updated` stay right.
 */

/** Sets a product's categories; returns whether anything changed. */
export function setProductCategories(product: EcomProduct, categoryIds: readonly number[], now: Date): boolean {
  const unique = [...new Set(categoryIds)];
  const same = unique.length === product.categoryIds.length && unique.every((id, i) => product.categoryIds[i] === id);
  if (same) return false;
  product.categoryIds = unique;
  // The default category must be one the product is in; Ecwid falls back to the first one.
  if (!unique.includes(product.defaultCategoryId)) product.defaultCategoryId = unique[0] ?? 0;
  product.updated = now.toISOString();
  return true;
}

export function addProductToCategory(product: EcomProduct, categoryId: number, now: Date): boolean {
  if (product.categoryIds.includes(categoryId)) return false;
  return setProductCategories(product, [...product.categoryIds, categoryId], now);
}

export function removeProductFromCategory(product: EcomProduct, categoryId: number, now: Date): boolean {
  if (!product.categoryIds.includes(categoryId)) return false;
  return setProductCategories(
    product,
    product.categoryIds.filter((id) => id !== categoryId),
    now,
  );
}

/** Category id → its products, by product id; built once per request for the derived category fields. */
export function productsByCategory(ecom: EcomWorld): Map<number, EcomProduct[]> {
  const index = new Map<number, EcomProduct[]>();
  const products = [...ecom.products.values()].sort((a, b) => a.id - b.id);
  for (const product of products) {
    for (const categoryId of product.categoryIds) {
      const list = index.get(categoryId);
      if (list) list.push(product);
      else index.set(categoryId, [product]);
    }
  }
  return index;
}
