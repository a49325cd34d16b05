import type { LinkList } from './model.ts';

/** A remembered list as a lookup: eCom id → Retail id. */
export function linkLookup(list: LinkList | undefined): Map<number, number> {
  const lookup = new Map<number, number>();
  if (list === undefined) return lookup;
  for (let i = 0; i < list.ecomIds.length; i++) lookup.set(list.ecomIds[i]!, list.retailIds[i]!);
  return lookup;
}
