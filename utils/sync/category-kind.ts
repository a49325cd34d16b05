import { retailIdOf } from './external-ids.ts';
import type { EcomCategory } from './model.ts';

/**
 * What an eCom category is to the sync:
 * - `synced`: linked to a Retail category that exists (and is that category's one eCom copy);
 * - `orphaned`: Retail's by its marks (an external reference, or origin LIGHTSPEED) but linked to no Retail category
 *   of the snapshot: deleted in Retail, a second copy of one, or unreadable — the engine leaves it as it is;
 * - `online-only`: made in eCom (S9); the sync never touches it.
 */
export type EcomCategoryKind = 'synced' | 'orphaned' | 'online-only';

/**
 * S9: a category is online-only when nothing marks it as Retail's: no external reference and an origin other
 * than LIGHTSPEED. A blank reference ("" or spaces, which some writers send for "none") counts as no reference, so
 * that a merchant's category is never mistaken for an orphaned Retail one (whose Retail products the sync removes).
 */
export function isOnlineOnly(category: EcomCategory): boolean {
  return category.origin !== 'LIGHTSPEED' && isBlank(category.externalReferenceId);
}

function isBlank(reference: string | null): boolean {
  // Checked by hand first: this runs for every category, and trim() would copy each reference.
  return reference === null || reference.length === 0 || (reference.charCodeAt(0) <= 32 && reference.trim() === '');
}

/**
 * When several eCom categories claim the same Retail id, the lowest eCom id (the oldest) is the copy; the others
 * come out orphaned.
 */
export function isPreferredCopy(candidate: EcomCategory, current: EcomCategory): boolean {
  return candidate.id < current.id;
}

/**
 * Links Retail category ids to eCom categories by `externalReferenceId === String(retailId)` (see isPreferredCopy
 * for ties). Knows nothing of Retail: a link to a Retail id that does not exist is made here and ignored by the
 * caller.
 */
export function linkByReference(categories: readonly EcomCategory[]): Map<number, EcomCategory> {
  const linked = new Map<number, EcomCategory>();
  for (const category of categories) {
    const retailId = retailIdOf(category.externalReferenceId);
    if (retailId === null) continue;
    const current = linked.get(retailId);
    if (current === undefined || isPreferredCopy(category, current)) linked.set(retailId, category);
  }
  return linked;
}

/**
 * *Assumption* (SYNC-RULES.md): an eCom category whose Retail category is gone is **orphaned**, never deleted or
 * edited. `isRetailCopy`: the category is the linked copy (linkByReference) of a Retail category that exists.
 * Everything Retail-marked that is not such a copy is orphaned: deleted in Retail, a second copy, an unreadable
 * reference, or origin LIGHTSPEED with no reference at all (it cannot be matched to anything).
 */
export function kindOfCategory(category: EcomCategory, isRetailCopy: boolean): EcomCategoryKind {
  if (isOnlineOnly(category)) return 'online-only';
  return isRetailCopy ? 'synced' : 'orphaned';
}
