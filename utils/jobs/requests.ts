import type { BatchRequest } from './ports.ts';
import type { Operation } from '../sync/model.ts';
import type { Job, JobItem } from './model.ts';

/**
 * Turns a job's item into the one eCom API request that carries it out. Returns undefined when the item cannot
 * be sent yet: a category whose parent this same job has still to create.
 */
export function requestFor(
  job: Job,
  item: JobItem,
  ecomIdOfRetail: (retailId: number) => number | undefined,
): BatchRequest | undefined {
  const id = item.key;
  switch (job.kind) {
    case 'enable-categories':
    case 'disable-categories':
      return {
        id,
        method: 'PUT',
        path: `/categories/${item.ecomId}`,
        body: { enabled: job.kind === 'enable-categories' },
      };
    case 'enable-products':
    case 'disable-products':
      return {
        id,
        method: 'PUT',
        path: `/products/${item.ecomId}`,
        body: { enabled: job.kind === 'enable-products' },
      };
    case 'sync':
      return item.operation ? requestForOperation(id, item.operation, ecomIdOfRetail) : undefined;
  }
}

function requestForOperation(
  id: string,
  operation: Operation,
  ecomIdOfRetail: (retailId: number) => number | undefined,
): BatchRequest | undefined {
  switch (operation.kind) {
    case 'create-category': {
      const parentId = operation.parentRetailId === 0 ? 0 : ecomIdOfRetail(operation.parentRetailId);
      if (parentId === undefined) return undefined;
      return {
        id,
        method: 'POST',
        path: '/categories',
        // Created disabled, like Lightspeed's own sync (docs/sync-rules.md#s2): the merchant decides when shoppers see it.
        body: {
          name: operation.name,
          parentId,
          orderBy: operation.orderBy,
          enabled: false,
          externalReferenceId: String(operation.retailId),
          ...(operation.productIds.length > 0 ? { productIds: operation.productIds } : {}),
        },
      };
    }
    case 'update-category': {
      const { parentRetailId, ...changes } = operation.changes;
      // A move under a parent this job creates waits until that parent has its eCom id.
      if (parentRetailId !== undefined) {
        const parentId = parentRetailId === 0 ? 0 : ecomIdOfRetail(parentRetailId);
        if (parentId === undefined) return undefined;
        return { id, method: 'PUT', path: `/categories/${operation.ecomId}`, body: { ...changes, parentId } };
      }
      return { id, method: 'PUT', path: `/categories/${operation.ecomId}`, body: changes };
    }
    case 'order-categories': {
      // Sortable parents hold synced categories only, so the sort endpoint may renumber all of them at once.
      if (operation.sortable) {
        return {
          id,
          method: 'PUT',
          path: `/categories/sort?parentCategory=${operation.parentId}`,
          body: { sortedIds: operation.orderBy.map((entry) => entry.ecomId) },
        };
      }
      // Elsewhere online-only siblings keep their place: each synced one is moved alone (see create-jobs.ts).
      const [only, ...rest] = operation.orderBy;
      if (!only || rest.length > 0) return undefined;
      return { id, method: 'PUT', path: `/categories/${only.ecomId}`, body: { orderBy: only.orderBy } };
    }
    case 'assign-products':
    case 'unassign-products':
      return {
        id,
        method: 'POST',
        path: `/categories/${operation.ecomId}/${operation.kind === 'assign-products' ? 'assignProducts' : 'unassignProducts'}`,
        body: { productIds: operation.productIds },
      };
  }
}
