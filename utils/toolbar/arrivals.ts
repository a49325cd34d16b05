/**
 * Which arrived categories a note has not told of yet. The eCom ids told of are kept with the store's memory
 * (IndexedDB, so Forget and another store drop them), so a note is never repeated for the same categories: not
 * after they are enabled and put back to new by an undo, not when the worker or the browser starts again.
 *
 * The first look at a store (nothing kept yet) takes what waits already as known: the merchant has just
 * connected it and is looking at it. Ids of categories no longer in eCom are dropped, so the list stays as small
 * as the store.
 */
export function arrivalsToTell(
  told: readonly number[] | undefined,
  arrived: readonly number[],
  inEcom: ReadonlySet<number>,
): { tell: number[]; keep: number[] } {
  if (told === undefined) return { tell: [], keep: [...arrived] };
  const known = new Set(told);
  const tell = arrived.filter((id) => !known.has(id));
  return { tell, keep: [...told.filter((id) => inEcom.has(id)), ...tell] };
}
