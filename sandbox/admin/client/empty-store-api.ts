import { ApiError, type Api } from './api.ts';

/**
 * The API as another store's admin sees it in the sandbox, which holds nothing of that store: every list is
 * empty, and every write is refused as eCom refuses a store it does not know.
 */
export function emptyStoreApi(storeId: number): Api {
  const refuse = async (): Promise<never> => {
    throw new ApiError(404, `Store ${storeId} is not found.`);
  };
  return {
    get: async <T>() => ({ total: 0, count: 0, offset: 0, limit: 100, items: [] }) as T,
    put: refuse,
    post: refuse,
    del: refuse,
  };
}
