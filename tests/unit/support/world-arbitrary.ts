import fc from 'fast-check';

import type { StateFile } from '../../../sandbox/world/state.ts';

/**
 * Random small worlds for the native sync's properties: a Retail tree in any sibling order, items in any
 * state, and an eCom side in any state a merchant and earlier syncs could leave: some Retail categories synced
 * (renamed, moved, reordered, enabled or not, customised), orphans, duplicates claiming one Retail category,
 * online-only trees, products in any categories, stale products and products of eCom's own.
 */

type EcomCategoryInput = NonNullable<StateFile['ecom']['categories']>[number];
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type EcomProductInput = NonNullable<StateFile['ecom']['products']>[number];

const name = fc.constantFrom('Vestes', 'Pantalons', 'Chaussures', "Idées d'été", 'Bottes & bottines', 'Jeans');
const text = fc.constantFrom('', '<p>À la une</p>', "L'hiver");

const retailCategoryArb = fc.record({ root: fc.boolean(), parentPick: fc.nat(), listKey: fc.nat(20), name });

const itemArb = fc.record({
  categoryPick: fc.option(fc.nat(), { nil: null }),
  publishToEcom: fc.boolean(),
  archived: fc.boolean(),
  customSku: fc.constantFrom('', 'SKU-A', 'SKU-B'),
  description: name,
});

/** The merchant-side state of one eCom category. */
const ecomFieldsArb = fc.record({
  enabled: fc.boolean(),
  description: text,
  imageUrl: fc.constantFrom('', 'https://img.example/a.jpg'),
  customSlug: fc.constantFrom('', 'mon-slug'),
  seoTitle: text,
  seoDescription: text,
  orderBy: fc.nat(60),
  parentPick: fc.nat(),
  listKey: fc.nat(30),
});

const syncedSideArb = fc.record({
  present: fc.boolean(),
  staleName: fc.option(name, { nil: null }),
  origin: fc.constantFrom('LIGHTSPEED' as const, null),
  fields: ecomFieldsArb,
});

/** An eCom category with a reference: an orphan (no Retail category) or a duplicate of a synced one. */
const claimArb = fc.record({ retailPick: fc.option(fc.nat(), { nil: null }), name, fields: ecomFieldsArb });

const onlineOnlyArb = fc.record({ name, fields: ecomFieldsArb });

const productArb = fc.record({
  /** null: a product of eCom's own; a number past the items: a product of an item Retail does not know. */
  itemPick: fc.option(fc.nat(), { nil: null }),
  categoryPicks: fc.array(fc.nat(), { maxLength: 3 }),
  enabled: fc.boolean(),
  staleName: fc.option(name, { nil: null }),
  staleSku: fc.boolean(),
});

export const worldStateArbitrary: fc.Arbitrary<StateFile> = fc
  .record({
    categories: fc.array(retailCategoryArb, { maxLength: 12 }),
    items: fc.array(itemArb, { maxLength: 10 }),
    synced: fc.array(syncedSideArb, { minLength: 12, maxLength: 12 }),
    claims: fc.array(claimArb, { maxLength: 3 }),
    onlineOnly: fc.array(onlineOnlyArb, { maxLength: 4 }),
    products: fc.array(productArb, { maxLength: 12 }),
  })
  .map(build);

function build(draw: {
  categories: ValueOf<typeof retailCategoryArb>[];
  items: ValueOf<typeof itemArb>[];
  synced: ValueOf<typeof syncedSideArb>[];
  claims: ValueOf<typeof claimArb>[];
  onlineOnly: ValueOf<typeof onlineOnlyArb>[];
  products: ValueOf<typeof productArb>[];
}): StateFile {
  // Retail ids are not in display order: 10, 13, 16…
  const retailIds = draw.categories.map((_, index) => 10 + index * 3);
  const categories = draw.categories
    .map((c, index) => ({
      categoryID: retailIds[index]!,
      name: c.name,
      // Parents are earlier categories, so the tree has no loops; the list order below gives sibling order.
      parentID: c.root || index === 0 ? 0 : retailIds[c.parentPick % index]!,
      listKey: c.listKey,
    }))
    .sort((a, b) => a.listKey - b.listKey)
    .map(({ listKey: _listKey, ...category }) => category);

  const items = draw.items.map((i, index) => ({
    itemID: 100 + index,
    description: i.description,
    customSku: i.customSku,
    categoryID: i.categoryPick === null || retailIds.length === 0 ? 0 : retailIds[i.categoryPick % retailIds.length]!,
    publishToEcom: i.publishToEcom,
    archived: i.archived,
  }));

  // eCom categories of every kind, shuffled by listKey; each one's parent is one listed before it.
  type Spec = {
    name: string;
    reference: string | null;
    origin: 'LIGHTSPEED' | null;
    fields: ValueOf<typeof ecomFieldsArb>;
  };
  const specs: Spec[] = [];
  retailIds.forEach((retailId, index) => {
    const side = draw.synced[index]!;
    const retailName = draw.categories[index]!.name;
    if (side.present) {
      const ecomName = side.staleName ?? retailName;
      specs.push({ name: ecomName, reference: String(retailId), origin: side.origin, fields: side.fields });
    }
  });
  for (const claim of draw.claims) {
    // A claim on no Retail category is an orphan; on one that is synced already, a duplicate.
    const claimed = claim.retailPick === null ? undefined : retailIds[claim.retailPick % retailIds.length];
    const reference = claimed === undefined ? '9999' : String(claimed);
    specs.push({ name: claim.name, reference, origin: 'LIGHTSPEED', fields: claim.fields });
  }
  for (const online of draw.onlineOnly) {
    specs.push({ name: online.name, reference: null, origin: null, fields: online.fields });
  }
  specs.sort((a, b) => a.fields.listKey - b.fields.listKey);

  const ecomCategories: EcomCategoryInput[] = specs.map((spec, index) => {
    const { parentPick, listKey: _listKey, ...fields } = spec.fields;
    const parentIndex = parentPick % (index + 1); // index itself = top level
    return {
      id: 500 + index * 2,
      parentId: parentIndex === index ? 0 : 500 + parentIndex * 2,
      name: spec.name,
      origin: spec.origin,
      externalReferenceId: spec.reference,
      ...fields,
    };
  });

  const products: EcomProductInput[] = draw.products.map((p, index) => {
    const item = p.itemPick === null ? undefined : items[p.itemPick % (items.length + 1)];
    const reference = p.itemPick === null ? null : item ? String(item.itemID) : '8888';
    const picked = p.categoryPicks.flatMap((pick) => ecomCategories[pick % ecomCategories.length]?.id ?? []);
    const categoryIds = [...new Set(picked)];
    return {
      id: 7000 + index * 3,
      name: p.staleName ?? item?.description ?? 'Emballage cadeau',
      sku: p.staleSku || !item ? 'OLD-SKU' : item.customSku || String(210000000000 + item.itemID),
      enabled: p.enabled,
      categoryIds,
      externalReferenceId: reference,
    };
  });

  return {
    retail: { accountID: 210, categories, items },
    ecom: { storeId: 1003, categories: ecomCategories, products },
  };
}
