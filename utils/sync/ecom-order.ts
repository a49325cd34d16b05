import type { EcomCategory } from './model.ts';

type Ordered = Pick<EcomCategory, 'orderBy' | 'id'>;

/**
 * How eCom shows siblings: by `orderBy` (the API lists them in no particular order). Equal orderBy values have no
 * documented order; the id breaks the tie so that "relative order" is well defined.
 */
export function compareEcomSiblings(a: Ordered, b: Ordered): number {
  return compareEcomOrder(a.orderBy, a.id, b.orderBy, b.id);
}

/** The same, from the fields themselves (for the planner's flat arrays). */
export function compareEcomOrder(orderByA: number, idA: number, orderByB: number, idB: number): number {
  return orderByA - orderByB || idA - idB;
}
