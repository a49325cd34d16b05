import { categoryStates } from './category-status.ts';
import { indexEcom } from './ecom-index.ts';
import type { EcomSnapshot, History, Plan, RetailSnapshot } from './model.ts';
import { planOperations } from './plan-operations.ts';
import { productFacts } from './product-facts.ts';
import { placeProducts } from './product-placement.ts';
import { productStates } from './product-status.ts';
import { indexRetail } from './retail-index.ts';
import { linkRecords } from './linker.ts';
import { rememberedLinks } from './remembered-links.ts';

/**
 * What the sync (docs/sync-rules.md, S1–S10) would do to eCom, and where every category and product stands. Pure: no I/O, no clock;
 * the same snapshots and history always give the same plan, and the operations do not depend on the order the
 * snapshots list their records in.
 *
 * Linear in the size of both stores, and built for large ones: each record is read in order, a few times at
 * most, into flat arrays indexed by position (retail-index.ts, ecom-index.ts, item-facts.ts, product-facts.ts);
 * the steps that look things up at random work on those arrays only, which stay in the processor's cache where
 * the records do not; and no object is made but the plan's own.
 */
export function plan(retail: RetailSnapshot, ecom: EcomSnapshot, history: History): Plan {
  const retailIndex = indexRetail(retail);
  const links = linkRecords(retailIndex, ecom, retail.items, history.links, history.choices);
  const ecomIndex = indexEcom(ecom, retailIndex, links);
  const facts = productFacts(ecom.products, retail.items, links.products);
  const placements = placeProducts(facts, retailIndex, ecomIndex);
  const { memberships } = placements;
  const categories = categoryStates(retailIndex, ecomIndex, memberships, history, links);
  return {
    categories: categories.states,
    products: productStates(ecom.products, retail.items, facts, placements, retailIndex, links.products.how),
    operations: planOperations(retailIndex, ecomIndex, categories.drifts, memberships, links.ambiguousRetail),
    links: rememberedLinks(ecom, retail, retailIndex, links),
  };
}
