/** What membership changes Retail calls for, and how many products each eCom category holds now. */
export interface Memberships {
  /** eCom category id → products (eCom ids, ascending) that belong in it and are not. */
  missing: Map<number, number[]>;
  /** eCom category id → products (eCom ids, ascending) that sit in it and belong elsewhere. */
  extra: Map<number, number[]>;
  /** Retail category id of a category not yet in eCom → products (ascending) that belong in it. */
  forCreated: Map<number, number[]>;
  /** Products per eCom category, by the category's eCom ordinal, from products' categoryIds. */
  productCount: Int32Array;
  enabledProductCount: Int32Array;
}

export function addMember(map: Map<number, number[]>, key: number, productId: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [productId]);
  else list.push(productId);
}

/** Sorts each list in place, so that the plan does not depend on the order of the snapshot's products. */
export function sortMembers(map: Map<number, number[]>): void {
  for (const list of map.values()) list.sort((a, b) => a - b);
}
