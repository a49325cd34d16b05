import type { CategoryState } from './model.ts';

/** Who carries Retail's changes into eCom: Lightspeed's own sync (`watch`), or Sync Lens's (`sync`). */
export type SyncMode = 'watch' | 'sync';

/** What waits for the merchant, as the toolbar's count and the arrival note tell it. */
export interface Waiting {
  /** eCom ids of the categories that arrived from Retail POS and were never enabled (S2), in the states' order. */
  arrived: number[];
  /** Changes in Retail eCom does not show yet that are the merchant's to carry (Sync mode only); 0 in Watch mode. */
  changes: number;
  /** arrived.length + changes: every category counted once. */
  total: number;
}

/**
 * What counts as waiting for the merchant, decided from the statuses alone (docs/sync-rules.md):
 *
 * - A category in eCom that arrived by sync and was never enabled (`availability` new, drifting or not): only the
 *   merchant enables it (S2). The same set "Enable new categories" acts on (enable-candidates.ts).
 * - In Sync mode only, a Retail change eCom does not show yet: a category not in eCom yet (`pending`) or one whose
 *   name, place or products differ (`drift`, when it is not already counted as arrived). Sync Lens's sync is the
 *   merchant's own choice there, so these are theirs. In Watch mode Lightspeed's sync brings them and, those fields
 *   being locked in eCom (S6), the merchant has nothing to do.
 * - Never: a live category; one the merchant disabled (their choice, S8); an online-only one (S9); an orphaned
 *   one (its Retail category is gone, and what to do is the merchant's decision with no end: counting it would
 *   keep the count up for good); an ambiguous one (nothing acts on it until the merchant picks its Retail
 *   category in the overlay, which is not a change from Retail).
 */
export function waitingOf(categories: readonly CategoryState[], mode: SyncMode): Waiting {
  const arrived: number[] = [];
  let changes = 0;
  for (const state of categories) {
    if (state.status === 'online-only' || state.status === 'orphaned' || state.status === 'ambiguous') continue;
    if (state.ecomId !== null && state.availability === 'new') arrived.push(state.ecomId);
    else if (mode === 'sync' && (state.status === 'pending' || state.status === 'drift')) changes += 1;
  }
  return { arrived, changes, total: arrived.length + changes };
}
