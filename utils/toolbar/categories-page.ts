import type { EcomConnection } from '../connect/saved-connections.ts';
import { connectedStoreOf } from '../messaging/store-door.ts';

/** eCom's own admin, where a store's categories page is when it is not the sandbox's. */
const ECOM_ADMIN = 'https://my.ecwid.com';

/** The connected store's categories page: on eCom's admin, or on the sandbox's for a sandbox store. */
export function categoriesPageOf(connection: Pick<EcomConnection, 'storeId' | 'apiBase' | 'adminUrl'>): string {
  const store = connectedStoreOf(connection);
  return `${store.sandboxOrigin ?? ECOM_ADMIN}/store/${store.storeId}#categories`;
}
