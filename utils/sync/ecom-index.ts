import { type EcomCategoryKind, kindOfCategory } from './category-kind.ts';
import { type OrdinalTable, ordinalTableOfIds } from './id-table.ts';
import type { Links } from './linker.ts';
import type { EcomCategory, EcomSnapshot } from './model.ts';
import { NONE, type RetailIndex } from './retail-index.ts';

/**
 * eCom's side of the snapshots, flat like Retail's (retail-index.ts), with the links the linker made between the
 * two (linker.ts): which eCom category is the synced copy of which Retail category.
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

/** Indexes eCom along the links the linker made (RetailIndex.synced is written here). */
export function indexEcom(ecom: EcomSnapshot, retail: RetailIndex, links: Links): EcomIndex {
  const { categories } = ecom;
  const count = categories.length;
  const id = new Float64Array(count);
  const parentId = new Float64Array(count);
  const orderBy = new Float64Array(count);
  const kind = new Array<EcomCategoryKind>(count);
  const parentsOfForeign = new Set<number>();
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const category = categories[ordinal]!;
    id[ordinal] = category.id;
    parentId[ordinal] = category.parentId;
    orderBy[ordinal] = category.orderBy;
    const retailOrdinal = links.retailOfEcom[ordinal]!;
    if (retailOrdinal !== NONE) {
      kind[ordinal] = 'synced';
      retail.synced[retailOrdinal] = ordinal;
      continue;
    }
    kind[ordinal] = links.ambiguousEcom.has(ordinal) ? 'ambiguous' : kindOfCategory(category, false);
    parentsOfForeign.add(category.parentId);
  }
  return { categories, ordinalOf: ordinalTableOfIds(id), id, parentId, orderBy, kind, parentsOfForeign };
}
