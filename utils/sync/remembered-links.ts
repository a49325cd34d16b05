import type { Links } from './linker.ts';
import type { EcomSnapshot, LinkList, RememberedLinks, RetailSnapshot } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/**
 * The links a plan rests on, as the engine remembers them for the next read (History.links): eCom id → Retail
 * id. Remembered, a link outranks every other evidence, so a category renamed or moved in Retail since is still
 * its copy's, and shows as drift rather than as one pending and one orphaned.
 */
export function rememberedLinks(
  ecom: EcomSnapshot,
  retail: RetailSnapshot,
  index: RetailIndex,
  links: Links,
): RememberedLinks {
  const categories: LinkList = { ecomIds: [], retailIds: [] };
  for (let at = 0; at < ecom.categories.length; at++) {
    const ordinal = links.retailOfEcom[at]!;
    if (ordinal === NONE) continue;
    categories.ecomIds.push(ecom.categories[at]!.id);
    categories.retailIds.push(index.id[ordinal]!);
  }
  const products: LinkList = { ecomIds: [], retailIds: [] };
  for (let at = 0; at < ecom.products.length; at++) {
    const item = links.products.itemOfProduct[at]!;
    if (item < 0) continue;
    products.ecomIds.push(ecom.products[at]!.id);
    products.retailIds.push(retail.items[item]!.id);
  }
  return { categories, products };
}
