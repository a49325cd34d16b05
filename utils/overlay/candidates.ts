import { enableCandidates } from '../sync/enable-candidates.ts';
import type { PageProduct, PageStatus } from '../messaging/protocol.ts';
import type { CategoryState } from '../sync/model.ts';

/** One line of the "enable new categories" preview. */
export interface CategoryCandidate {
  ecomId: number;
  name: string;
  path: string;
  productCount: number;
  enabledProductCount: number;
  /** new: ticked at first; merchant-disabled: shown unticked, with why. */
  reason: 'new' | 'merchant-disabled';
}

export interface CategoryPreview {
  candidates: CategoryCandidate[];
  /** Categories still on their way from Retail: not enableable yet, counted in a note. */
  pending: number;
}

function candidate(state: CategoryState, reason: CategoryCandidate['reason']): CategoryCandidate {
  return {
    ecomId: state.ecomId!,
    name: state.name,
    path: state.path,
    productCount: state.productCount,
    enabledProductCount: state.enabledProductCount,
    reason,
  };
}

/**
 * The engine's own rule decides who is new (utils/sync/enable-candidates.ts): every synced category never enabled.
 * Categories the merchant disabled after they were live follow, unticked, so the merchant can still pick them.
 */
export function categoryPreview(status: PageStatus): CategoryPreview {
  const { selected, skipped } = enableCandidates({ categories: status.categories, products: [], operations: [] });
  const candidates = selected.filter((state) => state.ecomId !== null).map((state) => candidate(state, 'new'));
  for (const { state, reason } of skipped) {
    if (reason === 'merchant-disabled') candidates.push(candidate(state, 'merchant-disabled'));
  }
  const pending = status.categories.filter((state) => state.status === 'pending').length;
  return { candidates, pending };
}

/** One line of the "enable products" preview. */
export interface ProductCandidate {
  ecomId: number;
  name: string;
  /** Its Retail category's path, "" when it has none (it is on the Store front page). */
  path: string;
}

/**
 * Disabled products inside an enabled category, optionally only those among `within` (a category page's own
 * products). The engine enables exactly the ids it is given.
 */
export function productPreview(status: PageStatus, within?: ReadonlySet<number>): ProductCandidate[] {
  return status.products
    .filter(
      (product): product is PageProduct & { ecomId: number } =>
        product.ecomId !== null &&
        product.issues.includes('disabled-in-enabled-category') &&
        (within === undefined || within.has(product.ecomId)),
    )
    .map((product) => ({ ecomId: product.ecomId, name: product.name, path: product.path }));
}

/** Products that show on the Store front page because their item has no Retail category (docs/sync-rules.md#s3). */
export function storefrontProducts(status: PageStatus): PageProduct[] {
  return status.products.filter((product) => product.issues.includes('storefront-no-category'));
}
