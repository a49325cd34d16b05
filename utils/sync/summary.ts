import type { CategoryState, CategoryStatus, ProductState } from './model.ts';

export interface Summary {
  categories: Record<CategoryStatus, number> & { total: number };
  /** Synced categories never enabled (the default selection of "enable new categories"), drifting or not. */
  newDisabled: number;
  products: { total: number; disabled: number; storefront: number; withIssues: number };
}

/** Counts for the summary bar and the popup. */
export function summarize(categories: readonly CategoryState[], products: readonly ProductState[]): Summary {
  const counts: Record<CategoryStatus, number> = {
    pending: 0,
    new: 0,
    live: 0,
    disabled: 0,
    drift: 0,
    orphaned: 0,
    'online-only': 0,
    ambiguous: 0,
  };
  let newDisabled = 0;
  for (const state of categories) {
    counts[state.status] += 1;
    if (state.availability === 'new' && state.ecomId !== null) newDisabled += 1;
  }
  let disabled = 0;
  let storefront = 0;
  let withIssues = 0;
  for (const product of products) {
    if (product.ecomId !== null && product.enabled === false) disabled += 1;
    if (product.issues.includes('storefront-no-category')) storefront += 1;
    if (product.issues.length > 0) withIssues += 1;
  }
  return {
    categories: { ...counts, total: categories.length },
    newDisabled,
    products: { total: products.length, disabled, storefront, withIssues },
  };
}
