import { pageStatus } from '../../../entrypoints/background/handlers/page-status.ts';
import type { PageProduct, PageStatus } from '../../../utils/messaging/protocol.ts';
import type { CategoryState, ProductState } from '../../../utils/sync/model.ts';
import { summarize } from '../../../utils/sync/summary.ts';

/** A category as the engine reports it, with only what a test cares about spelled out. */
export function category(partial: Partial<CategoryState> & Pick<CategoryState, 'name' | 'status'>): CategoryState {
  const synced = partial.status !== 'online-only' && partial.status !== 'orphaned';
  return {
    retailId: synced ? 1 : null,
    ecomId: partial.status === 'pending' ? null : 100,
    path: partial.name,
    enabled: partial.status === 'live' || partial.status === 'online-only',
    availability:
      partial.status === 'new'
        ? 'new'
        : partial.status === 'disabled'
          ? 'disabled'
          : partial.status === 'live'
            ? 'live'
            : null,
    drift: null,
    productCount: 0,
    enabledProductCount: 0,
    ...partial,
  };
}

export function product(partial: Partial<ProductState> & Pick<ProductState, 'name'>): ProductState {
  return { retailId: 1, ecomId: 1, path: '', enabled: true, issues: [], ...partial };
}

/** A product as a page is sent it (PageStatus.products). */
export function pageProduct(partial: Partial<PageProduct> & Pick<PageProduct, 'name'>): PageProduct {
  return { ecomId: 1, path: '', issues: [], ...partial };
}

/** The status the background sends a page when the engine has these categories and products, read at `readAt`. */
export function statusOf(
  categories: CategoryState[],
  products: ProductState[] = [],
  readAt = '2026-03-20T10:00:00.000Z',
): PageStatus {
  const engineStatus = {
    readAt: { retail: readAt, ecom: readAt },
    summary: summarize(categories, products),
    categories,
    products,
    jobs: [],
    lastError: null,
  };
  return pageStatus(engineStatus, false);
}
