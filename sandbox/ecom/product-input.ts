import * as v from 'valibot';

import type { EcomProduct, EcomWorld } from '../world/types.ts';
import { ecomFailure } from './http-error.ts';
import { setProductCategories } from './membership.ts';

/** The product fields a client may write; others are ignored, a known field of the wrong type is a 400. */
const Id = v.pipe(
  v.number('must be a number'),
  v.integer('must be a whole number'),
  v.minValue(0, 'must be 0 or more'),
);

export const ProductFields = v.looseObject({
  name: v.optional(v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'))),
  sku: v.optional(v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'))),
  enabled: v.optional(v.boolean('must be true or false')),
  categoryIds: v.optional(v.array(Id, 'must be an array of category ids')),
  defaultCategoryId: v.optional(Id),
  externalReferenceId: v.optional(
    v.nullable(v.pipe(v.union([v.string(), v.number()], 'must be a string or a number'), v.transform(String))),
  ),
});

export type ProductFieldsInput = v.InferOutput<typeof ProductFields>;

/**
 * Checks a write against the store before anything changes: categories must exist, and a SKU must be unique
 * (Ecwid answers 409 for a SKU another product has).
 */
export function checkProductFields(ecom: EcomWorld, productId: number, input: ProductFieldsInput): void {
  const categoryIds = [...(input.categoryIds ?? []), ...(input.defaultCategoryId ? [input.defaultCategoryId] : [])];
  const unknown = [...new Set(categoryIds)].filter((id) => !ecom.categories.has(id));
  if (unknown.length > 0) throw ecomFailure(400, `Category not found: ${unknown.join(', ')}.`);
  if (input.sku !== undefined) {
    for (const other of ecom.products.values()) {
      if (other.id !== productId && other.sku === input.sku) {
        throw ecomFailure(409, `SKU "${input.sku}" is already used by product ${other.id}.`);
      }
    }
  }
}

/** Writes checked fields; a defaultCategoryId the product is not in is added to its categories, as Ecwid does. */
export function applyProductFields(product: EcomProduct, input: ProductFieldsInput, now: Date): void {
  if (input.name !== undefined) product.name = input.name;
  if (input.sku !== undefined) product.sku = input.sku;
  if (input.enabled !== undefined) product.enabled = input.enabled;
  if (input.externalReferenceId !== undefined) product.externalReferenceId = input.externalReferenceId;
  let categoryIds = input.categoryIds ?? product.categoryIds;
  const wantedDefault = input.defaultCategoryId;
  if (wantedDefault !== undefined && wantedDefault !== 0 && !categoryIds.includes(wantedDefault)) {
    categoryIds = [...categoryIds, wantedDefault];
  }
  setProductCategories(product, categoryIds, now);
  if (wantedDefault !== undefined && (wantedDefault !== 0 || categoryIds.length === 0)) {
    product.defaultCategoryId = wantedDefault;
  }
  product.updated = now.toISOString();
}
