import type { CategoryState } from './model.ts';

/**
 * Whether the merchant may settle an eCom category's Retail counterpart (linker.ts, step 0): `open` where the
 * evidence could not (ambiguous, orphaned), `settled` where they already did (to change or undo it), null
 * otherwise. The overlay offers the choice by it, and the engine refuses by it what the overlay would not offer.
 */
export function choiceKind(state: CategoryState): 'open' | 'settled' | null {
  if (state.ecomId === null) return null;
  if (state.link === 'chosen' || state.noRetail === true) return 'settled';
  if (state.status === 'ambiguous' || state.status === 'orphaned') return 'open';
  return null;
}
