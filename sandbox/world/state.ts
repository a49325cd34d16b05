import * as v from 'valibot';

import { retailCategoriesInOrder, retailTreeFields } from './tree.ts';
import {
  EXTERNAL_ID_MODES,
  type EcomCategory,
  type ExternalIds,
  type EcomProduct,
  type RetailCategory,
  type RetailItem,
  type World,
} from './types.ts';

/**
 * The state file: the whole world as JSON, each record in its own API's field names. R-Series fields may be
 * numbers or strings, as the real API sends strings. A state that breaks a rule is refused with a message
 * that names the record.
 */

const EPOCH = '2026-01-01T00:00:00.000Z';

const Int = v.pipe(
  v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d+$/, 'must be a whole number'))]),
  v.transform(Number),
  v.integer('must be a whole number'),
);
const Bool = v.pipe(
  v.union([v.boolean(), v.picklist(['true', 'false'], 'must be true or false')]),
  v.transform((value) => value === true || value === 'true'),
);
const Text = v.string();
const Time = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 time'));

const RetailCategoryInput = v.looseObject({
  categoryID: Int,
  name: Text,
  parentID: v.optional(Int, 0),
  leftNode: v.optional(Int),
  createTime: v.optional(Time, EPOCH),
  timeStamp: v.optional(Time, EPOCH),
});

const RetailItemInput = v.looseObject({
  itemID: Int,
  description: Text,
  systemSku: v.optional(v.union([v.string(), v.number()])),
  customSku: v.optional(Text, ''),
  upc: v.optional(Text),
  ean: v.optional(Text),
  categoryID: v.optional(Int, 0),
  publishToEcom: v.optional(Bool, true),
  archived: v.optional(Bool, false),
  createTime: v.optional(Time, EPOCH),
  timeStamp: v.optional(Time, EPOCH),
});

const EcomCategoryInput = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  parentId: v.optional(v.pipe(v.number(), v.integer()), 0),
  orderBy: v.optional(v.number()),
  name: Text,
  description: v.optional(Text, ''),
  enabled: v.optional(v.boolean(), false),
  imageUrl: v.optional(Text, ''),
  customSlug: v.optional(Text, ''),
  seoTitle: v.optional(Text, ''),
  seoDescription: v.optional(Text, ''),
  origin: v.optional(v.nullable(v.literal('LIGHTSPEED')), null),
  externalReferenceId: v.optional(v.nullable(v.union([v.string(), v.number()])), null),
  productIds: v.optional(v.array(v.pipe(v.number(), v.integer())), []),
});

const EcomProductInput = v.looseObject({
  id: v.pipe(v.number(), v.integer()),
  name: Text,
  sku: v.optional(Text),
  enabled: v.optional(v.boolean(), true),
  categoryIds: v.optional(v.array(v.pipe(v.number(), v.integer())), []),
  defaultCategoryId: v.optional(v.pipe(v.number(), v.integer())),
  externalReferenceId: v.optional(v.nullable(v.union([v.string(), v.number()])), null),
  updated: v.optional(Time, EPOCH),
});

const StateInput = v.object({
  retail: v.object({
    accountID: Int,
    categories: v.optional(v.array(RetailCategoryInput), []),
    items: v.optional(v.array(RetailItemInput), []),
  }),
  ecom: v.object({
    storeId: Int,
    /** What the API shows of Lightspeed's own mapping; `retail` when absent (see ExternalIds). */
    externalIds: v.optional(v.picklist(EXTERNAL_ID_MODES), 'retail'),
    categories: v.optional(v.array(EcomCategoryInput), []),
    products: v.optional(v.array(EcomProductInput), []),
  }),
});

export type StateFile = v.InferInput<typeof StateInput>;

export class StateError extends Error {
  override name = 'StateError';
}

function describe(where: string, id: number, name: string): string {
  return `${where} (id ${id}, "${name}")`;
}

function refuseDuplicates<T>(records: T[], idOf: (record: T) => number, nameOf: (record: T) => string, where: string) {
  const seen = new Set<number>();
  records.forEach((record, index) => {
    const id = idOf(record);
    if (seen.has(id)) throw new StateError(`${describe(`${where}[${index}]`, id, nameOf(record))}: duplicate id`);
    seen.add(id);
  });
}

/** Refuses parents that do not exist and loops, naming the first record at fault. */
function refuseBrokenTree<T>(
  records: T[],
  idOf: (record: T) => number,
  parentOf: (record: T) => number,
  nameOf: (record: T) => string,
  where: string,
) {
  const byId = new Map(records.map((record) => [idOf(record), record]));
  records.forEach((record, index) => {
    const label = describe(`${where}[${index}]`, idOf(record), nameOf(record));
    const parent = parentOf(record);
    if (parent !== 0 && !byId.has(parent)) throw new StateError(`${label}: parent ${parent} does not exist`);
    const path = new Set<number>([idOf(record)]);
    let current = parent;
    while (current !== 0) {
      if (path.has(current)) throw new StateError(`${label}: its parents form a loop through ${current}`);
      path.add(current);
      current = parentOf(byId.get(current)!);
    }
  });
}

function formatIssues(issues: v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    .join('; ');
}

/** Parses and checks a state; throws StateError naming the first record that breaks a rule. */
export function loadWorld(input: unknown): World {
  const parsed = v.safeParse(StateInput, input);
  if (!parsed.success) throw new StateError(`The state is not valid: ${formatIssues(parsed.issues)}`);
  const state = parsed.output;

  const rc = state.retail.categories;
  refuseDuplicates(
    rc,
    (c) => c.categoryID,
    (c) => c.name,
    'retail.categories',
  );
  refuseBrokenTree(
    rc,
    (c) => c.categoryID,
    (c) => c.parentID,
    (c) => c.name,
    'retail.categories',
  );
  const ri = state.retail.items;
  refuseDuplicates(
    ri,
    (i) => i.itemID,
    (i) => i.description,
    'retail.items',
  );
  const retailIds = new Set(rc.map((c) => c.categoryID));
  ri.forEach((item, index) => {
    if (item.categoryID !== 0 && !retailIds.has(item.categoryID)) {
      throw new StateError(
        `${describe(`retail.items[${index}]`, item.itemID, item.description)}: category ${item.categoryID} does not exist`,
      );
    }
  });

  const ec = state.ecom.categories;
  refuseDuplicates(
    ec,
    (c) => c.id,
    (c) => c.name,
    'ecom.categories',
  );
  refuseBrokenTree(
    ec,
    (c) => c.id,
    (c) => c.parentId,
    (c) => c.name,
    'ecom.categories',
  );
  const ep = state.ecom.products;
  refuseDuplicates(
    ep,
    (p) => p.id,
    (p) => p.name,
    'ecom.products',
  );
  const ecomCategoryIds = new Set(ec.map((c) => c.id));
  const productIds = new Set(ep.map((p) => p.id));
  ep.forEach((product, index) => {
    for (const categoryId of product.categoryIds) {
      if (!ecomCategoryIds.has(categoryId)) {
        throw new StateError(
          `${describe(`ecom.products[${index}]`, product.id, product.name)}: category ${categoryId} does not exist`,
        );
      }
    }
  });
  ec.forEach((category, index) => {
    for (const productId of category.productIds) {
      if (!productIds.has(productId)) {
        throw new StateError(
          `${describe(`ecom.categories[${index}]`, category.id, category.name)}: product ${productId} does not exist`,
        );
      }
    }
  });

  // Sibling order: by leftNode where given, else as listed.
  const retailCategories = new Map<number, RetailCategory>();
  const ordered = rc
    .map((c, index) => ({ c, key: c.leftNode ?? Number.MAX_SAFE_INTEGER, index }))
    .sort((a, b) => a.key - b.key || a.index - b.index);
  ordered.forEach(({ c }, position) => {
    retailCategories.set(c.categoryID, {
      categoryID: c.categoryID,
      name: c.name,
      parentID: c.parentID,
      position,
      createTime: c.createTime,
      timeStamp: c.timeStamp,
    });
  });

  const items = new Map<number, RetailItem>();
  for (const i of ri) {
    items.set(i.itemID, {
      itemID: i.itemID,
      description: i.description,
      systemSku: i.systemSku === undefined ? String(210000000000 + i.itemID) : String(i.systemSku),
      customSku: i.customSku,
      ...(i.upc ? { upc: i.upc } : {}),
      ...(i.ean ? { ean: i.ean } : {}),
      categoryID: i.categoryID,
      publishToEcom: i.publishToEcom,
      archived: i.archived,
      createTime: i.createTime,
      timeStamp: i.timeStamp,
    });
  }

  // Membership may be given on either side; the product's categoryIds is the truth.
  const memberships = new Map<number, number[]>(ep.map((p) => [p.id, [...p.categoryIds]]));
  for (const category of ec) {
    for (const productId of category.productIds) {
      const list = memberships.get(productId)!;
      if (!list.includes(category.id)) list.push(category.id);
    }
  }

  const siblingCounters = new Map<number, number>();
  const ecomCategories = new Map<number, EcomCategory>();
  for (const c of ec) {
    const next = (siblingCounters.get(c.parentId) ?? 0) + 10;
    siblingCounters.set(c.parentId, next);
    ecomCategories.set(c.id, {
      id: c.id,
      parentId: c.parentId,
      orderBy: c.orderBy ?? next,
      name: c.name,
      description: c.description,
      enabled: c.enabled,
      imageUrl: c.imageUrl,
      customSlug: c.customSlug,
      seoTitle: c.seoTitle,
      seoDescription: c.seoDescription,
      origin: c.origin,
      externalReferenceId: c.externalReferenceId === null ? null : String(c.externalReferenceId),
    });
  }

  const products = new Map<number, EcomProduct>();
  for (const p of ep) {
    const categoryIds = memberships.get(p.id)!;
    products.set(p.id, {
      id: p.id,
      name: p.name,
      sku: p.sku ?? `SKU-${p.id}`,
      enabled: p.enabled,
      categoryIds,
      defaultCategoryId: p.defaultCategoryId ?? categoryIds[0] ?? 0,
      externalReferenceId: p.externalReferenceId === null ? null : String(p.externalReferenceId),
      updated: p.updated,
    });
  }

  return {
    retail: { accountID: state.retail.accountID, revision: 0, categories: retailCategories, items },
    ecom: { storeId: state.ecom.storeId, externalIds: state.ecom.externalIds, categories: ecomCategories, products },
  };
}

/** The `--external-ids` flag (sandbox CLI and npm start): undefined when not given, refused when not a mode. */
export function externalIdsFlag(value: string | undefined): ExternalIds | undefined {
  if (value === undefined) return undefined;
  const mode = EXTERNAL_ID_MODES.find((known) => known === value);
  if (mode === undefined) throw new Error(`--external-ids takes ${EXTERNAL_ID_MODES.join(', ')}; got "${value}".`);
  return mode;
}

/**
 * A state with its `externalIds` mode set (a command-line flag over the state file), or as it is when `mode` is
 * absent. A state that is not an object is left for loadWorld to refuse, with its own words.
 */
export function withExternalIds(state: unknown, mode: ExternalIds | undefined): unknown {
  if (mode === undefined || typeof state !== 'object' || state === null) return state;
  const { ecom } = state as { ecom?: unknown };
  if (typeof ecom !== 'object' || ecom === null) return state;
  return { ...state, ecom: { ...ecom, externalIds: mode } };
}

/** The whole world as a state file, which loadWorld() reads back to the same world. */
export function dumpWorld(world: World): StateFile & Record<string, unknown> {
  const { retail, ecom } = world;
  const productIdsOf = new Map<number, number[]>();
  for (const product of ecom.products.values()) {
    for (const categoryId of product.categoryIds) {
      const list = productIdsOf.get(categoryId);
      if (list) list.push(product.id);
      else productIdsOf.set(categoryId, [product.id]);
    }
  }
  return {
    retail: {
      accountID: retail.accountID,
      categories: retailCategoriesInOrder(retail).map(({ position: _position, ...category }) => ({
        ...category,
        ...retailTreeFields(retail, category.categoryID),
      })),
      items: [...retail.items.values()].map((item) => ({ ...item })),
    },
    ecom: {
      storeId: ecom.storeId,
      externalIds: ecom.externalIds,
      categories: [...ecom.categories.values()].map((category) => ({
        ...category,
        productIds: productIdsOf.get(category.id) ?? [],
      })),
      products: [...ecom.products.values()].map((product) => ({ ...product, categoryIds: [...product.categoryIds] })),
    },
  };
}
