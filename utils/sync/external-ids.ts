/**
 * *Assumption* (docs/sync-rules.md#a2): a synced eCom record's `externalReferenceId` holds the id of its Retail record —
 * the Retail `categoryID` for a category, the Retail `itemID` for a product — written as `String(id)`.
 *
 * Only that exact spelling links the two sides (`"12"` links to 12; `"012"`, `" 12"` or `"12.0"` link to nothing),
 * because the rule the sync follows is `externalReferenceId === String(retailId)`. Read digit by digit: it runs
 * for every product of a large store, and this allocates nothing.
 */
export function retailIdOf(externalReferenceId: string | null): number | null {
  if (externalReferenceId === null) return null;
  const length = externalReferenceId.length;
  // 15 digits stay below Number.MAX_SAFE_INTEGER; a leading zero is not how String(id) writes a positive id.
  if (length === 0 || length > 15 || externalReferenceId.charCodeAt(0) === 48) return null;
  let id = 0;
  for (let i = 0; i < length; i++) {
    const digit = externalReferenceId.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return null;
    id = id * 10 + digit;
  }
  return id;
}

/**
 * Whether a reference claims a Retail record: it is spelled as a Retail id (see retailIdOf). One that claims a
 * record which no longer exists means that record is gone; one that does not (none, or another system's id such
 * as a UUID) says nothing about Retail, and the linker looks at other evidence (linker.ts).
 */
export function claimsRetailRecord(externalReferenceId: string | null): boolean {
  return retailIdOf(externalReferenceId) !== null;
}
