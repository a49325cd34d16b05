import { ADMIN_MATCHES, SANDBOX_ADMIN_MATCHES } from './match-patterns.ts';
import { isControlPanelPath, storeIdFromPath } from './routes.ts';

/** An admin page as its address names it: where it is served, and the store it belongs to. */
export interface AdminPageAddress {
  origin: string;
  /** Null under /cp/: the address names no store, the page's content has to (see store-evidence.ts). */
  storeId: number | null;
  /** Served by a local sandbox (loopback), not by eCom's own admin. */
  sandbox: boolean;
}

/** Protocol and host of a manifest match pattern ("https://my.ecwid.com/store/*"); ports are not part of one. */
const hostOf = (pattern: string) => {
  const url = new URL(pattern.replace(/\*$/, ''));
  return `${url.protocol}//${url.hostname}`;
};
const ADMIN_HOSTS = new Set(ADMIN_MATCHES.map(hostOf));
const SANDBOX_HOSTS = new Set(SANDBOX_ADMIN_MATCHES.map(hostOf));

/**
 * Which store's admin a page is, from its address alone: /store/{id} or /cp/ on one of the admin's hosts, the
 * sandbox's, or one the merchant added in the options (`otherOrigins`, white-label admins: exact origins).
 * Undefined when the address is no admin page: then nothing may be shown or done there for a store.
 */
export function adminPageAddress(
  address: string | undefined,
  otherOrigins: readonly string[] = [],
): AdminPageAddress | undefined {
  if (address === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const host = `${url.protocol}//${url.hostname}`;
  const sandbox = SANDBOX_HOSTS.has(host);
  if (!sandbox && !ADMIN_HOSTS.has(host) && !otherOrigins.includes(url.origin)) return undefined;
  if (isControlPanelPath(url.pathname)) return { origin: url.origin, storeId: null, sandbox };
  const storeId = storeIdFromPath(url.pathname);
  return storeId === undefined ? undefined : { origin: url.origin, storeId, sandbox };
}
