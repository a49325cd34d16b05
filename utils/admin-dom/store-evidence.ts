import { splitHashRoute, storeIdFromPath } from './routes.ts';

/**
 * What an admin page says of its store, for an address that names none (/cp/#…): the store ids in the admin's
 * own links (/store/{id}), and the eCom records it links to (#category:id=N, #product:…id=N) or shows
 * (its own address's hash). Only ids: the background holds the catalog they are checked against.
 */
export interface StoreEvidence {
  storeIds: number[];
  categoryIds: number[];
  productIds: number[];
}

/** The message key it travels under, beside a content script's request (utils/messaging/ask.ts). */
export const EVIDENCE_KEY = 'pageEvidence';

/** Enough to decide, and a bound on what a message carries on a page of thousands of links. */
export const EVIDENCE_LIMIT = 200;

/** The record a hash route names: "#category:id=12", "#product:mode=edit&id=7". */
export function recordOfHash(hash: string): { kind: 'category' | 'product'; id: number } | null {
  const { name, params } = splitHashRoute(hash);
  if (name !== 'category' && name !== 'product') return null;
  const id = Number(params.get('id'));
  return Number.isSafeInteger(id) && id > 0 ? { kind: name, id } : null;
}

export function readStoreEvidence(doc: Document, address: string): StoreEvidence {
  const page = new URL(address);
  const storeIds = new Set<number>();
  const records = { category: new Set<number>(), product: new Set<number>() };
  const note = (hash: string) => {
    const record = recordOfHash(hash);
    if (record && records[record.kind].size < EVIDENCE_LIMIT) records[record.kind].add(record.id);
  };
  note(page.hash);
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    let url: URL;
    try {
      url = new URL(link.getAttribute('href')!, page);
    } catch {
      continue;
    }
    // Another site's link says nothing of this admin's store.
    if (url.origin !== page.origin) continue;
    const storeId = storeIdFromPath(url.pathname);
    if (storeId !== undefined && storeIds.size < EVIDENCE_LIMIT) storeIds.add(storeId);
    note(url.hash);
    if (records.category.size >= EVIDENCE_LIMIT && records.product.size >= EVIDENCE_LIMIT) break;
  }
  return { storeIds: [...storeIds], categoryIds: [...records.category], productIds: [...records.product] };
}

/** Whether the page says anything at all of its store yet (an app still loading shows no links). */
export function hasEvidence(evidence: StoreEvidence): boolean {
  return evidence.storeIds.length + evidence.categoryIds.length + evidence.productIds.length > 0;
}
