import type { CategoryState } from '../sync/model.ts';
import type { Words } from './words.ts';

/**
 * What Retail has that eCom does not show yet, one sentence per difference. `nameOf` turns an eCom category id
 * into its name (the drift names parents by eCom id).
 */
export function driftLines(state: CategoryState, words: Words, nameOf: (ecomId: number) => string | null): string[] {
  const { t, n } = words;
  const drift = state.drift;
  if (!drift) return [];
  const lines: string[] = [];
  const parentName = (ecomId: number | null) => {
    if (ecomId === null) return t('overlay.drift.notInEcom');
    if (ecomId === 0) return t('overlay.drift.topLevel');
    const name = nameOf(ecomId);
    return name === null ? `#${ecomId}` : t('overlay.drift.quoted', { name });
  };
  if (drift.name) lines.push(t('overlay.drift.name', { retail: drift.name.retail, ecom: drift.name.ecom }));
  if (drift.parent) {
    lines.push(
      t('overlay.drift.parent', { retail: parentName(drift.parent.retail), ecom: parentName(drift.parent.ecom) }),
    );
  }
  if (drift.order) lines.push(t('overlay.drift.order', { retail: drift.order.retail + 1, ecom: drift.order.ecom + 1 }));
  if (drift.products && drift.products.missing.length > 0) {
    lines.push(n('overlay.drift.missing', drift.products.missing.length));
  }
  if (drift.products && drift.products.extra.length > 0) {
    lines.push(n('overlay.drift.extra', drift.products.extra.length));
  }
  return lines;
}

/** The name the admin shows for a category: eCom's while a Retail rename has not synced yet, else the engine's. */
export function shownName(state: CategoryState): string {
  return state.drift?.name?.ecom ?? state.name;
}
