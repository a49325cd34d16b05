import { ecomPaths } from './ecom-tree.ts';
import type { CategoryState, EcomSnapshot, History, ProductIssue, ProductState } from './model.ts';

/**
 * Verdicts from eCom's own data, for a merchant who has not connected Retail POS: a category made by the sync
 * carries origin "LIGHTSPEED" or an externalReferenceId, so new / live / disabled can still be told; pending,
 * drift and orphaned need Retail and are never claimed here. No operation is planned without Retail.
 */
export function ecomOnlyStates(
  ecom: EcomSnapshot,
  history: History,
): { categories: CategoryState[]; products: ProductState[] } {
  const paths = ecomPaths(ecom.categories);
  const enabledCategories = new Set(ecom.categories.filter((c) => c.enabled).map((c) => c.id));
  const productsByCategory = new Map<number, { total: number; enabled: number }>();
  for (const product of ecom.products) {
    for (const categoryId of product.categoryIds) {
      const counts = productsByCategory.get(categoryId) ?? { total: 0, enabled: 0 };
      counts.total += 1;
      if (product.enabled) counts.enabled += 1;
      productsByCategory.set(categoryId, counts);
    }
  }

  const categories = ecom.categories.map((category): CategoryState => {
    const synced = category.origin === 'LIGHTSPEED' || category.externalReferenceId !== null;
    const everEnabled = history.categories[category.id]?.everEnabled ?? false;
    const availability = !synced ? null : category.enabled ? 'live' : everEnabled ? 'disabled' : 'new';
    const counts = productsByCategory.get(category.id) ?? { total: 0, enabled: 0 };
    const retailId = category.externalReferenceId === null ? NaN : Number(category.externalReferenceId);
    return {
      retailId: Number.isInteger(retailId) ? retailId : null,
      ecomId: category.id,
      name: category.name,
      path: paths.get(category.id) ?? category.name,
      status: availability ?? 'online-only',
      enabled: category.enabled,
      availability,
      drift: null,
      productCount: counts.total,
      enabledProductCount: counts.enabled,
    };
  });

  const products = ecom.products.map((product): ProductState => {
    const issues: ProductIssue[] = [];
    const fromRetail = product.externalReferenceId !== null;
    if (fromRetail && product.categoryIds.length === 0) issues.push('storefront-no-category');
    if (!product.enabled) {
      issues.push(
        product.categoryIds.some((id) => enabledCategories.has(id)) ? 'disabled-in-enabled-category' : 'disabled',
      );
    }
    const retailId = product.externalReferenceId === null ? NaN : Number(product.externalReferenceId);
    const firstCategory = product.categoryIds[0];
    return {
      retailId: Number.isInteger(retailId) ? retailId : null,
      ecomId: product.id,
      name: product.name,
      path: firstCategory === undefined ? '' : (paths.get(firstCategory) ?? ''),
      enabled: product.enabled,
      issues,
    };
  });

  return { categories, products };
}
