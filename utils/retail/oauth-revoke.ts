import type { FetchLike } from '../http/runtime.ts';
import { clientFields, postToAuthServer, type OAuthClient, type OAuthEndpoints } from './oauth.ts';

/**
 * Ends a sign-in at Lightspeed (POST …/auth/oauth/revoke, RFC 7009): the refresh token first, since it is the one
 * that lasts (30 days, renewed at every use), then the access token, which would otherwise work until it expires.
 * Lightspeed answers 200 for a token it no longer knows, so revoking twice is harmless. Rejects with an
 * OAuthError when Lightspeed cannot be reached or refuses, so the caller can tell the merchant.
 */
export async function revokeTokens(
  fetch: FetchLike,
  endpoints: Pick<OAuthEndpoints, 'revokeUrl'>,
  client: OAuthClient,
  tokens: { accessToken: string; refreshToken: string },
): Promise<void> {
  await postToAuthServer(fetch, endpoints.revokeUrl, {
    ...clientFields(client),
    token: tokens.refreshToken,
    token_type_hint: 'refresh_token',
  });
  await postToAuthServer(fetch, endpoints.revokeUrl, {
    ...clientFields(client),
    token: tokens.accessToken,
    token_type_hint: 'access_token',
  });
}
