import type { Links } from './linker.ts';
import { LINK_HOWS, type EcomSnapshot, type LinkList, type RememberedLinks, type RetailSnapshot } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/**
 * The links a plan rests on, as the engine remembers them for the next read (History.links): eCom id → Retail
 * id. Remembered, a link outranks every other evidence, so a category renamed or moved in Retail since is still
 * its copy's, and shows as drift rather than as one pending and one orphaned. Each keeps the evidence that first
 * made it, so the overlay can still say why they are one.
 */
export function rememberedLinks(
  ecom: EcomSnapshot,
  retail: RetailSnapshot,
  index: RetailIndex,
  links: Links,
): RememberedLinks {
  // Where ids link everything, memory adds nothing (linker.ts), and 200k links cost time to write and read.
  if (!links.byEvidence)
    return { categories: { ecomIds: [], retailIds: [], hows: [] }, products: { ecomIds: [], retailIds: [] } };
  const categories: Required<LinkList> = { ecomIds: [], retailIds: [], hows: [] };
  for (let at = 0; at < ecom.categories.length; at++) {
    const ordinal = links.retailOfEcom[at]!;
    if (ordinal === NONE) continue;
    categories.ecomIds.push(ecom.categories[at]!.id);
    categories.retailIds.push(index.id[ordinal]!);
    categories.hows.push(LINK_HOWS.indexOf(links.firstHow[at] ?? 'remembered'));
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
