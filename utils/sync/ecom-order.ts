import type { EcomCategory } from './model.ts';

/**
 * How eCom shows siblings: by `orderBy` (the API lists them in no particular order). Equal orderBy values have no
 * documented order; the id breaks the tie so that "relative order" is well defined.
 */
export function compareEcomSiblings(a: EcomCategory, b: EcomCategory): number {
  return a.orderBy - b.orderBy || a.id - b.id;
}
