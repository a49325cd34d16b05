/**
 * The API clients the Lightspeed stand-in knows. Since 2024 an app that runs in a browser registers as a
 * publicly distributed client: PKCE is mandatory and it has no secret to send. Every other client id is taken
 * for a merchant's own, confidential client, which must send a secret (any non-empty one: the sandbox keeps no
 * registry of secrets). Dependency-free, since wxt.config.ts reads the id to give the sandbox build.
 */

/** The public client the sandbox build and `npm start` sign in as: what "Sign in with Lightspeed" uses there. */
export const SANDBOX_PUBLIC_CLIENT_ID = 'sync-lens-sandbox';

const PUBLIC_CLIENTS = new Set([SANDBOX_PUBLIC_CLIENT_ID]);

export function isPublicClient(clientId: string): boolean {
  return PUBLIC_CLIENTS.has(clientId);
}

/**
 * The redirect addresses browsers give an extension (identity.getRedirectURL()): Chrome's, made from the extension
 * id, and Firefox's, made from a hash of the add-on id.
 */
const EXTENSION_REDIRECT_HOSTS = [/^[a-p]{32}\.chromiumapp\.org$/, /^[0-9a-f]{40}\.extensions\.allizom\.org$/];

/**
 * Why Lightspeed would refuse to send the browser back to `redirectUri` for this client, or null. Lightspeed sends
 * a code only to an address registered with the client. The sandbox's public client is registered for every
 * extension's address in both browsers (an unpacked build's id depends on its folder, so the exact one cannot be
 * known here; whoever registers Sync Lens's own client registers its two exact addresses). A merchant's own
 * client is taken as registered for the address it asks for, as the sandbox keeps no registry of them.
 */
export function redirectRefusal(clientId: string, redirectUri: URL): string | null {
  if (!isPublicClient(clientId)) return null;
  const registered =
    redirectUri.protocol === 'https:' && EXTENSION_REDIRECT_HOSTS.some((host) => host.test(redirectUri.hostname));
  return registered ? null : `redirect_uri ${redirectUri.href} is not registered with the client ${clientId}.`;
}

/** Why a token, refresh or revoke request's client is refused (Lightspeed's invalid_client), or null. */
export function clientRefusal(clientId: string, clientSecret: string): string | null {
  if (clientId === '') return 'client_id is required.';
  if (!isPublicClient(clientId) && clientSecret === '') {
    return 'client_secret is required for a confidential client.';
  }
  return null;
}
