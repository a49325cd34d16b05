/**
 * The addresses Sync Lens may send a token to. Real services are https; plain http is allowed for loopback
 * only, where the local sandbox runs. Shared by the options page (to ask for the host permission) and the
 * background (which checks again: it trusts no page with where a token goes).
 */

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** The address as a URL without a trailing slash, or null when Sync Lens will not send a token there. */
export function apiAddress(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url))) return null;
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/** The host permission pattern that covers an address ("https://app.ecwid.com/*"); ports are not part of it. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** "https://app.ecwid.com/api/v3" from a URL made by apiAddress. */
export function addressText(url: URL): string {
  return url.href.replace(/\/+$/, '');
}
