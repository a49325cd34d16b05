import { browser } from 'wxt/browser';

import { apiAddress, originPattern } from '../connect/address.ts';

export type PermissionAnswer =
  | { granted: true }
  /** The merchant said no, or the build may not ask for that host at all. */
  | { granted: false; host: string; impossible: boolean };

/**
 * Asks for the host permissions a connection needs. Must be the first thing a click handler does: browsers
 * only show the question during the user's gesture. Addresses that do not read as addresses are left to the
 * background, which says what is wrong with them.
 */
export function requestHosts(addresses: readonly string[]): Promise<PermissionAnswer> {
  const urls = addresses.map(apiAddress).filter((url): url is URL => url !== null);
  const host = urls.map((url) => url.host).join(', ');
  if (urls.length === 0) return Promise.resolve({ granted: true });
  return browser.permissions.request({ origins: [...new Set(urls.map(originPattern))] }).then(
    (granted): PermissionAnswer => (granted ? { granted: true } : { granted: false, host, impossible: false }),
    // Thrown for origins the manifest does not list as optional: this build cannot reach them.
    (): PermissionAnswer => ({ granted: false, host, impossible: true }),
  );
}
