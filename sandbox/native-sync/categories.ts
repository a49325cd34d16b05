import type { EcomCategory, EcomWorld, RetailCategory } from '../world/types.ts';
import type { CategoryMatch } from './match.ts';
import { nextFreeId } from './next-id.ts';
import type { NativeSyncReport } from './report.ts';
import { categoryReference, nameAsEcomKeepsIt } from './rules.ts';

/**
 * Brings every Retail category into eCom: creates the missing ones (disabled, S2) and sets name and parent of
 * the existing ones (docs/sync-rules.md#s6). Nothing else of an existing category is touched: enabled, description, image, slug
 * and SEO belong to the merchant (docs/sync-rules.md#s7, #s8). Online-only and orphaned categories are never looked at.
 *
 * `inDisplayOrder` must list parents before their children, so a parent's eCom id is known when its children
 * are reached. Returns Retail categoryID → eCom id for every Retail category, and the ids it created.
 */
export function syncCategories(
  ecom: EcomWorld,
  inDisplayOrder: readonly RetailCategory[],
  match: CategoryMatch,
  report: NativeSyncReport,
): { ecomIdOfRetail: Map<number, number>; created: Set<number> } {
  const ecomIdOfRetail = new Map<number, number>();
  const created = new Set<number>();
  let nextId = nextFreeId(ecom.categories.keys());

  for (const retailCategory of inDisplayOrder) {
    const parentId = ecomParentId(retailCategory, ecomIdOfRetail);
    const existing = match.counterparts.get(retailCategory.categoryID);
    if (existing) {
      const name = nameAsEcomKeepsIt(retailCategory.name);
      if (existing.name !== name || existing.parentId !== parentId) {
        existing.name = name;
        existing.parentId = parentId;
        report.categoriesUpdated.push(existing.id);
      }
      ecomIdOfRetail.set(retailCategory.categoryID, existing.id);
    } else {
      const category = newSyncedCategory(nextId, retailCategory, parentId);
      nextId += 1;
      ecom.categories.set(category.id, category);
      created.add(category.id);
      report.categoriesCreated.push(category.id);
      ecomIdOfRetail.set(retailCategory.categoryID, category.id);
    }
  }
  return { ecomIdOfRetail, created };
}

function ecomParentId(retailCategory: RetailCategory, ecomIdOfRetail: ReadonlyMap<number, number>): number {
  if (retailCategory.parentID === 0) return 0;
  const parentId = ecomIdOfRetail.get(retailCategory.parentID);
  if (parentId === undefined) {
    throw new Error(
      `Retail category ${retailCategory.categoryID} comes before its parent ${retailCategory.parentID} ` +
        'in display order',
    );
  }
  return parentId;
}

/** A category as the sync makes it: disabled until the merchant enables it (docs/sync-rules.md#s2), nothing but its name. */
function newSyncedCategory(id: number, retailCategory: RetailCategory, parentId: number): EcomCategory {
  return {
    id,
    parentId,
    // Set with its siblings' order right after; 0 only until then.
    orderBy: 0,
    name: nameAsEcomKeepsIt(retailCategory.name),
    description: '',
    enabled: false,
    imageUrl: '',
    customSlug: '',
    seoTitle: '',
    seoDescription: '',
    origin: 'LIGHTSPEED',
    externalReferenceId: categoryReference(retailCategory.categoryID),
  };
}
