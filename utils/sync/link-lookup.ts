import type { LinkList } from './model.ts';

/** A remembered list as a lookup: eCom id → Retail id. For short lists (the merchant's choices). */
export function linkLookup(list: LinkList | undefined): Map<number, number> {
  const lookup = new Map<number, number>();
  if (list === undefined) return lookup;
  for (let i = 0; i < list.ecomIds.length; i++) lookup.set(list.ecomIds[i]!, list.retailIds[i]!);
  return lookup;
}

/** A remembered list laid over a snapshot: by the record's place, its Retail id (NaN: none) and first evidence. */
export interface PlacedLinks {
  retailIds: Float64Array;
  /** Index in LINK_HOWS, -1 when the list does not say. */
  hows: Int8Array;
}

/**
 * Lays a remembered list (200k links on a large store) over the snapshot's records. The list was written in the
 * snapshot's order (remembered-links.ts), so while that order holds it is read back in one walk, with no table
 * to build; when it does not (records added, removed or moved since), by id.
 */
export function linksByPlace(list: LinkList | undefined, count: number, idAt: (at: number) => number): PlacedLinks {
  const placed: PlacedLinks = {
    retailIds: new Float64Array(count).fill(Number.NaN),
    hows: new Int8Array(count).fill(-1),
  };
  const length = list?.ecomIds.length ?? 0;
  if (list === undefined || length === 0) return placed;
  const put = (at: number, i: number) => {
    placed.retailIds[at] = list.retailIds[i]!;
    placed.hows[at] = list.hows?.[i] ?? -1;
  };
  let i = 0;
  for (let at = 0; at < count && i < length; at++) {
    if (list.ecomIds[i] !== idAt(at)) continue;
    put(at, i);
    i += 1;
  }
  if (i === length) return placed;
  placed.retailIds.fill(Number.NaN);
  placed.hows.fill(-1);
  const placeOf = new Map<number, number>();
  for (let at = 0; at < count; at++) placeOf.set(idAt(at), at);
  for (let j = 0; j < length; j++) {
    const at = placeOf.get(list.ecomIds[j]!);
    if (at !== undefined) put(at, j);
  }
  return placed;
}
