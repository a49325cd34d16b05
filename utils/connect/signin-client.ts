import type { OAuthClient } from '../retail/oauth.ts';
import type { RetailOAuthClient } from './saved-connections.ts';

/**
 * The API client a stored sign-in refreshes and revokes with: the merchant's own (with its secret) when the
 * saved one has the sign-in's id, else the id alone, as a public client (Sync Lens's own) sends it. Lightspeed
 * ties a refresh token to the client it was issued to, so the id always comes from the sign-in itself.
 */
export function signInClient(clientId: string, saved: RetailOAuthClient | null): OAuthClient {
  return saved?.clientId === clientId ? saved : { clientId };
}
