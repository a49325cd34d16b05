import { categoryPageProducts, productTableRows, type ProductRow } from '../admin-dom/rows.ts';
import type { PageProduct } from '../messaging/protocol.ts';
import { chipButton, type Target } from './annotate.ts';
import type { Words } from './words.ts';

/** The one thing worth flagging about a product, if any: hidden in a live category first, then storefront. */
export function productFlag(state: PageProduct | undefined): 'hidden' | 'storefront' | null {
  if (!state) return null;
  if (state.issues.includes('disabled-in-enabled-category')) return 'hidden';
  if (state.issues.includes('storefront-no-category')) return 'storefront';
  return null;
}

function targets(rows: ProductRow[], words: Words, byEcomId: ReadonlyMap<number, PageProduct>): Target[] {
  const { t, language } = words;
  return rows.map(({ ecomId, slot }): Target => {
    const flag = productFlag(byEcomId.get(ecomId));
    return {
      // The name's cell or span is what the admin replaces with the row, and what holds the flag.
      owner: slot.parent,
      slot,
      kind: 'product',
      id: String(ecomId),
      signature: flag ? `${language}|${flag}` : null,
      fill: (shadow) => {
        if (flag === 'hidden') {
          chipButton(shadow, {
            tone: 'hidden',
            text: t('overlay.badge.hidden'),
            tip: t('overlay.badge.hiddenTip'),
            popup: true,
          });
        } else if (flag === 'storefront') {
          chipButton(shadow, {
            tone: 'storefront',
            text: t('overlay.badge.storefront'),
            tip: t('overlay.badge.storefrontTip'),
            popup: true,
          });
        }
      },
    };
  });
}

/** Flags on the products page's rows and on the product list of a category's page. */
export function productFlagTargets(
  root: ParentNode,
  page: 'products' | 'category',
  words: Words,
  byEcomId: ReadonlyMap<number, PageProduct>,
  only?: ReadonlySet<number>,
): Target[] {
  const rows = page === 'products' ? productTableRows(root) : categoryPageProducts(root);
  return targets(only ? rows.filter((row) => only.has(row.ecomId)) : rows, words, byEcomId);
}

/** The products whose flag differs between two statuses. */
export function changedFlags(
  before: ReadonlyMap<number, PageProduct>,
  after: ReadonlyMap<number, PageProduct>,
): Set<number> {
  const changed = new Set<number>();
  for (const [ecomId, state] of after) if (productFlag(before.get(ecomId)) !== productFlag(state)) changed.add(ecomId);
  for (const [ecomId, state] of before) if (!after.has(ecomId) && productFlag(state) !== null) changed.add(ecomId);
  return changed;
}
