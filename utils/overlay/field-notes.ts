import { categoryFieldSlots, categoryForm, type CategoryField } from '../admin-dom/form-fields.ts';
import type { CategoryState } from '../sync/model.ts';
import { chipButton, type Target } from './annotate.ts';
import type { HelpTopic } from './help-topics.ts';
import type { Words } from './words.ts';

/** S6–S8: what Retail POS owns in a synced category, and what stays the merchant's. */
const RETAIL_FIELDS: ReadonlySet<CategoryField> = new Set(['name', 'parent', 'products']);

export function ownerOf(state: CategoryState, field: CategoryField): 'retail' | 'yours' | 'online' {
  if (state.retailId === null) return 'online';
  return RETAIL_FIELDS.has(field) ? 'retail' : 'yours';
}

/** The help question a field's note opens on. */
export function fieldQuestion(state: CategoryState | undefined, field: string): HelpTopic {
  if (!state || state.retailId === null) return 'online-only';
  return field === 'availability' ? 'what-disabling-does' : 'why-lock';
}

/** Beside each field of a category's settings: "From Retail POS" or "Yours", and why on hover or focus. */
export function fieldNoteTargets(root: ParentNode, words: Words, state: CategoryState | undefined): Target[] {
  const form = categoryForm(root);
  if (!form) return [];
  const { t, language } = words;
  return categoryFieldSlots(form).map(({ field, anchor, slot }): Target => {
    const owner = state ? ownerOf(state, field) : null;
    return {
      owner: anchor,
      slot,
      kind: 'field',
      id: field,
      signature: owner ? `${language}|${owner}|${field}` : null,
      fill: (shadow) => {
        if (!owner) return;
        const text =
          owner === 'retail'
            ? t('overlay.field.retail')
            : owner === 'yours'
              ? t('overlay.field.yours')
              : t('overlay.field.online');
        const tip =
          owner === 'retail'
            ? t('overlay.field.retailTip')
            : owner === 'online'
              ? t('overlay.field.onlineTip')
              : field === 'availability'
                ? t('overlay.field.availabilityTip')
                : t('overlay.field.yoursTip');
        chipButton(shadow, { tone: owner === 'retail' ? 'retail' : 'yours', text, tip, popup: true });
      },
    };
  });
}
