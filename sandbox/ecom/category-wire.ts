import type { EcomCategory, EcomProduct, ExternalIds } from '../world/types.ts';
import { referenceField } from './reference-field.ts';
import { shownReference } from './shown-reference.ts';

/** How a category looks on Ecwid's wire. */
export interface CategoryWireOptions {
  /** The sandbox's origin, for the storefront URL. */
  origin: string;
  storeId: number;
  products: readonly EcomProduct[];
  withProductIds: boolean;
  /** A public token sees only enabled products in `productIds`. */
  enabledOnly: boolean;
  /** What the API shows of Lightspeed's own mapping (shown-reference.ts). */
  externalIds: ExternalIds;
}

export function categoryUrl(origin: string, storeId: number, id: number): string {
  return `${origin}/store/${storeId}/shop#!/c/${id}`;
}

/** Ecwid leaves out fields that have no value (top-level parentId, empty image, no origin) rather than null them. */
export function categoryToWire(category: EcomCategory, options: CategoryWireOptions): Record<string, unknown> {
  const enabledProducts = options.products.filter((product) => product.enabled);
  const visibleProducts = options.enabledOnly ? enabledProducts : options.products;
  const image = category.imageUrl;
  return {
    id: category.id,
    ...(category.parentId === 0 ? {} : { parentId: category.parentId }),
    orderBy: category.orderBy,
    name: category.name,
    nameTranslated: { en: category.name },
    description: category.description,
    descriptionTranslated: { en: category.description },
    enabled: category.enabled,
    productCount: options.products.length,
    enabledProductCount: enabledProducts.length,
    url: categoryUrl(options.origin, options.storeId, category.id),
    customSlug: category.customSlug,
    ...(image === '' ? {} : { imageUrl: image, thumbnailUrl: image, originalImageUrl: image }),
    seoTitle: category.seoTitle,
    seoDescription: category.seoDescription,
    ...(category.origin === null ? {} : { origin: category.origin }),
    ...referenceField(
      shownReference(
        category.externalReferenceId,
        category.origin === 'LIGHTSPEED',
        options.externalIds,
        'category',
        category.id,
      ),
    ),
    ...(options.withProductIds ? { productIds: visibleProducts.map((product) => product.id) } : {}),
  };
}
