/**
 * The engine's own picture of both platforms. API clients validate wire answers into these types; the planner,
 * the cache and the pages only ever see these. Ids are each platform's own numeric ids.
 */

/** A Retail POS (R-Series) category. */
export interface RetailCategory {
  id: number;
  name: string;
  /** 0 = top level. */
  parentId: number;
  /** Nested-set left value: Retail's display order is ascending leftNode (pre-order). */
  leftNode: number;
  rightNode: number;
  depth: number;
  /** "Vêtements/Vestes". */
  fullPath: string;
  /** ISO 8601, R-Series timeStamp: when it last changed. */
  updatedAt: string;
}

/** A Retail POS (R-Series) item. */
export interface RetailItem {
  id: number;
  /** R-Series calls the item's name its description. */
  name: string;
  /** The code it shows as: its custom SKU, else its system SKU. */
  sku: string;
  /**
   * Every code it is known by (custom SKU, system SKU, UPC, EAN; distinct, none empty): which one Lightspeed's sync
   * puts in the eCom product's SKU is unknown, so each is evidence (link-products.ts). Absent: `sku` alone.
   */
  codes?: string[];
  /** 0 = no category. */
  categoryId: number;
  publishToEcom: boolean;
  archived: boolean;
  updatedAt: string;
}

/** An eCom (Ecwid) category. */
export interface EcomCategory {
  id: number;
  /** 0 = top level. */
  parentId: number;
  orderBy: number;
  name: string;
  enabled: boolean;
  description: string;
  imageUrl: string;
  /** "LIGHTSPEED" for categories made by Lightspeed's own sync. */
  origin: 'LIGHTSPEED' | null;
  /** For synced categories, the Retail categoryID. */
  externalReferenceId: string | null;
  productIds: number[];
}

/** An eCom (Ecwid) product. */
export interface EcomProduct {
  id: number;
  name: string;
  sku: string;
  enabled: boolean;
  /** Empty = shown on the Store front page. */
  categoryIds: number[];
  defaultCategoryId: number;
  /** For synced products, the Retail itemID. */
  externalReferenceId: string | null;
  updatedAt: string;
}

export interface RetailSnapshot {
  categories: RetailCategory[];
  items: RetailItem[];
}

export interface EcomSnapshot {
  categories: EcomCategory[];
  products: EcomProduct[];
}

/**
 * What the engine remembers between runs about each eCom category, keyed by eCom id, so that "newly synced and
 * never enabled" can be told from "disabled by the merchant after being live".
 */
export interface CategoryMemory {
  /** ISO time the engine first saw the category in eCom. */
  firstSeenAt: string;
  /** The engine has seen it enabled at least once (or enabled it itself). */
  everEnabled: boolean;
}

export interface History {
  categories: Record<number, CategoryMemory>;
  /** The links the last plan made, so that a later rename or move in Retail is still the same record's. */
  links?: RememberedLinks;
  /**
   * What the merchant settled by hand (utils/sync/linker.ts): eCom category id → the Retail category id it is the
   * copy of, or NO_RETAIL when they said it is the copy of none. Wins over every other evidence until undone.
   */
  choices?: LinkList;
}

/** In History.choices: the merchant said this eCom category is the copy of no Retail category. */
export const NO_RETAIL = 0;

/**
 * How a Retail record and an eCom record were found to be one (utils/sync/linker.ts), strongest first: the
 * merchant's own choice, a link remembered from an earlier read, the eCom record's externalReferenceId naming the Retail record, the same
 * path, the same name under linked parents, the products both hold; for products, the SKU, or the name within a
 * linked category.
 */
export const LINK_HOWS = ['chosen', 'remembered', 'id', 'path', 'parent+name', 'products', 'sku', 'name'] as const;
export type LinkHow = (typeof LINK_HOWS)[number];

/**
 * Links as remembered between reads, for categories and for products: eCom ids, and at the same places the
 * Retail ids they are linked to. Two flat lists rather than an object keyed by id: a large store remembers
 * 200k links, which flat lists store and read back several times faster.
 */
export interface RememberedLinks {
  categories: LinkList;
  products: LinkList;
}

export interface LinkList {
  ecomIds: number[];
  retailIds: number[];
  /**
   * Remembered category links: how each was first made, as its index in LINK_HOWS, so a link kept from read to
   * read still says what evidence made it. Absent in caches written before it was kept.
   */
  hows?: number[];
}

export const CATEGORY_STATUSES = [
  'pending',
  'new',
  'live',
  'disabled',
  'drift',
  'orphaned',
  'online-only',
  'ambiguous',
] as const;
export type CategoryStatus = (typeof CATEGORY_STATUSES)[number];

/** How a synced category's Retail-owned fields differ from Retail; only the differing parts are present. */
export interface CategoryDrift {
  name?: { retail: string; ecom: string };
  /** Parents as eCom ids (retail = where Retail's parent is synced to; null when that parent is not in eCom). */
  parent?: { retail: number | null; ecom: number };
  /** Its place among its synced siblings, 0-based. */
  order?: { retail: number; ecom: number };
  products?: { missing: number[]; extra: number[] };
}

export interface CategoryState {
  retailId: number | null;
  ecomId: number | null;
  name: string;
  /** "Vestes/Blousons en cuir": Retail's path when known, else built from eCom's tree. */
  path: string;
  status: CategoryStatus;
  /** eCom availability when the category is in eCom. */
  enabled: boolean | null;
  /** For a synced category: enabled once (live or merchant-disabled) vs never (new); independent of drift. */
  availability: 'new' | 'live' | 'disabled' | null;
  drift: CategoryDrift | null;
  productCount: number;
  enabledProductCount: number;
  /** How its Retail and eCom records were linked, when they were. */
  link?: LinkHow;
  /** For a `remembered` link: the evidence that first made it, when known. */
  firstLink?: LinkHow;
  /**
   * Status `ambiguous`: the records that could equally be its counterpart, which Sync Lens will not choose
   * between — eCom ids for a Retail category, Retail ids for an eCom category.
   */
  candidates?: number[];
  /** The merchant said this eCom category is the copy of no Retail category (History.choices). */
  noRetail?: true;
  /**
   * Where it sits in eCom's tree (parent's eCom id, 0 at the top; its orderBy among its siblings): what the
   * overlay finds its row by when the admin's markup is unknown (utils/admin-dom/catalog-rows.ts).
   */
  ecomParentId?: number;
  ecomOrder?: number;
}

export const PRODUCT_ISSUES = [
  /** Its Retail item has no category, so eCom shows it on the Store front page. */
  'storefront-no-category',
  /** Disabled although it sits in an enabled category: shoppers do not see it. */
  'disabled-in-enabled-category',
  /** Disabled, wherever it is. */
  'disabled',
  /** In a synced eCom category its Retail item is not in. */
  'extra-retail-category',
  /** Missing from the synced eCom category of its Retail item's category. */
  'missing-retail-category',
  /** Its Retail item is archived or unpublished, yet the product is still in eCom. */
  'retail-item-gone',
  /** A published Retail item with no eCom product yet. */
  'pending',
] as const;
export type ProductIssue = (typeof PRODUCT_ISSUES)[number];

export interface ProductState {
  retailId: number | null;
  ecomId: number | null;
  name: string;
  /** Path of its Retail category, or "" when it has none. */
  path: string;
  enabled: boolean | null;
  issues: ProductIssue[];
  /** How its eCom product and Retail item were linked, when they were. */
  link?: LinkHow;
}

/** One change a sync would make to eCom. The planner decides them; jobs apply them. */
export type Operation =
  | {
      kind: 'create-category';
      retailId: number;
      name: string;
      /** The Retail parent, 0 at top level; its eCom id is resolved when the job runs (it may be created first). */
      parentRetailId: number;
      orderBy: number;
      /**
       * Products to assign once it exists (its eCom id is unknown until then, so no assign-products can name it).
       * Sorted eCom product ids.
       */
      productIds: number[];
    }
  | {
      kind: 'update-category';
      ecomId: number;
      retailId: number;
      changes: {
        name?: string;
        /** New parent's eCom id (0 = top level) when that parent is already in eCom. */
        parentId?: number;
        /**
         * Set instead of parentId when the new parent is created by this same plan: the job resolves it like a
         * create-category's parentRetailId. Exactly one of parentId / parentRetailId is set on a move.
         */
        parentRetailId?: number;
        /**
         * Its target orderBy under the new parent, sent with a move when it differs (one request does both, and
         * no order-categories can name a parent that is created by this plan).
         */
        orderBy?: number;
      };
    }
  | {
      kind: 'order-categories';
      /** eCom parent id, 0 = top level. */
      parentId: number;
      /**
       * Synced children already in eCom (or moved here by this plan), with their target orderBy, in Retail's order;
       * online-only and orphaned siblings never appear here, nor categories this plan creates (they are created
       * with their target orderBy).
       */
      orderBy: Array<{ ecomId: number; orderBy: number }>;
      /**
       * True when this list names every child the parent has after the plan (no online-only, orphaned or newly
       * created child), so the sort endpoint, which renumbers all children 10, 20, 30…, can do it in one call.
       */
      sortable: boolean;
    }
  | { kind: 'assign-products'; ecomId: number; productIds: number[] }
  | { kind: 'unassign-products'; ecomId: number; productIds: number[] };

export interface Plan {
  categories: CategoryState[];
  products: ProductState[];
  operations: Operation[];
  /** Every link this plan rests on, for the engine to remember (History.links); plan() always gives it. */
  links?: RememberedLinks;
}
