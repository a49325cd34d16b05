import { syncCategories } from './native-sync/categories.ts';
import { matchCategories, matchProducts } from './native-sync/match.ts';
import { syncProducts } from './native-sync/products.ts';
import { emptyReport, type NativeSyncReport } from './native-sync/report.ts';
import { retailDisplayOrder } from './native-sync/rules.ts';
import { syncSiblingOrder } from './native-sync/sibling-order.ts';
import type { World } from './world/types.ts';

export type { NativeSyncReport } from './native-sync/report.ts';

/**
 * Lightspeed's own one-way sync, Retail → eCom (docs/sync-rules.md): changes world.ecom, never world.retail. It is
 * the reference the extension's engine is checked against, so it is written plainly: match, then categories
 * (parents first), then their order, then products. A second run with no Retail change changes nothing.
 */
export function runNativeSync(world: World, now: Date): NativeSyncReport {
  const report = emptyReport(now);
  const inDisplayOrder = retailDisplayOrder(world.retail);

  const categoryMatch = matchCategories(world);
  const productsOfItem = matchProducts(world);

  const { ecomIdOfRetail, created } = syncCategories(world.ecom, inDisplayOrder, categoryMatch, report);
  syncSiblingOrder(world.ecom, inDisplayOrder, ecomIdOfRetail, created, report);
  syncProducts(world.retail, world.ecom, productsOfItem, ecomIdOfRetail, now, report);

  report.orphanedCategories = categoryMatch.orphans.map((category) => category.id);
  return report;
}
