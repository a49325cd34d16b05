import { ADMIN_MATCHES, SANDBOX_ADMIN_MATCHES } from './match-patterns.ts';
import { storeIdFromPath } from './routes.ts';

/** An admin page as its address names it: where it is served, and the store it belongs to. */
export interface AdminPageAddress {
  origin: string;
  storeId: number;
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
 * Which store's admin a page is, from its address alone: /store/{id} on one of the admin's hosts (or the
 * sandbox's). Undefined when the address names no store: then nothing may be shown or done there for one.
 */
export function adminPageAddress(address: string | undefined): AdminPageAddress | undefined {
  if (address === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  const host = `${url.protocol}//${url.hostname}`;
  const sandbox = SANDBOX_HOSTS.has(host);
  if (!sandbox && !ADMIN_HOSTS.has(host)) return undefined;
  const storeId = storeIdFromPath(url.pathname);
  return storeId === undefined ? undefined : { origin: url.origin, storeId, sandbox };
}
