import { retailCategoriesInOrder, retailTreeFields } from '../../../sandbox/world/tree.ts';
import type { World } from '../../../sandbox/world/types.ts';
import type { EcomCategory, EcomProduct, EcomSnapshot, RetailSnapshot } from '../../../utils/sync/model.ts';

/**
 * The sandbox world's records as the engine's snapshots (utils/sync/model.ts), the way the API clients will
 * read them: Retail with its nested set computed, eCom with each category's productIds derived from products.
 */
export function snapshotsOfWorld(world: World): { retail: RetailSnapshot; ecom: EcomSnapshot } {
  return { retail: retailSnapshotOf(world), ecom: ecomSnapshotOf(world) };
}

export function retailSnapshotOf(world: World): RetailSnapshot {
  const { retail } = world;
  return {
    categories: retailCategoriesInOrder(retail).map((category) => {
      const tree = retailTreeFields(retail, category.categoryID);
      return {
        id: category.categoryID,
        name: category.name,
        parentId: category.parentID,
        leftNode: tree.leftNode,
        rightNode: tree.rightNode,
        depth: tree.nodeDepth,
        fullPath: tree.fullPathName,
        updatedAt: category.timeStamp,
      };
    }),
    items: Array.from(retail.items.values(), (item) => ({
      id: item.itemID,
      name: item.description,
      sku: item.customSku === '' ? item.systemSku : item.customSku,
      categoryId: item.categoryID,
      publishToEcom: item.publishToEcom,
      archived: item.archived,
      updatedAt: item.timeStamp,
    })),
  };
}

export function ecomSnapshotOf(world: World): EcomSnapshot {
  const productIdsOf = new Map<number, number[]>();
  const products: EcomProduct[] = [];
  for (const product of world.ecom.products.values()) {
    for (const categoryId of product.categoryIds) {
      const list = productIdsOf.get(categoryId);
      if (list === undefined) productIdsOf.set(categoryId, [product.id]);
      else list.push(product.id);
    }
    products.push({
      id: product.id,
      name: product.name,
      sku: product.sku,
      enabled: product.enabled,
      categoryIds: product.categoryIds.slice(),
      defaultCategoryId: product.defaultCategoryId,
      externalReferenceId: product.externalReferenceId,
      updatedAt: product.updated,
    });
  }
  const categories: EcomCategory[] = Array.from(world.ecom.categories.values(), (category) => ({
    id: category.id,
    parentId: category.parentId,
    orderBy: category.orderBy,
    name: category.name,
    enabled: category.enabled,
    description: category.description,
    imageUrl: category.imageUrl,
    origin: category.origin,
    externalReferenceId: category.externalReferenceId,
    productIds: productIdsOf.get(category.id) ?? [],
  }));
  return { categories, products };
}
