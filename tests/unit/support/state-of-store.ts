import type { StateFile } from '../../../sandbox/world/state.ts';
import type { EcomSnapshot, RetailSnapshot } from '../../../utils/sync/model.ts';

/**
 * A planner store (utils/sync/model.ts snapshots) as a sandbox state file, in each API's own field names, for
 * loadWorld(): the way to hand the very same store to the sandbox's reference sync.
 */
export function stateOfStore(retail: RetailSnapshot, ecom: EcomSnapshot): StateFile {
  return {
    retail: {
      accountID: 210,
      categories: retail.categories.map((c) => ({
        categoryID: c.id,
        name: c.name,
        parentID: c.parentId,
        leftNode: c.leftNode,
        createTime: c.updatedAt,
        timeStamp: c.updatedAt,
      })),
      items: retail.items.map((i) => ({
        itemID: i.id,
        description: i.name,
        customSku: i.sku,
        categoryID: i.categoryId,
        publishToEcom: i.publishToEcom,
        archived: i.archived,
        createTime: i.updatedAt,
        timeStamp: i.updatedAt,
      })),
    },
    ecom: {
      storeId: 1003,
      categories: ecom.categories.map((c) => ({
        id: c.id,
        parentId: c.parentId,
        orderBy: c.orderBy,
        name: c.name,
        description: c.description,
        enabled: c.enabled,
        imageUrl: c.imageUrl,
        origin: c.origin,
        externalReferenceId: c.externalReferenceId,
      })),
      products: ecom.products.map((p) => ({
        id: p.id,
        name: p.name,
        sku: p.sku,
        enabled: p.enabled,
        categoryIds: [...p.categoryIds],
        defaultCategoryId: p.defaultCategoryId,
        externalReferenceId: p.externalReferenceId,
        updated: p.updatedAt,
      })),
    },
  };
}
