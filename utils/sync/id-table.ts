/**
 * Lookups by numeric id, read-only once built. Platforms hand out ids from counters, so a store's ids usually
 * fill a narrow range: then a typed array indexed by `id - lowest` answers several times faster than a Map (no
 * hashing, a compact block that stays in the processor's cache), which matters when 150k products each look up
 * their item and category. Ids spread too thinly, or not whole numbers, fall back to a Map. Same answers either way.
 */

/** Where a record sits in the list the table was built from. */
export interface OrdinalTable {
  /** The index of the record with this id, or -1. With repeated ids, the last one. */
  get(id: number): number;
}

/** A record by its id. */
export interface IdTable<T> {
  get(id: number): T | undefined;
  has(id: number): boolean;
}

/** At most this many empty slots per record (plus a little), or the Map is used. */
const SPREAD = 2;

export function ordinalTable<R>(records: readonly R[], idOf: (record: R) => number): OrdinalTable {
  // Each record is read once, into a flat list the table is then built from: on a large store the records
  // are scattered in memory and a second walk over them would miss the cache again.
  const ids = new Float64Array(records.length);
  for (let index = 0; index < records.length; index++) ids[index] = idOf(records[index]!);
  return ordinalTableOfIds(ids);
}

/** The same, from the ids themselves (ids[index] is the id of the record at index). */
export function ordinalTableOfIds(ids: Float64Array): OrdinalTable {
  let lowest = Infinity;
  let highest = -Infinity;
  let whole = true;
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!;
    if (!Number.isSafeInteger(id)) whole = false;
    if (id < lowest) lowest = id;
    if (id > highest) highest = id;
  }
  if (ids.length === 0) return { get: () => -1 };
  if (!whole || highest - lowest > SPREAD * ids.length + 1024) {
    const map = new Map<number, number>();
    for (let index = 0; index < ids.length; index++) map.set(ids[index]!, index);
    return { get: (id) => map.get(id) ?? -1 };
  }
  const slots = new Int32Array(highest - lowest + 1).fill(-1);
  for (let index = 0; index < ids.length; index++) slots[ids[index]! - lowest] = index;
  const length = slots.length;
  return {
    get(id) {
      const slot = id - lowest;
      // A fractional id reads undefined from a typed array.
      return slot >= 0 && slot < length ? (slots[slot] ?? -1) : -1;
    },
  };
}

/** Records by id, over an ordinal table of the same list. */
export function idTable<T>(records: readonly T[], ordinals: OrdinalTable): IdTable<T> {
  return {
    get: (id) => {
      const ordinal = ordinals.get(id);
      return ordinal < 0 ? undefined : records[ordinal];
    },
    has: (id) => ordinals.get(id) >= 0,
  };
}
