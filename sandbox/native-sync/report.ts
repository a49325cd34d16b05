/** What one run of Lightspeed's sync did. Category and parent fields hold eCom ids (0 = the top level). */
export interface NativeSyncReport {
  ranAt: string;
  categoriesCreated: number[];
  /** Existing synced categories whose name or parent changed. */
  categoriesUpdated: number[];
  /** Parents in which an existing category's orderBy changed (a created category's first orderBy does not count). */
  parentsReordered: number[];
  productsCreated: number;
  /** Existing synced products whose name, SKU or categories changed. */
  productsUpdated: number;
  /** Products deleted because their item was archived or unpublished. */
  productsRemoved: number;
  /**
   * eCom categories that carry a Retail reference but have no Retail counterpart: a state, not a change, so a
   * run that changes nothing still lists them.
   */
  orphanedCategories: number[];
}

export function emptyReport(now: Date): NativeSyncReport {
  return {
    ranAt: now.toISOString(),
    categoriesCreated: [],
    categoriesUpdated: [],
    parentsReordered: [],
    productsCreated: 0,
    productsUpdated: 0,
    productsRemoved: 0,
    orphanedCategories: [],
  };
}
