import * as v from 'valibot';

import type { EcomCategory, EcomWorld } from '../world/types.ts';
import { wouldLoop } from './category-tree.ts';
import { ecomFailure } from './http-error.ts';
import { addProductToCategory, removeProductFromCategory } from './membership.ts';

/**
 * The category fields a client may write. Anything else in the body (id, origin, productCount, url…) is
 * read-only or unknown and is ignored, as Ecwid does; a known field of the wrong type is a 400.
 */
const Id = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
);
const Text = v.string('must be a string');
const Translations = v.record(v.string(), Text, 'must be an object of language → text');

export const CategoryFields = v.looseObject({
  name: v.optional(v.pipe(Text, v.trim(), v.nonEmpty('must not be empty'))),
  nameTranslated: v.optional(Translations),
  parentId: v.optional(Id),
  orderBy: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'))),
  description: v.optional(Text),
  descriptionTranslated: v.optional(Translations),
  enabled: v.optional(v.boolean('must be true or false')),
  productIds: v.optional(v.array(Id, 'must be an array of product ids')),
  customSlug: v.optional(Text),
  seoTitle: v.optional(Text),
  seoDescription: v.optional(Text),
  imageUrl: v.optional(Text),
  externalReferenceId: v.optional(
    v.nullable(v.pipe(v.union([Text, v.number()], 'must be a string or a number'), v.transform(String))),
  ),
});

export type CategoryFieldsInput = v.InferOutput<typeof CategoryFields>;

/** The name a write gives: `name`, else the English one of `nameTranslated` (Ecwid's default language). */
export function writtenName(input: CategoryFieldsInput): string | undefined {
  const translated = input.nameTranslated?.en?.trim();
  return input.name ?? (translated ? translated : undefined);
}

/** Checks a new parent for a category (id 0 for a new one, which cannot loop). */
export function checkParent(ecom: EcomWorld, categoryId: number, parentId: number): void {
  if (parentId === 0) return;
  if (!ecom.categories.has(parentId)) throw ecomFailure(400, `Parent category ${parentId} does not exist.`);
  if (wouldLoop(ecom, categoryId, parentId)) {
    throw ecomFailure(400, `Category ${categoryId} cannot move under ${parentId}: that is inside itself.`);
  }
}

/** Refuses product ids the store does not have, naming them. */
export function checkProductIds(ecom: EcomWorld, productIds: readonly number[]): void {
  const unknown = productIds.filter((id) => !ecom.products.has(id));
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 10).join(', ');
    const more = unknown.length > 10 ? '…' : '';
    throw ecomFailure(400, `Product${unknown.length === 1 ? '' : 's'} not found: ${shown}${more}.`);
  }
}

/**
 * Writes the given fields to a category already checked by checkParent/checkProductIds. `productIds` replaces
 * its membership: products listed join it, products not listed leave it.
 */
export function applyCategoryFields(
  ecom: EcomWorld,
  category: EcomCategory,
  input: CategoryFieldsInput,
  now: Date,
): void {
  const name = writtenName(input);
  if (name !== undefined) category.name = name;
  if (input.parentId !== undefined) category.parentId = input.parentId;
  if (input.orderBy !== undefined) category.orderBy = input.orderBy;
  const description = input.description ?? input.descriptionTranslated?.en;
  if (description !== undefined) category.description = description;
  if (input.enabled !== undefined) category.enabled = input.enabled;
  if (input.customSlug !== undefined) category.customSlug = input.customSlug;
  if (input.seoTitle !== undefined) category.seoTitle = input.seoTitle;
  if (input.seoDescription !== undefined) category.seoDescription = input.seoDescription;
  if (input.imageUrl !== undefined) category.imageUrl = input.imageUrl;
  if (input.externalReferenceId !== undefined) category.externalReferenceId = input.externalReferenceId;
  if (input.productIds !== undefined) {
    const wanted = new Set(input.productIds);
    for (const product of ecom.products.values()) {
      if (wanted.has(product.id)) addProductToCategory(product, category.id, now);
      else removeProductFromCategory(product, category.id, now);
    }
  }
}
