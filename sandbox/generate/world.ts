import { siblingOrderBy } from '../native-sync/rules.ts';
import { categoryName, itemName, renamedCategoryName } from './names.ts';
import { chance, pick, randomIndex, seededRandom, type Random } from './random.ts';
import type { StateFile } from '../world/state.ts';

/**
 * A large store for benchmarks, the same for the same seed: about N Retail categories in a tree, three items
 * each, and an eCom side shaped like a real store after months of Lightspeed's sync. The sync last ran on
 * 2 March 2026; after it, a few categories were made in Retail (not synced yet) and a few renamed (drifting).
 *
 * Built from typed arrays indexed by Retail id, in a few linear passes: 50,000 categories take well under a
 * second and no per-category objects beyond the records themselves.
 */

export interface GenerateOptions {
  categories: number;
  seed?: number;
}

type RetailCategoryRecord = NonNullable<StateFile['retail']['categories']>[number];
type RetailItemRecord = NonNullable<StateFile['retail']['items']>[number];
type EcomCategoryRecord = NonNullable<StateFile['ecom']['categories']>[number];
type EcomProductRecord = NonNullable<StateFile['ecom']['products']>[number];

const FIRST_CREATED = Date.parse('2025-06-02T08:00:00.000Z');
const LAST_SYNC = Date.parse('2026-03-02T06:00:00.000Z');
const LAST_SYNC_ISO = new Date(LAST_SYNC).toISOString();
const GENERATED_AT = Date.parse('2026-03-20T18:00:00.000Z');
const DAY = 86_400_000;
/** nodeDepth 0 to 3: trees four levels deep at most. */
const MAX_DEPTH = 3;
const ITEMS_PER_CATEGORY = 3;
const FIRST_ECOM_CATEGORY_ID = 170_000_001;
const FIRST_PRODUCT_ID = 500_000_001;
const IMAGES = 'https://images.example.com/generated';

/** Shares of the categories. */
const CATEGORY_SHARES = {
  roots: 0.07,
  /** Made in Retail after the last sync: absent from eCom. */
  notSyncedYet: 0.02,
  /** The newest synced ones: arrived disabled (docs/sync-rules.md#s2), not enabled yet. */
  newlySynced: 0.1,
  /** Enabled once, then disabled by the merchant (docs/sync-rules.md#s8), with a description and image. */
  disabledByMerchant: 0.01,
  /** Renamed in Retail since the last sync: eCom still has the old name. */
  renamedInRetail: 0.005,
  /** eCom categories of the merchant's own (docs/sync-rules.md#s9). */
  onlineOnly: 0.03,
};

/** Shares of the items and their products. */
const ITEM_SHARES = {
  noCategory: 0.02,
  archived: 0.01,
  notPublished: 0.01,
  disabledProduct: 0.03,
  alsoInOnlineOnly: 0.02,
};

/** Per-category situations, indexed by Retail id. */
const LIVE = 0;
const NEW = 1;
const DISABLED_BY_MERCHANT = 2;
const NOT_SYNCED_YET = 3;

const iso = (ms: number) => new Date(Math.round(ms)).toISOString();
const between = (random: Random, from: number, to: number) => from + random() * (to - from);

/** A share of `count`, at least one once the store is big enough for every situation to make sense. */
function share(count: number, rate: number): number {
  const exact = Math.round(count * rate);
  return count >= 10 ? Math.max(1, exact) : exact;
}

export function generateState(options: GenerateOptions): StateFile {
  const random = seededRandom(options.seed ?? 1);
  const count = Math.max(1, Math.round(options.categories));
  const notSyncedYet = share(count, CATEGORY_SHARES.notSyncedYet);
  const synced = count - notSyncedYet;

  const tree = growTree(random, count, Math.max(1, Math.round(count * CATEGORY_SHARES.roots)));
  const status = categoryStatuses(random, count, synced);
  const renamed = pickDistinct(random, 1, synced, share(count, CATEGORY_SHARES.renamedInRetail));
  const order = displayOrder(random, count, synced);
  const createdAt = categoryCreationTimes(count, synced);

  const retailCategories: RetailCategoryRecord[] = [];
  const ecomNameOf: string[] = [];
  for (const id of order) {
    const name = tree.names[id]!;
    const isRenamed = renamed.has(id);
    const createTime = iso(createdAt[id]!);
    ecomNameOf[id] = name;
    retailCategories.push({
      categoryID: id,
      name: isRenamed ? renamedCategoryName(random, name) : name,
      parentID: tree.parentOf[id]!,
      createTime,
      timeStamp: isRenamed ? iso(between(random, LAST_SYNC, GENERATED_AT)) : createTime,
    });
  }

  const ecom = ecomCategories(random, { count, synced, order, parentOf: tree.parentOf, status, ecomNameOf });
  const { items, products } = itemsAndProducts(random, {
    count,
    status,
    createdAt,
    ecomIdOf: ecom.ecomIdOf,
    onlineOnlyIds: ecom.onlineOnlyIds,
  });

  return {
    retail: { accountID: 210, categories: retailCategories, items },
    ecom: { storeId: 1003, categories: ecom.records, products },
  };
}

/** The Retail tree: roots first, then each category under a random earlier one that is not too deep. */
function growTree(random: Random, count: number, rootCount: number) {
  const parentOf = new Int32Array(count + 1);
  const depthOf = new Uint8Array(count + 1);
  const names: string[] = [];
  // Sibling names are unique, as a merchant would keep them.
  const taken = new Set<string>();
  const canHaveChildren: number[] = [];
  for (let id = 1; id <= count; id++) {
    const parent = id <= rootCount ? 0 : canHaveChildren[randomIndex(random, canHaveChildren.length)]!;
    const depth = parent === 0 ? 0 : depthOf[parent]! + 1;
    parentOf[id] = parent;
    depthOf[id] = depth;
    const base = categoryName(random, depth);
    let name = base;
    for (let n = 2; taken.has(`${parent}/${name}`); n++) name = `${base} ${n}`;
    taken.add(`${parent}/${name}`);
    names[id] = name;
    if (depth < MAX_DEPTH) canHaveChildren.push(id);
  }
  return { parentOf, depthOf, names };
}

/**
 * Ids are in creation order. The newest `count - synced` were made after the last sync; the newest synced
 * ones arrived with the last runs and are still disabled; a few older ones the merchant disabled again.
 */
function categoryStatuses(random: Random, count: number, synced: number): Uint8Array {
  const status = new Uint8Array(count + 1);
  const newlySynced = Math.min(synced, share(count, CATEGORY_SHARES.newlySynced));
  for (let id = synced + 1; id <= count; id++) status[id] = NOT_SYNCED_YET;
  for (let id = synced - newlySynced + 1; id <= synced; id++) status[id] = NEW;
  const older = synced - newlySynced;
  for (const id of pickDistinct(random, 1, older, share(count, CATEGORY_SHARES.disabledByMerchant))) {
    status[id] = DISABLED_BY_MERCHANT;
  }
  return status;
}

/** `wanted` distinct whole numbers in [from, to], fewer when the range is smaller. */
function pickDistinct(random: Random, from: number, to: number, wanted: number): Set<number> {
  const picked = new Set<number>();
  const size = to - from + 1;
  const target = Math.max(0, Math.min(wanted, size));
  while (picked.size < target) picked.add(from + randomIndex(random, size));
  return picked;
}

/**
 * The order of the state's category list, which is Retail's sibling order: mostly creation order, with about
 * one synced category in twenty moved earlier by the merchant. Categories not synced yet stay last among
 * their siblings, as Retail appends new ones, so the synced siblings' order is the order the last sync saw.
 */
function displayOrder(random: Random, count: number, synced: number): number[] {
  const key = new Float64Array(count + 1);
  for (let id = 1; id <= count; id++) key[id] = id <= synced && chance(random, 0.05) ? random() * id : id;
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  return ids.sort((a, b) => key[a]! - key[b]!);
}

/** Spread over the months before the last sync; the categories not synced yet come after it. */
function categoryCreationTimes(count: number, synced: number): Float64Array {
  const createdAt = new Float64Array(count + 1);
  const span = LAST_SYNC - DAY - FIRST_CREATED;
  for (let id = 1; id <= synced; id++) createdAt[id] = FIRST_CREATED + ((id - 1) / synced) * span;
  const after = count - synced;
  for (let id = synced + 1; id <= count; id++) {
    createdAt[id] = LAST_SYNC + ((id - synced) / (after + 1)) * (GENERATED_AT - LAST_SYNC);
  }
  return createdAt;
}

interface EcomCategoriesInput {
  count: number;
  synced: number;
  order: readonly number[];
  parentOf: Int32Array;
  status: Uint8Array;
  ecomNameOf: readonly string[];
}

/**
 * The eCom categories as the last sync left them, plus the merchant's work. eCom ids follow creation order,
 * with the merchant's online-only categories made now and then in between.
 */
function ecomCategories(random: Random, input: EcomCategoriesInput) {
  const { count, synced, order, parentOf, status, ecomNameOf } = input;
  const onlineOnlyCount = share(count, CATEGORY_SHARES.onlineOnly);
  const ecomIdOf = new Int32Array(count + 1);
  const onlineOnly: EcomCategoryRecord[] = [];
  // Online-only trees stay shallow: three levels at most.
  const onlineOnlyDepth = new Map<number, number>();
  const onlineOnlyParents: number[] = [];
  const onlineOnlyChildren = new Map<number, number>();
  let nextId = FIRST_ECOM_CATEGORY_ID;
  const rootCount = order.reduce((roots, id) => roots + (parentOf[id] === 0 ? 1 : 0), 0);

  const makeOnlineOnly = () => {
    const id = nextId++;
    const parentId = onlineOnlyParents.length > 0 && chance(random, 0.6) ? pick(random, onlineOnlyParents) : 0;
    const siblingsBefore = onlineOnlyChildren.get(parentId) ?? 0;
    onlineOnlyChildren.set(parentId, siblingsBefore + 1);
    const depth = parentId === 0 ? 0 : onlineOnlyDepth.get(parentId)! + 1;
    onlineOnlyDepth.set(id, depth);
    if (depth < 2) onlineOnlyParents.push(id);
    onlineOnly.push({
      id,
      parentId,
      // At the top, between the Retail roots (their orderBy are multiples of 10); below, Ecwid's own spacing.
      orderBy: parentId === 0 ? siblingOrderBy(randomIndex(random, rootCount + 1)) - 5 : 10 * (siblingsBefore + 1),
      name: `${categoryName(random, parentId === 0 ? 0 : 1)} – en ligne`,
      description: chance(random, 0.5) ? '<p>Une sélection de la boutique en ligne.</p>' : '',
      enabled: chance(random, 0.9),
      origin: null,
      externalReferenceId: null,
    });
  };

  for (let id = 1; id <= synced; id++) {
    while (onlineOnly.length < onlineOnlyCount && chance(random, onlineOnlyCount / synced)) makeOnlineOnly();
    ecomIdOf[id] = nextId++;
  }
  while (onlineOnly.length < onlineOnlyCount) makeOnlineOnly();

  // orderBy as the last sync gave it: by place among the synced siblings in Retail's order.
  const syncedSiblingsBefore = new Int32Array(count + 1);
  const records: EcomCategoryRecord[] = [];
  for (const id of order) {
    if (status[id] === NOT_SYNCED_YET) continue;
    const parent = parentOf[id]!;
    const index = syncedSiblingsBefore[parent]!;
    syncedSiblingsBefore[parent] = index + 1;
    records.push(
      syncedCategory(random, {
        id,
        ecomId: ecomIdOf[id]!,
        parentEcomId: parent === 0 ? 0 : ecomIdOf[parent]!,
        orderBy: siblingOrderBy(index),
        name: ecomNameOf[id]!,
        status: status[id]!,
      }),
    );
  }
  records.push(...onlineOnly);
  return { records, ecomIdOf, onlineOnlyIds: onlineOnly.map((category) => category.id) };
}

function syncedCategory(
  random: Random,
  input: { id: number; ecomId: number; parentEcomId: number; orderBy: number; name: string; status: number },
): EcomCategoryRecord {
  const customised = input.status === DISABLED_BY_MERCHANT || (input.status === LIVE && chance(random, 0.25));
  return {
    id: input.ecomId,
    parentId: input.parentEcomId,
    orderBy: input.orderBy,
    name: input.name,
    description: customised ? `<p>${input.name} : notre sélection.</p>` : '',
    enabled: input.status === LIVE,
    imageUrl: customised ? `${IMAGES}/category-${input.id}.jpg` : '',
    seoTitle: customised && chance(random, 0.5) ? `${input.name} | Boutique` : '',
    origin: 'LIGHTSPEED',
    externalReferenceId: String(input.id),
  };
}

interface ItemsInput {
  count: number;
  status: Uint8Array;
  createdAt: Float64Array;
  ecomIdOf: Int32Array;
  onlineOnlyIds: readonly number[];
}

/** Three items a category, and a product for each one the last sync would have brought to eCom. */
function itemsAndProducts(random: Random, input: ItemsInput) {
  const { count, status, createdAt, ecomIdOf, onlineOnlyIds } = input;
  const items: RetailItemRecord[] = [];
  const products: EcomProductRecord[] = [];
  let nextProductId = FIRST_PRODUCT_ID;
  const itemCount = count * ITEMS_PER_CATEGORY;

  for (let itemID = 1; itemID <= itemCount; itemID++) {
    const categoryID = chance(random, ITEM_SHARES.noCategory) ? 0 : 1 + randomIndex(random, count);
    const categoryNotSynced = categoryID !== 0 && status[categoryID] === NOT_SYNCED_YET;
    // Items of categories made after the last sync were made after it too.
    const createdMs =
      categoryID === 0
        ? between(random, FIRST_CREATED, LAST_SYNC - DAY)
        : between(random, createdAt[categoryID]!, categoryNotSynced ? GENERATED_AT : LAST_SYNC - DAY);
    const archived = chance(random, ITEM_SHARES.archived);
    const publishToEcom = !chance(random, ITEM_SHARES.notPublished);
    const customSku = chance(random, 0.6) ? `REF-${itemID.toString(36).toUpperCase()}` : '';
    const systemSku = String(210_000_000_000 + itemID);
    const description = itemName(random);
    const createTime = iso(createdMs);

    items.push({
      itemID,
      description,
      systemSku,
      customSku,
      categoryID,
      publishToEcom,
      archived,
      createTime,
      timeStamp: archived ? iso(between(random, createdMs, LAST_SYNC)) : createTime,
    });

    if (archived || !publishToEcom || categoryNotSynced) continue;
    const home = categoryID === 0 ? [] : [ecomIdOf[categoryID]!];
    const alsoOnline = onlineOnlyIds.length > 0 && chance(random, ITEM_SHARES.alsoInOnlineOnly);
    const extra = alsoOnline ? [pick(random, onlineOnlyIds)] : [];
    const disabled = chance(random, ITEM_SHARES.disabledProduct);
    const categoryIds = [...home, ...extra];
    products.push({
      id: nextProductId++,
      name: description,
      sku: customSku || systemSku,
      enabled: !disabled,
      categoryIds,
      defaultCategoryId: categoryIds[0] ?? 0,
      externalReferenceId: String(itemID),
      updated: disabled || extra.length > 0 ? iso(between(random, LAST_SYNC, GENERATED_AT)) : LAST_SYNC_ISO,
    });
  }
  return { items, products };
}
