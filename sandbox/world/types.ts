/**
 * The sandbox's world: both platforms' records, held in memory with proper types. The API layers translate
 * to and from each platform's wire format (R-Series strings, Ecwid JSON); nothing else sees wire shapes.
 */

export interface RetailCategory {
  categoryID: number;
  name: string;
  /** 0 = top level. */
  parentID: number;
  /**
   * Where the category sits among its siblings. R-Series exposes no display-order field, only the nested set
   * (leftNode/rightNode), which this orders; it is recomputed from the tree after every change.
   */
  position: number;
  createTime: string;
  timeStamp: string;
}

/** The nested-set fields R-Series derives from the tree; computed, never stored. */
export interface RetailTreeFields {
  nodeDepth: number;
  fullPathName: string;
  leftNode: number;
  rightNode: number;
}

export interface RetailItem {
  itemID: number;
  /** R-Series calls the item's name its description. */
  description: string;
  systemSku: string;
  customSku: string;
  /** Bar codes, when the merchant entered them; R-Series sends "" for none. */
  upc?: string;
  ean?: string;
  /** 0 = no category. */
  categoryID: number;
  publishToEcom: boolean;
  archived: boolean;
  createTime: string;
  timeStamp: string;
}

export interface EcomCategory {
  id: number;
  /** 0 = top level. */
  parentId: number;
  orderBy: number;
  name: string;
  description: string;
  enabled: boolean;
  imageUrl: string;
  customSlug: string;
  seoTitle: string;
  seoDescription: string;
  /** "LIGHTSPEED" for categories made by the Retail sync; read-only through the API. */
  origin: 'LIGHTSPEED' | null;
  /** For synced categories, the Retail categoryID (as a string, as Ecwid stores it). */
  externalReferenceId: string | null;
}

export interface EcomProduct {
  id: number;
  name: string;
  sku: string;
  enabled: boolean;
  /** Membership lives here; a category's productIds are derived from it. Empty = Store front page. */
  categoryIds: number[];
  /** 0 when the product is in no category (it then shows on the Store front page). */
  defaultCategoryId: number;
  /** For synced products, the Retail itemID. */
  externalReferenceId: string | null;
  updated: string;
}

export interface RetailWorld {
  accountID: number;
  /** Bumped by every change to categories, so derived views (the nested set) can be cached safely. */
  revision: number;
  categories: Map<number, RetailCategory>;
  items: Map<number, RetailItem>;
}

/**
 * What eCom's API shows of the mapping Lightspeed's sync keeps to itself, on the records that sync made (an
 * unknown of the real platform, so the sandbox can be each): `retail`, the Retail id as externalReferenceId;
 * `none`, nothing; `foreign`, another system's id (a UUID). The sync itself always knows its own records.
 */
export const EXTERNAL_ID_MODES = ['retail', 'none', 'foreign'] as const;
export type ExternalIds = (typeof EXTERNAL_ID_MODES)[number];

export interface EcomWorld {
  storeId: number;
  /** What the API shows of Lightspeed's own mapping (see ExternalIds). */
  externalIds: ExternalIds;
  categories: Map<number, EcomCategory>;
  products: Map<number, EcomProduct>;
}

export interface World {
  retail: RetailWorld;
  ecom: EcomWorld;
}
