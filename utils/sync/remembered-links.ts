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
  // Lists sized once: grown a push at a time, 150k entries are copied over and over.
  const categoryCount = countLinked(links.retailOfEcom, NONE);
  const categories: Required<LinkList> = sized(categoryCount, true);
  for (let at = 0, i = 0; at < ecom.categories.length; at++) {
    const ordinal = links.retailOfEcom[at]!;
    if (ordinal === NONE) continue;
    categories.ecomIds[i] = ecom.categories[at]!.id;
    categories.retailIds[i] = index.id[ordinal]!;
    categories.hows[i] = LINK_HOWS.indexOf(links.firstHow[at] ?? 'remembered');
    i += 1;
  }
  const products: LinkList = sized(countLinked(links.products.itemOfProduct, -1), false);
  for (let at = 0, i = 0; at < ecom.products.length; at++) {
    const item = links.products.itemOfProduct[at]!;
    if (item < 0) continue;
    products.ecomIds[i] = ecom.products[at]!.id;
    products.retailIds[i] = retail.items[item]!.id;
    i += 1;
  }
  return { categories, products };
}

function countLinked(places: Int32Array, none: number): number {
  let count = 0;
  for (const value of places) if (value !== none) count += 1;
  return count;
}

function sized(count: number, withHows: true): Required<LinkList>;
function sized(count: number, withHows: false): LinkList;
function sized(count: number, withHows: boolean): LinkList {
  const list = () => new Array<number>(count).fill(0);
  return withHows ? { ecomIds: list(), retailIds: list(), hows: list() } : { ecomIds: list(), retailIds: list() };
}
