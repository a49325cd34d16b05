import type { Slot } from './rows.ts';
import { SELECTORS } from './selectors.ts';

/** The fields of a category's settings that Sync Lens says something about. */
export const CATEGORY_FIELDS = ['name', 'parent', 'description', 'image', 'availability', 'products'] as const;
export type CategoryField = (typeof CATEGORY_FIELDS)[number];

const CONTROL_OF: Record<Exclude<CategoryField, 'availability' | 'products'>, string> = {
  name: SELECTORS.formName,
  parent: SELECTORS.formParent,
  description: SELECTORS.formDescription,
  image: SELECTORS.formImage,
};

export interface FieldSlot {
  field: CategoryField;
  /** The admin's element for the field (its label, switch or list): the note is about it. */
  anchor: Element;
  slot: Slot;
}

/**
 * Where a note goes for each field of the category form: right under the field, outside its <label> (text
 * inside a label would become part of the input's accessible name). Fields not found are left out.
 */
export function categoryFieldSlots(form: Element): FieldSlot[] {
  const slots: FieldSlot[] = [];
  const after = (field: CategoryField, anchor: Element | null | undefined) => {
    if (anchor?.parentElement)
      slots.push({ field, anchor, slot: { parent: anchor.parentElement, before: () => anchor.nextSibling } });
  };
  for (const field of ['name', 'parent', 'description', 'image'] as const) {
    after(field, form.querySelector(CONTROL_OF[field])?.closest(SELECTORS.formField));
  }
  after('availability', form.querySelector(SELECTORS.formEnabled)?.closest(SELECTORS.formSwitch));
  const products = form.querySelector(SELECTORS.formProducts) ?? form.querySelector(SELECTORS.empty);
  if (products?.parentElement) {
    slots.push({
      field: 'products',
      anchor: products,
      slot: { parent: products.parentElement, before: () => products },
    });
  }
  return slots;
}

export function categoryForm(root: ParentNode): Element | null {
  return root.querySelector(SELECTORS.categoryForm);
}
