import type { CategoryState, Plan } from './model.ts';

export type EnableSkipReason =
  'merchant-disabled' | 'already-live' | 'not-in-ecom' | 'online-only' | 'orphaned' | 'ambiguous';

export interface EnableCandidates {
  selected: CategoryState[];
  skipped: Array<{ state: CategoryState; reason: EnableSkipReason }>;
}

/**
 * Which categories "enable newly synced categories" acts on (docs/sync-rules.md#s2): every synced category in eCom that was never
 * enabled (availability 'new', drifting or not). A category the merchant disabled after it was live is left
 * alone unless its eCom id is in `include`. Every other category is listed in `skipped` with the reason.
 */
export function enableCandidates(plan: Plan, options: { include?: readonly number[] } = {}): EnableCandidates {
  const include = new Set(options.include ?? []);
  const selected: CategoryState[] = [];
  const skipped: EnableCandidates['skipped'] = [];
  for (const state of plan.categories) {
    const reason = skipReason(state, include);
    if (reason === null) selected.push(state);
    else skipped.push({ state, reason });
  }
  return { selected, skipped };
}

function skipReason(state: CategoryState, include: ReadonlySet<number>): EnableSkipReason | null {
  if (state.status === 'online-only') return 'online-only';
  if (state.status === 'orphaned') return 'orphaned';
  // Nothing acts on a category that could be one of several (utils/sync/linker.ts).
  if (state.status === 'ambiguous') return 'ambiguous';
  if (state.ecomId === null) return 'not-in-ecom';
  switch (state.availability) {
    case 'new':
      return null;
    case 'disabled':
      return include.has(state.ecomId) ? null : 'merchant-disabled';
    case 'live':
      return 'already-live';
    case null:
      return 'not-in-ecom';
  }
}
