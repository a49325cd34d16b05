import { categoryRows, isStorefront, type Slot } from '../admin-dom/rows.ts';
import type { CategoryState } from '../sync/model.ts';
import { chipButton, type Target } from './annotate.ts';
import { shownName } from './drift-lines.ts';
import type { Words } from './words.ts';

export interface CategoryBadgeData {
  words: Words;
  /** Every category in eCom by its eCom id. */
  byEcomId: ReadonlyMap<number, CategoryState>;
  /** Products shown on the Store front page because their item has no Retail category. */
  storefrontCount: number;
}

/**
 * A status badge beside each category row (next to the admin's own count and switch), and on the Store front
 * page's row how many of its products are there for want of a Retail category. Rows the engine has not read
 * yet get nothing rather than a guess.
 */
export function categoryBadgeTargets(root: ParentNode, data: CategoryBadgeData, only?: ReadonlySet<number>): Target[] {
  return categoryRows(root, only).map((row) => categoryBadgeTarget(data, row));
}

/**
 * The badge of one row, wherever the row was found (the known markup, or the catalog on an unknown one). The
 * signature names the category: a virtualised list that reuses a row for another one redraws its badge.
 */
export function categoryBadgeTarget(
  data: CategoryBadgeData,
  { ecomId, row, slot }: { ecomId: number; row: Element; slot: Slot },
): Target {
  const { words, byEcomId, storefrontCount } = data;
  const { t, n, language } = words;
  if (isStorefront(ecomId)) {
    return {
      owner: row,
      slot,
      kind: 'category',
      id: '0',
      status: 'storefront',
      signature: storefrontCount > 0 ? `${language}|storefront|${storefrontCount}` : null,
      fill: (shadow) =>
        chipButton(shadow, {
          tone: 'storefront',
          text: n('overlay.badge.storefrontRow', storefrontCount),
          tip: t('overlay.badge.storefrontRowTip'),
          popup: true,
        }),
    };
  }
  const state = byEcomId.get(ecomId);
  return {
    owner: row,
    slot,
    kind: 'category',
    id: String(ecomId),
    ...(state ? { status: state.status } : {}),
    signature: state ? `${language}|${ecomId}|${badgeSignature(state)}` : null,
    fill: (shadow) => {
      if (!state) return;
      const status = t(`overlay.status.${state.status}`);
      chipButton(shadow, {
        tone: state.status,
        text: status,
        tip: t(`overlay.meaning.${state.status}`),
        label: t('overlay.badge.label', { name: shownName(state), status }),
        popup: true,
      });
    },
  };
}

/** What a category's badge shows: equal for two states, the badge needs no redrawing. */
export function badgeSignature(state: CategoryState): string {
  return `${state.status}|${shownName(state)}`;
}

/** Past this many changed categories, one pass over every row is as quick as finding each. */
const FEW = 200;

/**
 * The categories whose badge differs between two statuses (0 for the Store front page's count), or null when
 * so many differ that every row should be looked at.
 */
export function changedBadges(
  before: ReadonlyMap<number, CategoryState>,
  after: ReadonlyMap<number, CategoryState>,
  storefrontChanged: boolean,
): Set<number> | null {
  const changed = new Set<number>(storefrontChanged ? [0] : []);
  for (const [ecomId, state] of after) {
    const previous = before.get(ecomId);
    if (!previous || badgeSignature(previous) !== badgeSignature(state)) changed.add(ecomId);
    if (changed.size > FEW) return null;
  }
  for (const ecomId of before.keys()) {
    if (!after.has(ecomId)) changed.add(ecomId);
    if (changed.size > FEW) return null;
  }
  return changed;
}
