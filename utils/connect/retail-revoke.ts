import type { FetchLike } from '../http/runtime.ts';
import { endpointsOfTokenUrl } from '../retail/oauth.ts';
import { revokeTokens } from '../retail/oauth-revoke.ts';
import type { ConnectionsView, RetailConnection, RetailOAuthClient } from './saved-connections.ts';
import { signInClient } from './signin-client.ts';

/**
 * What "forget this store" did at Lightspeed: ended the sign-in (`revoked`), had nothing to end (no sign-in: a
 * pasted token belongs to whoever made it, and Sync Lens has no client to revoke it with), or could not reach
 * Lightspeed or was refused (`failed`): the tokens are deleted here all the same, and the merchant is told.
 */
export type RevokeOutcome = 'revoked' | 'none' | 'failed';

/** The reply to "forget this store": the connections now (none), and what happened at Lightspeed. */
export interface Forgotten extends ConnectionsView {
  revoke: RevokeOutcome;
}

export async function revokeRetailSignIn(
  retail: RetailConnection | null,
  saved: RetailOAuthClient | null,
  fetch: FetchLike,
): Promise<RevokeOutcome> {
  if (!retail?.oauth) return 'none';
  try {
    await revokeTokens(fetch, endpointsOfTokenUrl(retail.oauth.tokenUrl), signInClient(retail.oauth.clientId, saved), {
      accessToken: retail.token,
      refreshToken: retail.oauth.refreshToken,
    });
    return 'revoked';
  } catch {
    return 'failed';
  }
}
