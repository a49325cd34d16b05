import * as v from 'valibot';

import { attemptOnce } from '../http/attempt.ts';
import { serverMessageOf } from '../http/classify.ts';
import type { FetchLike } from '../http/runtime.ts';
import { CodedError } from '../i18n/said.ts';
import { SIGN_IN, signInRefused } from '../i18n/said/sign-in.ts';
import { RETAIL_AUTH_BASE } from './config.ts';

/**
 * Lightspeed Retail (R-Series) OAuth 2, as the background uses it: the authorize URL (with PKCE), trading the
 * code for tokens, and refreshing them. R-Series rotates both tokens on every refresh and kills the used refresh
 * token at once, so the newest refresh token is saved before anything else happens (token-keeper.ts): losing it
 * means the merchant has to sign in again. Pure apart from the `fetch` and clock it is given, so tests need no
 * network.
 */

/**
 * Reading categories and items is all Sync Lens does in Retail POS: the inventory scope is enough, and it is
 * the narrowest one R-Series offers for that.
 */
export const RETAIL_OAUTH_SCOPE = 'employee:inventory';

const TOKEN_TIMEOUT_MS = 20_000;

/**
 * A Lightspeed API client. Sync Lens's own is a publicly distributed client: an id and no secret (an extension
 * cannot keep one), PKCE instead. A merchant's own API client, under "Advanced", has a secret too.
 */
export interface OAuthClient {
  clientId: string;
  clientSecret?: string;
}

export interface OAuthEndpoints {
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
}

/** What is kept of a grant: the newest tokens and when the access token stops working (ms since the epoch). */
export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

/** Why signing in or refreshing failed, with a code pages can translate and words for people. */
export type OAuthErrorCode =
  /** The merchant said no on Lightspeed's page, or closed it. */
  | 'denied'
  /** The answer came back for another sign-in (or none): possibly forged, never trusted. */
  | 'state-mismatch'
  /** Lightspeed does not know the client id or secret. */
  | 'bad-client'
  /** The code or refresh token is unknown, used or expired: the merchant must sign in again. */
  | 'expired-grant'
  | 'unreachable'
  | 'malformed';

/** Worded in every language where the background meets it on its own (a token refresh). */
export class OAuthError extends CodedError<OAuthErrorCode> {
  override name = 'OAuthError';
}

/** Lightspeed's OAuth endpoints under an authorization server base (the real one, or a sandbox's origin). */
export function oauthEndpoints(authBase: string = RETAIL_AUTH_BASE): OAuthEndpoints {
  const base = authBase.replace(/\/+$/, '');
  return {
    authorizeUrl: `${base}/auth/oauth/authorize`,
    tokenUrl: `${base}/auth/oauth/token`,
    revokeUrl: `${base}/auth/oauth/revoke`,
  };
}

/** The token endpoint's address under the same server, for a connection that kept only the token URL. */
export function endpointsOfTokenUrl(tokenUrl: string): OAuthEndpoints {
  return oauthEndpoints(tokenUrl.replace(/\/auth\/oauth\/token$/, ''));
}

export function authorizeUrl(
  endpoints: Pick<OAuthEndpoints, 'authorizeUrl'>,
  request: { clientId: string; redirectUri: string; state: string; codeChallenge: string; scope?: string },
): string {
  const url = new URL(endpoints.authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('scope', request.scope ?? RETAIL_OAUTH_SCOPE);
  url.searchParams.set('state', request.state);
  url.searchParams.set('redirect_uri', request.redirectUri);
  // S256 only: "plain" would send the verifier itself, which is what PKCE exists to keep back.
  url.searchParams.set('code_challenge', request.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.href;
}

/** A state nobody can guess, to tie Lightspeed's answer to the sign-in this extension started. */
export function newState(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Reads the URL Lightspeed sent the browser back to: the code, or why there is none. */
export function readRedirect(redirectedTo: string, expectedState: string): string {
  let url: URL;
  try {
    url = new URL(redirectedTo);
  } catch {
    throw new OAuthError('malformed', 'Lightspeed sent the browser back to an address Sync Lens cannot read.');
  }
  const params = url.searchParams;
  // The state is checked first: an answer to someone else's request says nothing about this one.
  if (params.get('state') !== expectedState) {
    throw new OAuthError(
      'state-mismatch',
      'The answer from Lightspeed does not belong to this sign-in, so Sync Lens ignored it. Try again.',
    );
  }
  const error = params.get('error');
  if (error !== null) {
    throw new OAuthError(
      'denied',
      error === 'access_denied'
        ? 'Access was not granted on Lightspeed’s page, so Retail POS is not connected.'
        : `Lightspeed did not grant access (${error}).`,
    );
  }
  const code = params.get('code');
  if (!code) throw new OAuthError('malformed', 'Lightspeed sent the browser back without a code. Try again.');
  return code;
}

const TokenAnswer = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  // Always present in R-Series answers; kept optional so a refresh answer without one keeps the old token.
  refresh_token: v.optional(v.pipe(v.string(), v.minLength(1))),
  expires_in: v.pipe(v.number(), v.minValue(1)),
});

export interface TokenRequestDeps {
  fetch: FetchLike;
  /** Milliseconds since the epoch. */
  now: () => number;
}

/** The client's part of a request body: the secret only when there is one (a public client has none). */
export function clientFields(client: OAuthClient): Record<string, string> {
  const secret = client.clientSecret?.trim() ?? '';
  return { client_id: client.clientId, ...(secret === '' ? {} : { client_secret: secret }) };
}

/**
 * One POST to Lightspeed's OAuth server, as JSON per its documentation: the answer's text on a 2xx, else an
 * OAuthError that says what to do.
 */
export async function postToAuthServer(fetch: FetchLike, url: string, body: Record<string, string>): Promise<string> {
  const outcome = await attemptOnce(
    fetch,
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    },
    TOKEN_TIMEOUT_MS,
  );
  if (outcome.type !== 'answer') {
    throw new OAuthError('unreachable', outcome.type === 'timeout' ? SIGN_IN.timedOut : SIGN_IN.unreachable);
  }
  if (outcome.status < 200 || outcome.status >= 300) throw tokenFailure(outcome.status, outcome.text);
  return outcome.text;
}

/** One call to the token endpoint, turned into tokens or an OAuthError that says what to do. */
async function tokenRequest(
  deps: TokenRequestDeps,
  endpoints: Pick<OAuthEndpoints, 'tokenUrl'>,
  body: Record<string, string>,
  previousRefreshToken: string | null,
): Promise<OAuthTokens> {
  const sentAt = deps.now();
  const text = await postToAuthServer(deps.fetch, endpoints.tokenUrl, body);

  let parsed: v.SafeParseResult<typeof TokenAnswer>;
  try {
    parsed = v.safeParse(TokenAnswer, JSON.parse(text));
  } catch {
    throw new OAuthError('malformed', SIGN_IN.unreadable);
  }
  if (!parsed.success) {
    throw new OAuthError('malformed', SIGN_IN.noTokens);
  }
  const refreshToken = parsed.output.refresh_token ?? previousRefreshToken;
  if (refreshToken === null) {
    throw new OAuthError('malformed', SIGN_IN.noRefreshToken);
  }
  // Counted from when the request left: the token's clock started no later than that.
  return { accessToken: parsed.output.access_token, refreshToken, expiresAt: sentAt + parsed.output.expires_in * 1000 };
}

function tokenFailure(status: number, text: string): OAuthError {
  let error: string | null = null;
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string') {
      error = (body as { error: string }).error;
    }
  } catch {
    // A proxy's page: judged by the status alone.
  }
  if (error === 'invalid_client' || status === 401) {
    return new OAuthError('bad-client', SIGN_IN.badClient);
  }
  // Lightspeed says invalid_grant for a refresh token unused for 30 days, used already, or revoked alike: in
  // each case only signing in again helps.
  if (error === 'invalid_grant') {
    return new OAuthError('expired-grant', SIGN_IN.expiredGrant);
  }
  const said = serverMessageOf(text);
  // 429 (over 5 refreshes a minute) passes like an outage: the same request works a little later.
  const passing = status >= 500 || status === 429;
  return new OAuthError(passing ? 'unreachable' : 'malformed', signInRefused(status, said));
}

/** Trades the code from the redirect, and the PKCE verifier its challenge was made from, for the first tokens. */
export function exchangeCode(
  deps: TokenRequestDeps,
  endpoints: Pick<OAuthEndpoints, 'tokenUrl'>,
  client: OAuthClient,
  grant: { code: string; redirectUri: string; codeVerifier: string },
): Promise<OAuthTokens> {
  return tokenRequest(
    deps,
    endpoints,
    {
      ...clientFields(client),
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.codeVerifier,
    },
    null,
  );
}

/** Trades the refresh token for new tokens; the one given is dead once this succeeds. */
export function refreshTokens(
  deps: TokenRequestDeps,
  endpoints: Pick<OAuthEndpoints, 'tokenUrl'>,
  client: OAuthClient,
  refreshToken: string,
): Promise<OAuthTokens> {
  return tokenRequest(
    deps,
    endpoints,
    { ...clientFields(client), grant_type: 'refresh_token', refresh_token: refreshToken },
    refreshToken,
  );
}
