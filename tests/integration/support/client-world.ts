/**
 * A world big enough to make the clients page: 250 Retail categories (10 at the top, 240 below them) and 250
 * items, 250 eCom categories (a third disabled) and 300 products. Every record dates from January, so anything
 * a test changes stands out to an incremental fetch.
 */

const OLD = '2026-01-15T10:00:00.000Z';

export const RETAIL_CATEGORY_COUNT = 250;
export const RETAIL_ITEM_COUNT = 250;
/** Items whose id is a multiple of 25 are archived. */
export const ARCHIVED_ITEM_COUNT = 10;
export const ECOM_CATEGORY_COUNT = 250;
export const ECOM_PRODUCT_COUNT = 300;
export const FIRST_ECOM_CATEGORY = 1001;
export const FIRST_PRODUCT = 2001;

export function clientWorld() {
  const retailCategories = Array.from({ length: RETAIL_CATEGORY_COUNT }, (_, index) => {
    const id = index + 1;
    return {
      categoryID: id,
      name: `Catégorie ${id}`,
      parentID: id <= 10 ? 0 : ((id - 11) % 10) + 1,
      createTime: OLD,
      timeStamp: OLD,
    };
  });
  const items = Array.from({ length: RETAIL_ITEM_COUNT }, (_, index) => {
    const id = index + 1;
    return {
      itemID: id,
      description: `Article ${id}`,
      customSku: id % 2 === 0 ? `SKU-${id}` : '',
      categoryID: id % 50 === 0 ? 0 : ((id - 1) % RETAIL_CATEGORY_COUNT) + 1,
      publishToEcom: true,
      archived: id % 25 === 0,
      createTime: OLD,
      timeStamp: OLD,
    };
  });
  const ecomCategories = Array.from({ length: ECOM_CATEGORY_COUNT }, (_, index) => {
    const id = FIRST_ECOM_CATEGORY + index;
    return {
      id,
      parentId: index < 10 ? 0 : FIRST_ECOM_CATEGORY + (index % 10),
      name: `Rayon ${index + 1}`,
      enabled: index % 3 !== 0,
      ...(index % 2 === 0 ? { origin: 'LIGHTSPEED' as const, externalReferenceId: String(index + 1) } : {}),
    };
  });
  const products = Array.from({ length: ECOM_PRODUCT_COUNT }, (_, index) => ({
    id: FIRST_PRODUCT + index,
    name: `Produit ${index + 1}`,
    enabled: index % 7 !== 0,
    categoryIds: index % 30 === 0 ? [] : [FIRST_ECOM_CATEGORY + (index % ECOM_CATEGORY_COUNT)],
    updated: OLD,
  }));
  return {
    retail: { accountID: 210, categories: retailCategories, items },
    ecom: { storeId: 1003, categories: ecomCategories, products },
  };
}
