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

/** Why a token, refresh or revoke request's client is refused (Lightspeed's invalid_client), or null. */
export function clientRefusal(clientId: string, clientSecret: string): string | null {
  if (clientId === '') return 'client_id is required.';
  if (!isPublicClient(clientId) && clientSecret === '') {
    return 'client_secret is required for a confidential client.';
  }
  return null;
}
