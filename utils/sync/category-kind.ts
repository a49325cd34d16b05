import { retailIdOf } from './external-ids.ts';
import type { EcomCategory } from './model.ts';

/**
 * What an eCom category is to the sync:
 * - `synced`: the copy of a Retail category that exists;
 * - `orphaned`: carries a Retail reference but is no such copy: its Retail category was deleted, it is a second
 *   copy of one, or its reference is unreadable;
 * - `unreferenced`: made by Lightspeed (origin LIGHTSPEED) yet with no reference at all, so it cannot be told
 *   apart from anything; reported orphaned, like the previous kind;
 * - `online-only`: made in eCom (docs/sync-rules.md#s9);
 * - `ambiguous`: made by Lightspeed, unlinked, and one of several that could equally be a Retail category's copy
 *   (linker.ts): nothing acts on it until the evidence or the merchant settles it.
 * The engine never edits, moves or deletes any but `synced` ones; see membershipFollowsRetail for products.
 */
export type EcomCategoryKind = 'synced' | 'orphaned' | 'unreferenced' | 'online-only' | 'ambiguous';

/**
 * S9: a category is online-only when nothing marks it as Retail's: no external reference (null) and an origin
 * other than LIGHTSPEED. Exactly as the shared rules say; a blank reference is the eCom client's to turn into
 * null at the boundary (utils/ecom/schemas.ts does), so here any text counts as a reference.
 */
export function isOnlineOnly(category: EcomCategory): boolean {
  return category.externalReferenceId === null && category.origin !== 'LIGHTSPEED';
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
 * *Assumption* (docs/sync-rules.md#a3): an eCom category whose Retail category is gone is **orphaned**, never deleted or
 * edited. `isRetailCopy`: the category is the linked copy of a Retail category that exists (see linkByReference).
 */
export function kindOfCategory(category: EcomCategory, isRetailCopy: boolean): EcomCategoryKind {
  if (isOnlineOnly(category)) return 'online-only';
  if (isRetailCopy) return 'synced';
  return category.externalReferenceId === null ? 'unreferenced' : 'orphaned';
}

/**
 * Whether Retail decides which Retail products sit in a category of this kind: in its synced copy, and in any
 * category that still names a Retail category (orphaned: membership follows Retail, so Retail's products leave
 * it). A category that names none — online-only (docs/sync-rules.md#s9), or a Lightspeed one that lost its reference — keeps
 * whatever products it has: nothing says they belong elsewhere.
 */
export function membershipFollowsRetail(kind: EcomCategoryKind): boolean {
  return kind === 'synced' || kind === 'orphaned';
}

/** Made by Lightspeed's sync: it may be a Retail category's copy even when nothing on it says which. */
export function isLightspeeds(category: EcomCategory): boolean {
  return category.origin === 'LIGHTSPEED';
}
