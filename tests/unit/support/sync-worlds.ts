import type { StateFile } from '../../../sandbox/world/state.ts';
import { loadWorld } from '../../../sandbox/world/state.ts';
import type { EcomCategory, World } from '../../../sandbox/world/types.ts';

/** Small worlds for the native sync's tests, written as state files so that they go through loadWorld. */

type RetailCategoryInput = NonNullable<StateFile['retail']['categories']>[number];
type RetailItemInput = NonNullable<StateFile['retail']['items']>[number];
type EcomCategoryInput = NonNullable<StateFile['ecom']['categories']>[number];
type EcomProductInput = NonNullable<StateFile['ecom']['products']>[number];

export interface WorldParts {
  categories: RetailCategoryInput[];
  items: RetailItemInput[];
  ecomCategories: EcomCategoryInput[];
  products: EcomProductInput[];
}

export const SYNC_TIME = new Date('2026-04-01T12:00:00.000Z');
export const EARLIER = '2026-03-01T08:00:00.000Z';

export function buildWorld(parts: Partial<WorldParts>): World {
  return loadWorld({
    retail: { accountID: 210, categories: parts.categories ?? [], items: parts.items ?? [] },
    ecom: { storeId: 1003, categories: parts.ecomCategories ?? [], products: parts.products ?? [] },
  });
}

export function retailCategory(categoryID: number, name: string, parentID = 0): RetailCategoryInput {
  return { categoryID, name, parentID };
}

export function item(itemID: number, categoryID: number, extra: Partial<RetailItemInput> = {}): RetailItemInput {
  return { itemID, description: `Article ${itemID}`, customSku: `SKU-${itemID}`, categoryID, ...extra };
}

export function syncedCategory(
  id: number,
  categoryID: number,
  name: string,
  extra: Partial<EcomCategoryInput> = {},
): EcomCategoryInput {
  return { id, name, enabled: true, origin: 'LIGHTSPEED', externalReferenceId: String(categoryID), ...extra };
}

export function onlineOnlyCategory(
  id: number,
  name: string,
  extra: Partial<EcomCategoryInput> = {},
): EcomCategoryInput {
  return { id, name, enabled: true, origin: null, externalReferenceId: null, ...extra };
}

/** The product the sync would have made for item `itemID` (null: a product of eCom's own). */
export function product(
  id: number,
  itemID: number | null,
  categoryIds: number[],
  extra: Partial<EcomProductInput> = {},
): EcomProductInput {
  return {
    id,
    name: `Article ${itemID ?? id}`,
    sku: `SKU-${itemID ?? id}`,
    enabled: true,
    categoryIds,
    defaultCategoryId: categoryIds[0] ?? 0,
    externalReferenceId: itemID === null ? null : String(itemID),
    updated: EARLIER,
    ...extra,
  };
}

/**
 * The help article's example, fully in sync: Retail "Vestes", "Pantalons", "Chaussures" in that display
 * order (their ids are deliberately in another order), a few subcategories, one item each and one with no
 * category; in eCom, their synced categories and products, and two online-only categories.
 */
export function articleParts(): WorldParts {
  return {
    categories: [
      retailCategory(30, 'Vestes'),
      retailCategory(31, 'Blousons en cuir', 30),
      retailCategory(10, 'Pantalons'),
      retailCategory(11, 'Jeans', 10),
      retailCategory(20, 'Chaussures'),
      retailCategory(21, 'Baskets', 20),
      retailCategory(22, 'Bottes', 20),
    ],
    items: [item(1, 31), item(2, 11), item(3, 21), item(4, 0)],
    ecomCategories: [
      syncedCategory(501, 30, 'Vestes', { orderBy: 10 }),
      syncedCategory(502, 10, 'Pantalons', { orderBy: 20 }),
      syncedCategory(503, 20, 'Chaussures', { orderBy: 30 }),
      syncedCategory(504, 31, 'Blousons en cuir', { parentId: 501, orderBy: 10 }),
      syncedCategory(505, 11, 'Jeans', { parentId: 502, orderBy: 10 }),
      syncedCategory(506, 21, 'Baskets', { parentId: 503, orderBy: 10 }),
      syncedCategory(507, 22, 'Bottes', { parentId: 503, orderBy: 20 }),
      onlineOnlyCategory(601, 'Idées cadeaux', { orderBy: 15 }),
      onlineOnlyCategory(602, 'Pour elle', { parentId: 601, orderBy: 10 }),
    ],
    products: [product(7001, 1, [504]), product(7002, 2, [505]), product(7003, 3, [506]), product(7004, 4, [])],
  };
}

export function category(world: World, id: number): EcomCategory {
  const found = world.ecom.categories.get(id);
  if (!found) throw new Error(`No eCom category ${id}`);
  return found;
}

/** The eCom category synced from Retail category `categoryID` (the lowest id, as the sync picks). */
export function counterpartOf(world: World, categoryID: number): EcomCategory | undefined {
  return [...world.ecom.categories.values()]
    .filter((c) => c.externalReferenceId === String(categoryID))
    .sort((a, b) => a.id - b.id)[0];
}

/** Names of the children of an eCom parent, in shop order (orderBy, then id). */
export function ecomChildNames(world: World, parentId: number): string[] {
  return [...world.ecom.categories.values()]
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.orderBy - b.orderBy || a.id - b.id)
    .map((c) => c.name);
}
