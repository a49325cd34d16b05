import type { PageProduct, PageStatus } from '../messaging/protocol.ts';

/** The merchant's next useful step, as the summary's main button. */
export type NextAction =
  | { kind: 'show-job' }
  | { kind: 'enable-categories'; count: number }
  | { kind: 'enable-products'; count: number }
  | { kind: 'refresh' };

/** Disabled products that sit in an enabled category: shoppers browsing it miss them. */
export function hiddenProducts(status: PageStatus): PageProduct[] {
  return status.products.filter(
    (product) => product.ecomId !== null && product.issues.includes('disabled-in-enabled-category'),
  );
}

/**
 * A running job first (the merchant wants to see it end); then categories that arrived and wait to be enabled
 * (the article's first chore, docs/sync-rules.md#s2); then hidden products (docs/sync-rules.md#s4); otherwise reading both stores again is what helps,
 * e.g. after Lightspeed's sync has run.
 */
export function nextAction(status: PageStatus | null, jobRunning: boolean): NextAction {
  if (jobRunning) return { kind: 'show-job' };
  if (status) {
    if (status.summary.newDisabled > 0) return { kind: 'enable-categories', count: status.summary.newDisabled };
    const hidden = hiddenProducts(status).length;
    if (hidden > 0) return { kind: 'enable-products', count: hidden };
  }
  return { kind: 'refresh' };
}
