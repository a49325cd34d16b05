import { isOnlineOnly } from './category-kind.ts';
import { ecomPathFinder } from './ecom-paths.ts';
import { retailIdOf } from './external-ids.ts';
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
  const byId = new Map(ecom.categories.map((category) => [category.id, category]));
  const pathOf = ecomPathFinder((id) => byId.get(id));
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
    const synced = !isOnlineOnly(category);
    const everEnabled = history.categories[category.id]?.everEnabled ?? false;
    const availability = !synced ? null : category.enabled ? 'live' : everEnabled ? 'disabled' : 'new';
    const counts = productsByCategory.get(category.id) ?? { total: 0, enabled: 0 };
    return {
      retailId: retailIdOf(category.externalReferenceId),
      ecomId: category.id,
      ecomParentId: category.parentId,
      ecomOrder: category.orderBy,
      name: category.name,
      path: pathOf(category),
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
    const firstCategory = product.categoryIds[0] === undefined ? undefined : byId.get(product.categoryIds[0]);
    return {
      retailId: retailIdOf(product.externalReferenceId),
      ecomId: product.id,
      name: product.name,
      path: firstCategory ? pathOf(firstCategory) : '',
      enabled: product.enabled,
      issues,
    };
  });

  return { categories, products };
}
