import type { StoreEvidence } from '../admin-dom/store-evidence.ts';
import { adminPageAddress } from '../admin-dom/store-page.ts';
import { isLoopback } from '../connect/address.ts';
import type { EcomConnection } from '../connect/saved-connections.ts';
import type { NamedRecords } from '../db/cache.ts';

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
 * when the page names one that differs, null when the page's store cannot be told apart from ours: an address
 * or content that names no store, or the same id served where the connected store's admin is not).
 */
export type PageStore = { same: true } | { same: false; pageStoreId: number | null };

/** What tells the store of a page whose address names none (/cp/#…): its content, and the catalog we hold. */
export interface PageContent {
  evidence: StoreEvidence | undefined;
  /** How many of the records the page names the connected store's last read holds. */
  countKnown(named: NamedRecords): Promise<number>;
}

/**
 * The store a page's content names: the store ids in its own links when there are any (all one id, else none
 * can be told); else the eCom records it names, when most of them are in the connected store's last read (eCom
 * ids are unique across stores, so another store's page names none of ours; a few unknown ones are records
 * made since the last read). Null when the content does not settle it.
 */
export async function storeOfContent(content: PageContent, connectedStoreId: number): Promise<number | null> {
  const evidence = content.evidence;
  if (!evidence) return null;
  if (evidence.storeIds.length > 0) return evidence.storeIds.length === 1 ? evidence.storeIds[0]! : null;
  const named = evidence.categoryIds.length + evidence.productIds.length;
  if (named === 0) return null;
  const known = await content.countKnown(evidence);
  return known * 2 > named ? connectedStoreId : null;
}

/**
 * `otherOrigins` gives the admin addresses the merchant added; it is asked only when the address alone does not
 * settle the page (most messages come from eCom's own admin hosts, and a job's progress is polled many times a
 * second).
 */
export async function pageStore(
  pageAddress: string | undefined,
  store: ConnectedStore,
  content: PageContent,
  otherOrigins: () => Promise<readonly string[]> = async () => [],
): Promise<PageStore> {
  let added: readonly string[] | undefined;
  const addedOrigins = async () => (added ??= await otherOrigins());
  const page = adminPageAddress(pageAddress) ?? adminPageAddress(pageAddress, await addedOrigins());
  if (!page) return { same: false, pageStoreId: null };
  const pageStoreId = page.storeId ?? (await storeOfContent(content, store.storeId));
  if (pageStoreId === null) return { same: false, pageStoreId: null };
  if (pageStoreId !== store.storeId) return { same: false, pageStoreId };
  const servedByDefault = store.sandboxOrigin === null ? !page.sandbox : page.origin === store.sandboxOrigin;
  // An address the merchant added is where they said their admin is, whichever store is connected.
  const served = servedByDefault || (await addedOrigins()).includes(page.origin);
  return served ? { same: true } : { same: false, pageStoreId: null };
}
