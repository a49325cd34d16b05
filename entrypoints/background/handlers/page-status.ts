import type { PageProduct, PageProductIssue, PageStatus } from '../../../utils/messaging/protocol.ts';
import type { ProductIssue } from '../../../utils/sync/model.ts';
import type { EngineStatus } from '../../../utils/engine/engine.ts';

/** What the overlay flags a product for: hidden in an enabled category, or on the Store front page. */
const FLAGGED: ReadonlySet<ProductIssue> = new Set<PageProductIssue>([
  'disabled-in-enabled-category',
  'storefront-no-category',
]);

const isFlagged = (issue: ProductIssue): issue is PageProductIssue => FLAGGED.has(issue);

/**
 * The status as a page is sent it: every category (each has a badge), but only the products a page flags, with
 * what it shows of them. A store of 50,000 products is mostly products with nothing to say, and the summary
 * already counts them all; the full status stays with the engine and its CLI.
 */
export function pageStatus(status: EngineStatus, ecomReadOnly: boolean): PageStatus {
  const products: PageProduct[] = [];
  for (const product of status.products) {
    const issues = product.issues.filter(isFlagged);
    if (issues.length > 0) products.push({ ecomId: product.ecomId, name: product.name, path: product.path, issues });
  }
  const { readAt, summary, jobs, lastError, categories } = status;
  return { readAt, summary, jobs, lastError, categories, products, ecomReadOnly };
}
