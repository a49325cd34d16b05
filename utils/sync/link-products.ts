import { claimsRetailRecord, retailIdOf } from './external-ids.ts';
import { nameKey } from './link-keys.ts';
import { pairUnique } from './pair-unique.ts';
import { linksByPlace } from './link-lookup.ts';
import type { EcomSnapshot, LinkHow, LinkList, RetailItem } from './model.ts';
import type { RetailIndex } from './retail-index.ts';

/** Which Retail item each eCom product is, and how that was found (see linker.ts). */
export interface ProductLinks {
  /** By eCom product (its place in the snapshot): the item's place in RetailSnapshot.items, or -1. */
  itemOfProduct: Int32Array;
  how: (LinkHow | undefined)[];
}

/** An SKU as compared: Unicode's compatibility form, no spaces around; an empty one is no evidence. */
const skuKey = (sku: string) => (/^[\x20-\x7e]*$/.test(sku) ? sku : sku.normalize('NFKC')).trim();

/**
 * Products, strongest evidence first: a remembered link; the externalReferenceId naming an item (every product
 * naming an item is that item's, as Lightspeed's sync treats them); the SKU, one product to one item; the name
 * within a category already linked, one to one (linkByCodes below). `retailOfEcom` gives the category links made so far. A product
 * whose reference claims an item that is gone is that item's (claimsRetailRecord), and links to nothing else.
 * The SKU and the name are looked at only `byEvidence` (see needsEvidence in linker.ts).
 */
export function linkProducts(
  retail: RetailIndex,
  ecom: EcomSnapshot,
  items: readonly RetailItem[],
  remembered: LinkList | undefined,
  retailOfEcom: Int32Array,
  byEvidence: boolean,
): ProductLinks {
  const products = ecom.products;
  const itemOfProduct = new Int32Array(products.length).fill(-1);
  const how = new Array<LinkHow | undefined>(products.length).fill(undefined);
  const itemTaken = new Uint8Array(items.length);
  const join = (at: number, item: number, by: LinkHow) => {
    itemOfProduct[at] = item;
    how[at] = by;
    itemTaken[item] = 1;
  };

  const memory = linksByPlace(remembered, products.length, (at) => products[at]!.id);
  for (let at = 0; at < products.length; at++) {
    const product = products[at]!;
    const rememberedItem = memory.retailIds[at]!;
    const fromMemory = Number.isNaN(rememberedItem) ? -1 : retail.items.ordinalOf.get(rememberedItem);
    if (fromMemory >= 0) {
      join(at, fromMemory, 'remembered');
      continue;
    }
    const itemId = retailIdOf(product.externalReferenceId);
    const named = itemId === null ? -1 : retail.items.ordinalOf.get(itemId);
    if (named >= 0) join(at, named, 'id');
  }

  if (!byEvidence) return { itemOfProduct, how };
  const unclaimed = (at: number) => itemOfProduct[at] === -1 && !claimsRetailRecord(products[at]!.externalReferenceId);
  linkByCodes(
    items,
    itemTaken,
    products.length,
    (at) => (unclaimed(at) ? skuKey(products[at]!.sku) : ''),
    (at, item) => join(at, item, 'sku'),
  );

  const placeOfCategory = new Map<number, number>();
  for (let at = 0; at < ecom.categories.length; at++) placeOfCategory.set(ecom.categories[at]!.id, at);
  const linkedCategoryOf = (categoryId: number) => {
    const place = placeOfCategory.get(categoryId);
    return place === undefined ? -1 : retailOfEcom[place]!;
  };
  pairUnique(
    items.length,
    products.length,
    (item) => {
      const category = retail.items.category[item]!;
      return itemTaken[item] === 1 || category < 0 ? null : `${category}\u0000${nameKey(items[item]!.name)}`;
    },
    (at) => {
      if (!unclaimed(at)) return null;
      const product = products[at]!;
      const home = [product.defaultCategoryId, ...product.categoryIds].map(linkedCategoryOf).find((r) => r >= 0);
      return home === undefined ? null : `${home}\u0000${nameKey(product.name)}`;
    },
    (at, item) => join(at, item, 'name'),
  );
  return { itemOfProduct, how };
}

/**
 * The SKU: an eCom product whose SKU is one of an item's codes (custom or system SKU, UPC, EAN: which one
 * Lightspeed's sync copies is unknown) is that item, when no other item has that code and no other product
 * points at that item by any of its codes. A tie links nothing.
 */
function linkByCodes(
  items: readonly RetailItem[],
  itemTaken: Uint8Array,
  productCount: number,
  skuOf: (at: number) => string,
  join: (at: number, item: number) => void,
): void {
  const TIED = -2;
  // Keyed by the products' SKUs rather than the items' codes: half as many keys to hash and store.
  const productOfKey = new Map<string, number>();
  for (let at = 0; at < productCount; at++) {
    const key = skuOf(at);
    if (key !== '') productOfKey.set(key, productOfKey.has(key) ? TIED : at);
  }
  // Read after read, memory has linked every product: no SKU is left to look for.
  if (productOfKey.size === 0) return;
  const itemOfProduct = new Int32Array(productCount).fill(-1);
  const matches = new Uint8Array(items.length);
  for (let item = 0; item < items.length; item++) {
    if (itemTaken[item] === 1) continue;
    const record = items[item]!;
    const codes = record.codes;
    const count = codes === undefined ? 1 : codes.length;
    for (let c = 0; c < count; c++) {
      const at = productOfKey.get(skuKey(codes === undefined ? record.sku : codes[c]!));
      if (at === undefined || at === TIED) continue;
      const before = itemOfProduct[at]!;
      if (before === item) continue;
      itemOfProduct[at] = before === -1 ? item : TIED;
      if (matches[item]! < 2) matches[item] = matches[item]! + 1;
    }
  }
  for (let at = 0; at < productCount; at++) {
    const item = itemOfProduct[at]!;
    if (item >= 0 && matches[item] === 1) join(at, item);
  }
}
