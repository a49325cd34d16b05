import type { EcomCategory, EcomProduct, ExternalIds } from '../world/types.ts';
import { referenceField } from './reference-field.ts';
import { shownReference } from './shown-reference.ts';

export function productUrl(origin: string, storeId: number, id: number): string {
  return `${origin}/store/${storeId}/shop#!/p/${id}`;
}

/** How a product looks on Ecwid's wire (the catalog fields that matter to category sync). */
export function productToWire(
  product: EcomProduct,
  options: { origin: string; storeId: number; categories: ReadonlyMap<number, EcomCategory>; externalIds: ExternalIds },
): Record<string, unknown> {
  const updated = new Date(product.updated);
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    nameTranslated: { en: product.name },
    enabled: product.enabled,
    categoryIds: [...product.categoryIds],
    defaultCategoryId: product.defaultCategoryId,
    // Ecwid lists each category with its own availability, so a client sees at once where a product hides.
    categories: product.categoryIds.map((id) => ({ id, enabled: options.categories.get(id)?.enabled ?? false })),
    // Sync Lens and the merchant create no product with a reference: one that has it was made by Lightspeed's sync.
    ...referenceField(shownReference(product.externalReferenceId, true, options.externalIds, 'product', product.id)),
    url: productUrl(options.origin, options.storeId, product.id),
    updated: product.updated,
    updateTimestamp: Math.floor(updated.getTime() / 1000),
  };
}
