import { type EcomCategoryKind, isPreferredCopy, kindOfCategory } from './category-kind.ts';
import { retailIdOf } from './external-ids.ts';
import { type OrdinalTable, ordinalTableOfIds } from './id-table.ts';
import type { EcomCategory, EcomSnapshot } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/**
 * eCom's side of the snapshots, flat like Retail's (retail-index.ts), and the link between the two: which eCom
 * category is the synced copy of which Retail category.
 */

/** eCom's categories by ordinal, their place in the snapshot's list. */
export interface EcomIndex {
  /** The snapshot's categories: categories[ordinal]. */
  categories: readonly EcomCategory[];
  /** eCom category id → ordinal, or -1. */
  ordinalOf: OrdinalTable;
  /** The categories' numeric fields, read once, by ordinal. */
  id: Float64Array;
  parentId: Float64Array;
  orderBy: Float64Array;
  kind: EcomCategoryKind[];
  /** eCom parents (0 = top level) with an online-only or orphaned category among their children. */
  parentsOfForeign: Set<number>;
}

/** Indexes eCom and links each Retail category to its synced copy (RetailIndex.synced is written here). */
export function indexEcom(ecom: EcomSnapshot, retail: RetailIndex): EcomIndex {
  const { categories } = ecom;
  const count = categories.length;
  const id = new Float64Array(count);
  const parentId = new Float64Array(count);
  const orderBy = new Float64Array(count);
  const linked = new Int32Array(count).fill(NONE);
  const kind = new Array<EcomCategoryKind>(count);
  const parentsOfForeign = new Set<number>();

  // One walk over the records. Link by externalReferenceId === String(retailId), the preferred copy winning where
  // several claim one id (isPreferredCopy: the lowest eCom id).
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const category = categories[ordinal]!;
    id[ordinal] = category.id;
    parentId[ordinal] = category.parentId;
    orderBy[ordinal] = category.orderBy;
    kind[ordinal] = kindOfCategory(category, false);
    const retailId = retailIdOf(category.externalReferenceId);
    const retailOrdinal = retailId === null ? -1 : retail.ordinalOf.get(retailId);
    if (retailOrdinal < 0) continue;
    const current = retail.synced[retailOrdinal]!;
    if (current !== NONE && !isPreferredCopy(category, categories[current]!)) continue;
    if (current !== NONE) linked[current] = NONE;
    linked[ordinal] = retailOrdinal;
    retail.synced[retailOrdinal] = ordinal;
  }
  // What kindOfCategory(category, true) says of a linked copy: it carries a reference, so it is not online-only.
  for (let ordinal = 0; ordinal < count; ordinal++) {
    if (linked[ordinal] !== NONE) kind[ordinal] = 'synced';
    else parentsOfForeign.add(parentId[ordinal]!);
  }
  return { categories, ordinalOf: ordinalTableOfIds(id), id, parentId, orderBy, kind, parentsOfForeign };
}
