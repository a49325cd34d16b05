import { adminPageAddress } from '../admin-dom/store-page.ts';
import { isLoopback } from '../connect/address.ts';
import type { EcomConnection } from '../connect/saved-connections.ts';

/** The eCom store Sync Lens is connected to, as far as telling its admin pages apart goes. */
export interface ConnectedStore {
  storeId: number;
  /** The local sandbox's origin when the store is the sandbox's; null for a store on eCom's own admin. */
  sandboxOrigin: string | null;
}

export function connectedStoreOf(connection: Pick<EcomConnection, 'storeId' | 'apiBase' | 'adminUrl'>): ConnectedStore {
  const api = new URL(connection.apiBase);
  if (!isLoopback(api)) return { storeId: connection.storeId, sandboxOrigin: null };
  // The sandbox serves its admin beside its API; the admin address it gave when connecting says where exactly.
  return {
    storeId: connection.storeId,
    sandboxOrigin: connection.adminUrl ? new URL(connection.adminUrl).origin : api.origin,
  };
}

/**
 * Whose admin a content script's page is, next to the connected store: the same store, or another one (its id
 * when the address names one that differs, null when the page's store cannot be told apart from ours: an
 * address with no store, or the same id served where the connected store's admin is not).
 */
export type PageStore = { same: true } | { same: false; pageStoreId: number | null };

export function pageStore(pageAddress: string | undefined, store: ConnectedStore): PageStore {
  const page = adminPageAddress(pageAddress);
  if (!page) return { same: false, pageStoreId: null };
  if (page.storeId !== store.storeId) return { same: false, pageStoreId: page.storeId };
  const served = store.sandboxOrigin === null ? !page.sandbox : page.origin === store.sandboxOrigin;
  return served ? { same: true } : { same: false, pageStoreId: null };
}
