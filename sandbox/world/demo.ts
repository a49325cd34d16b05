import type { StateFile } from './state.ts';

/**
 * The default world of `npm start`: "L'Atelier de Margaux", a French clothing boutique, with the help
 * article's own example ("Vestes", "Pantalons", "Chaussures", in that display order).
 *
 * The story: the Retail categories were made in January; Lightspeed's sync last ran on 2 March 2026 and the
 * eCom side is what it left, plus the merchant's work since (categories enabled, one disabled again and
 * dressed with a description and image, online-only categories, a few products disabled). Since that run,
 * Retail got a new category ("Sandales d'été", with two items) and archived one item: the next sync has work.
 */

const LAST_SYNC = '2026-03-02T06:00:00.000Z';
const IMAGES = 'https://images.example.com/atelier-margaux';

type CategoryStatus =
  /** Synced and enabled by the merchant. */
  | 'live'
  /** Arrived with the last sync and still disabled, as every synced category arrives (docs/sync-rules.md#s2). */
  | 'new'
  /** Enabled once, then disabled again by the merchant (docs/sync-rules.md#s8): not "new". */
  | 'disabled by merchant'
  /** Made in Retail after the last sync: absent from eCom. */
  | 'not synced yet';

interface CategoryRow {
  retailId: number;
  /** The id the sync gave it in eCom; null while not synced. */
  ecomId: number | null;
  name: string;
  /** Retail id of the parent, 0 = top level. */
  parent: number;
  created: string;
  status: CategoryStatus;
  /** eCom orderBy as the last sync set it. */
  orderBy?: number;
  description?: string;
  imageUrl?: string;
  seoTitle?: string;
}

/** Retail categories in display order (the order of this list is the order of the tree). */
const CATEGORIES: CategoryRow[] = [
  {
    retailId: 1,
    ecomId: 501,
    name: 'Vestes',
    parent: 0,
    created: '2026-01-06T09:10:00.000Z',
    status: 'live',
    orderBy: 10,
    description: '<p>Nos vestes pour toutes les saisons, choisies à l’atelier.</p>',
    imageUrl: `${IMAGES}/vestes.jpg`,
  },
  {
    retailId: 4,
    ecomId: 504,
    name: 'Blousons en cuir',
    parent: 1,
    created: '2026-01-06T09:14:00.000Z',
    status: 'live',
    orderBy: 10,
    seoTitle: 'Blousons en cuir pour femme et homme',
  },
  {
    retailId: 5,
    ecomId: 505,
    name: 'Imperméables',
    parent: 1,
    created: '2026-01-06T09:15:00.000Z',
    status: 'disabled by merchant',
    orderBy: 20,
    description: '<p>Trenchs et cirés : de retour à l’automne.</p>',
    imageUrl: `${IMAGES}/impermeables.jpg`,
  },
  {
    retailId: 6,
    ecomId: 523,
    name: 'Doudounes',
    parent: 1,
    created: '2026-02-24T16:40:00.000Z',
    status: 'new',
    orderBy: 30,
  },
  // Made after "Chaussures" (higher id) but placed before it: display order is not id order.
  {
    retailId: 3,
    ecomId: 503,
    name: 'Pantalons',
    parent: 0,
    created: '2026-01-06T09:12:00.000Z',
    status: 'live',
    orderBy: 20,
  },
  {
    retailId: 7,
    ecomId: 507,
    name: 'Jeans',
    parent: 3,
    created: '2026-01-06T09:20:00.000Z',
    status: 'live',
    orderBy: 10,
  },
  {
    retailId: 8,
    ecomId: 508,
    name: 'Chinos',
    parent: 3,
    created: '2026-01-06T09:21:00.000Z',
    status: 'live',
    orderBy: 20,
  },
  {
    retailId: 9,
    ecomId: 524,
    name: 'Pantalons en velours',
    parent: 3,
    created: '2026-02-25T10:05:00.000Z',
    status: 'new',
    orderBy: 30,
  },
  {
    retailId: 2,
    ecomId: 502,
    name: 'Chaussures',
    parent: 0,
    created: '2026-01-06T09:11:00.000Z',
    status: 'live',
    orderBy: 30,
  },
  {
    retailId: 10,
    ecomId: 510,
    name: 'Baskets',
    parent: 2,
    created: '2026-01-06T09:25:00.000Z',
    status: 'live',
    orderBy: 10,
  },
  {
    retailId: 11,
    ecomId: 511,
    name: 'Bottes',
    parent: 2,
    created: '2026-01-06T09:26:00.000Z',
    status: 'live',
    orderBy: 20,
  },
  {
    retailId: 12,
    ecomId: 525,
    name: 'Bottines à lacets',
    parent: 11,
    created: '2026-02-26T11:30:00.000Z',
    status: 'new',
    orderBy: 10,
  },
  {
    retailId: 13,
    ecomId: 513,
    name: 'Mocassins',
    parent: 2,
    created: '2026-01-06T09:27:00.000Z',
    status: 'live',
    orderBy: 30,
  },
  {
    retailId: 14,
    ecomId: null,
    name: "Sandales d'été",
    parent: 2,
    created: '2026-03-18T14:02:00.000Z',
    status: 'not synced yet',
  },
];

/** Categories the merchant made in eCom (docs/sync-rules.md#s9): no Retail reference, never touched by the sync. */
const ONLINE_ONLY = [
  {
    id: 520,
    name: 'Idées cadeaux',
    parentId: 0,
    orderBy: 40,
    description: '<p>Pour faire plaisir sans se tromper.</p>',
  },
  { id: 521, name: 'Pour elle', parentId: 520, orderBy: 10, description: '' },
  // The merchant put the sales first, before the Retail categories.
  { id: 522, name: "Soldes d'hiver", parentId: 0, orderBy: 5, description: '<p>Jusqu’à -40 % sur une sélection.</p>' },
];

interface ItemRow {
  id: number;
  name: string;
  /** Retail id, 0 = no category. */
  category: number;
  customSku?: string;
  created: string;
  /** When the item was archived. */
  archived?: string;
  /** Sold in the shop only. */
  notPublished?: true;
  /** The eCom product the sync made for it, if any. */
  product?: {
    id: number;
    /** Disabled by the merchant (docs/sync-rules.md#s4). */
    disabled?: true;
    /** Online-only categories the merchant also put it in (docs/sync-rules.md#s9). */
    alsoIn?: number[];
    updated?: string;
  };
}

const ITEMS: ItemRow[] = [
  {
    id: 1,
    name: 'Veste en jean délavée',
    category: 1,
    customSku: 'VES-JEAN-01',
    created: '2026-01-08T10:00:00.000Z',
    product: { id: 7001 },
  },
  {
    id: 2,
    name: 'Blouson aviateur en cuir',
    category: 4,
    customSku: 'BLS-AVIA-01',
    created: '2026-01-08T10:05:00.000Z',
    product: { id: 7002, alsoIn: [521, 522], updated: '2026-03-03T09:12:00.000Z' },
  },
  {
    id: 3,
    name: "Perfecto en cuir d'agneau",
    category: 4,
    customSku: 'BLS-PERF-01',
    created: '2026-01-08T10:07:00.000Z',
    product: { id: 7003 },
  },
  {
    id: 4,
    name: 'Blouson motard vieilli',
    category: 4,
    created: '2026-01-08T10:09:00.000Z',
    product: { id: 7004, disabled: true, updated: '2026-03-04T17:45:00.000Z' },
  },
  {
    id: 5,
    name: 'Trench-coat beige',
    category: 5,
    customSku: 'IMP-TREN-01',
    created: '2026-01-09T11:00:00.000Z',
    product: { id: 7005 },
  },
  {
    id: 6,
    name: 'Ciré jaune « Marinière »',
    category: 5,
    customSku: 'IMP-CIRE-01',
    created: '2026-01-09T11:02:00.000Z',
    product: { id: 7006 },
  },
  {
    id: 7,
    name: 'Doudoune légère sans manches',
    category: 6,
    customSku: 'DOU-LEGE-01',
    created: '2026-02-24T16:45:00.000Z',
    product: { id: 7007 },
  },
  { id: 8, name: 'Parka à capuche fourrée', category: 6, created: '2026-02-24T16:50:00.000Z', product: { id: 7008 } },
  {
    id: 9,
    name: 'Pantalon large en lin',
    category: 3,
    customSku: 'PAN-LIN-01',
    created: '2026-01-09T14:00:00.000Z',
    product: { id: 7009 },
  },
  {
    id: 10,
    name: 'Jean slim brut',
    category: 7,
    customSku: 'JEA-SLIM-01',
    created: '2026-01-09T14:10:00.000Z',
    product: { id: 7010, alsoIn: [522], updated: '2026-03-03T09:15:00.000Z' },
  },
  {
    id: 11,
    name: 'Jean droit délavé',
    category: 7,
    customSku: 'JEA-DROI-01',
    created: '2026-01-09T14:12:00.000Z',
    product: { id: 7011 },
  },
  {
    id: 12,
    name: 'Jean « mom » taille haute',
    category: 7,
    created: '2026-01-09T14:15:00.000Z',
    product: { id: 7012, alsoIn: [521], updated: '2026-03-03T09:18:00.000Z' },
  },
  {
    id: 13,
    name: 'Chino beige coupe ajustée',
    category: 8,
    customSku: 'CHI-BEIG-01',
    created: '2026-01-10T09:00:00.000Z',
    product: { id: 7013 },
  },
  {
    id: 14,
    name: 'Chino bleu marine',
    category: 8,
    customSku: 'CHI-MARI-01',
    created: '2026-01-10T09:03:00.000Z',
    product: { id: 7014, disabled: true, updated: '2026-03-04T17:50:00.000Z' },
  },
  {
    id: 15,
    name: 'Pantalon en velours côtelé camel',
    category: 9,
    customSku: 'VEL-CAME-01',
    created: '2026-02-25T10:10:00.000Z',
    product: { id: 7015 },
  },
  {
    id: 16,
    name: 'Baskets en toile blanche',
    category: 10,
    customSku: 'BAS-TOIL-01',
    created: '2026-01-10T15:00:00.000Z',
    product: { id: 7016, alsoIn: [520], updated: '2026-03-03T09:20:00.000Z' },
  },
  {
    id: 17,
    name: 'Baskets montantes en cuir',
    category: 10,
    customSku: 'BAS-MONT-01',
    created: '2026-01-10T15:05:00.000Z',
    product: { id: 7017 },
  },
  {
    id: 18,
    name: 'Baskets de course « Légère »',
    category: 10,
    created: '2026-01-10T15:08:00.000Z',
    product: { id: 7018, disabled: true, updated: '2026-03-04T17:52:00.000Z' },
  },
  {
    id: 19,
    name: 'Bottes de pluie',
    category: 11,
    customSku: 'BOT-PLUI-01',
    created: '2026-01-11T10:00:00.000Z',
    product: { id: 7019 },
  },
  {
    id: 20,
    name: 'Bottes cavalières en cuir',
    category: 11,
    customSku: 'BOT-CAVA-01',
    created: '2026-01-11T10:04:00.000Z',
    product: { id: 7020, alsoIn: [521], updated: '2026-03-03T09:22:00.000Z' },
  },
  {
    id: 21,
    name: 'Bottines à lacets noires',
    category: 12,
    customSku: 'BTN-NOIR-01',
    created: '2026-02-26T11:35:00.000Z',
    product: { id: 7021 },
  },
  {
    id: 22,
    name: 'Mocassins à pampilles',
    category: 13,
    customSku: 'MOC-PAMP-01',
    created: '2026-01-11T11:00:00.000Z',
    product: { id: 7022 },
  },
  // Archived after the last sync: its product is still in eCom, the next sync removes it.
  {
    id: 23,
    name: 'Mocassins en daim',
    category: 13,
    customSku: 'MOC-DAIM-01',
    created: '2026-01-11T11:03:00.000Z',
    archived: '2026-03-16T18:20:00.000Z',
    product: { id: 7023 },
  },
  // In the category made after the last sync: no product yet.
  {
    id: 24,
    name: 'Sandales en cuir tressé',
    category: 14,
    customSku: 'SAN-TRES-01',
    created: '2026-03-18T14:10:00.000Z',
  },
  { id: 25, name: 'Espadrilles en toile', category: 14, customSku: 'SAN-ESPA-01', created: '2026-03-18T14:12:00.000Z' },
  // No Retail category: on the Store front page (docs/sync-rules.md#s3), unless the merchant put them in an online-only category.
  {
    id: 26,
    name: 'Chaussettes en laine mérinos',
    category: 0,
    customSku: 'ACC-CHAU-01',
    created: '2026-01-12T09:00:00.000Z',
    product: { id: 7026 },
  },
  {
    id: 27,
    name: 'Carte cadeau 50 €',
    category: 0,
    customSku: 'CADEAU-50',
    created: '2026-01-12T09:05:00.000Z',
    product: { id: 7027, alsoIn: [520], updated: '2026-03-03T09:25:00.000Z' },
  },
  { id: 28, name: 'Cirage incolore', category: 0, created: '2026-01-12T09:10:00.000Z', product: { id: 7028 } },
  {
    id: 29,
    name: "Tote bag « L'Atelier »",
    category: 0,
    customSku: 'ACC-TOTE-01',
    created: '2026-01-12T09:12:00.000Z',
    product: { id: 7029 },
  },
  // Archived long before the last sync: their products are long gone.
  {
    id: 30,
    name: 'Veste en velours côtelé',
    category: 1,
    customSku: 'VES-VELO-01',
    created: '2026-01-08T10:20:00.000Z',
    archived: '2026-02-10T12:00:00.000Z',
  },
  {
    id: 31,
    name: 'Bottes fourrées (collection 2025)',
    category: 11,
    created: '2026-01-11T10:10:00.000Z',
    archived: '2026-02-12T08:30:00.000Z',
  },
  {
    id: 32,
    name: 'Ceinture en cuir tressé',
    category: 3,
    customSku: 'ACC-CEIN-01',
    created: '2026-01-12T09:20:00.000Z',
    notPublished: true,
  },
];

/** A product of the merchant's own, never in Retail: the sync leaves it alone. */
const ECOM_ONLY_PRODUCT = {
  id: 7100,
  name: 'Emballage cadeau',
  sku: 'EMB-CADEAU',
  enabled: true,
  categoryIds: [520],
  defaultCategoryId: 520,
  externalReferenceId: null,
  updated: '2026-01-21T10:00:00.000Z',
};

const systemSkuOf = (itemID: number) => String(210000000000 + itemID);

function ecomIdOfRetail(retailId: number): number | null {
  return CATEGORIES.find((row) => row.retailId === retailId)?.ecomId ?? null;
}

function syncedCategory(row: CategoryRow & { ecomId: number }) {
  return {
    id: row.ecomId,
    parentId: row.parent === 0 ? 0 : ecomIdOfRetail(row.parent)!,
    orderBy: row.orderBy!,
    name: row.name,
    description: row.description ?? '',
    enabled: row.status === 'live',
    imageUrl: row.imageUrl ?? '',
    customSlug: '',
    seoTitle: row.seoTitle ?? '',
    seoDescription: '',
    origin: 'LIGHTSPEED' as const,
    externalReferenceId: String(row.retailId),
  };
}

function product(item: ItemRow & { product: NonNullable<ItemRow['product']> }) {
  const home = item.category === 0 ? null : ecomIdOfRetail(item.category);
  const alsoIn = item.product.alsoIn ?? [];
  const categoryIds = home === null ? alsoIn : [home, ...alsoIn];
  return {
    id: item.product.id,
    name: item.name,
    sku: item.customSku ?? systemSkuOf(item.id),
    enabled: !item.product.disabled,
    categoryIds,
    defaultCategoryId: categoryIds[0] ?? 0,
    externalReferenceId: String(item.id),
    updated: item.product.updated ?? LAST_SYNC,
  };
}

export function demoState(): StateFile {
  return {
    retail: {
      accountID: 210,
      categories: CATEGORIES.map((row) => ({
        categoryID: row.retailId,
        name: row.name,
        parentID: row.parent,
        createTime: row.created,
        timeStamp: row.created,
      })),
      items: ITEMS.map((item) => ({
        itemID: item.id,
        description: item.name,
        systemSku: systemSkuOf(item.id),
        customSku: item.customSku ?? '',
        categoryID: item.category,
        publishToEcom: !item.notPublished,
        archived: item.archived !== undefined,
        createTime: item.created,
        timeStamp: item.archived ?? item.created,
      })),
    },
    ecom: {
      storeId: 1003,
      categories: [
        ...CATEGORIES.filter((row): row is CategoryRow & { ecomId: number } => row.ecomId !== null).map(syncedCategory),
        ...ONLINE_ONLY.map((row) => ({ ...row, enabled: true, origin: null, externalReferenceId: null })),
      ],
      products: [
        ...ITEMS.filter((item): item is ItemRow & { product: NonNullable<ItemRow['product']> } => !!item.product).map(
          product,
        ),
        ECOM_ONLY_PRODUCT,
      ],
    },
  };
}
