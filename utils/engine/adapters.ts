import type { EcomClient } from '../ecom/client.ts';
import { readEnabled } from '../ecom/read-back.ts';
import { ApiError } from '../http/api-error.ts';
import type { RetailClient } from '../retail/client.ts';
import type { EcomPort } from '../jobs/ports.ts';
import type { RetailPort } from './ports.ts';

/** The R-Series client as the engine needs it: archived items included (itemsFrom), since they must leave eCom. */
export function retailPort(client: RetailClient): RetailPort {
  return {
    categories: (from, settledBefore, count = false) => client.categoriesFrom({ from, settledBefore, count }),
    items: (from, settledBefore) => client.itemsFrom({ from, settledBefore }),
    categoryCount: () => client.categoryCount(),
  };
}

/** The Ecwid client as the engine needs it. */
export function ecomPort(client: EcomClient): EcomPort {
  return {
    categories: () => client.categories(),
    products: (updatedFrom) => client.products(updatedFrom === null ? {} : { updatedFrom }),
    productTotal: () => client.productTotal(),
    // Sync changes are independent: one failure must not stop the others.
    submitBatch: (requests, deduplicationKey) =>
      client.submitBatch(requests, { deduplicationKey, stopOnFirstFailure: false }),
    pollBatch: async (ticket) => {
      const state = await client.pollBatch(ticket).catch((error: unknown) => {
        // eCom forgets a ticket after an hour and then answers 404: what the batch did must be read back.
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      });
      if (state === null) return null;
      return {
        status: state.status,
        results: state.results.flatMap((result) => (result.id === null ? [] : [{ ...result, id: result.id }])),
      };
    },
    enabledNow: (kind, ids) => readEnabled(client, kind, ids),
  };
}
