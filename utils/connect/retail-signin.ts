import type { FetchLike } from '../http/runtime.ts';
import {
  authorizeUrl,
  exchangeCode,
  newState,
  OAuthError,
  oauthEndpoints,
  readRedirect,
  type OAuthClient,
  type OAuthTokens,
} from '../retail/oauth.ts';
import { RETAIL_AUTH_BASE } from '../retail/config.ts';
import { newPkcePair } from '../retail/pkce.ts';
import { addressText, apiAddress } from './address.ts';
import { ConnectError } from './errors.ts';
import { checkRetailToken, readRetailAddress, type RetailCheck } from './retail-check.ts';

export interface SignInRequest {
  /**
   * Sync Lens's own public client (an id, no secret), or the merchant's own API client with its secret: a client
   * without a secret is taken for Sync Lens's own when Lightspeed refuses it.
   */
  client: OAuthClient;
  /** Lightspeed's authorization server; a sandbox's origin in tests. */
  authBase?: string;
  apiBase?: string;
}

export interface SignInDeps {
  /** Where Lightspeed sends the browser back (browser.identity.getRedirectURL()). */
  redirectUri: string;
  /** Shows Lightspeed's page and resolves to the URL it redirected to (browser.identity.launchWebAuthFlow). */
  launch(url: string): Promise<string>;
  fetch: FetchLike;
  now(): number;
}

export interface SignedIn {
  account: RetailCheck;
  tokens: OAuthTokens;
  tokenUrl: string;
}

export function readAuthAddress(raw: string | undefined): URL {
  const authBase = apiAddress(raw?.trim() || RETAIL_AUTH_BASE);
  if (!authBase) {
    throw new ConnectError(
      'bad-address',
      'The Lightspeed sign-in address must be an https address (http only for this computer).',
    );
  }
  return authBase;
}

function oauthFailure(error: OAuthError, client: OAuthClient): ConnectError {
  // A public client (Sync Lens's own) that Lightspeed does not know is the build's fault, not the merchant's.
  if (error.code === 'bad-client' && !client.clientSecret) {
    return new ConnectError(
      'oauth-own-client',
      'Lightspeed does not know the client this build of Sync Lens signs in as. Sign in with your own Lightspeed API client under “Advanced”, or paste an access token.',
    );
  }
  const code = (
    {
      denied: 'oauth-denied',
      'state-mismatch': 'oauth-state-mismatch',
      'bad-client': 'oauth-bad-client',
      'expired-grant': 'oauth-expired-grant',
      unreachable: 'oauth-unreachable',
      malformed: 'oauth-malformed',
    } as const
  )[error.code];
  return new ConnectError(code, error.said ?? error.message);
}

/**
 * The whole OAuth 2 sign-in: Lightspeed's page, the code, the tokens, and one real read to find the account.
 * Stores nothing: the caller keeps what comes back.
 */
export async function signInWithLightspeed(request: SignInRequest, deps: SignInDeps): Promise<SignedIn> {
  const apiBase = readRetailAddress(request.apiBase);
  const endpoints = oauthEndpoints(addressText(readAuthAddress(request.authBase)));
  const clientId = request.client.clientId.trim();
  const clientSecret = request.client.clientSecret?.trim() ?? '';
  if (clientId === '') {
    throw new ConnectError('bad-input', 'Enter the client ID and the client secret of your Lightspeed API client.');
  }
  const client = { clientId, clientSecret };

  // Fresh for every sign-in: the state ties the answer to this window, the verifier the code to this browser.
  const state = newState();
  const pkce = await newPkcePair();
  let redirectedTo: string;
  try {
    redirectedTo = await deps.launch(
      authorizeUrl(endpoints, { clientId, redirectUri: deps.redirectUri, state, codeChallenge: pkce.challenge }),
    );
  } catch (error) {
    throw new ConnectError(
      'oauth-cancelled',
      `The Lightspeed sign-in window closed before access was granted${error instanceof Error && error.message ? ` (${error.message})` : ''}. Try again; if the window shows an error, check that your API client’s redirect URI is ${deps.redirectUri}.`,
    );
  }

  try {
    const code = readRedirect(redirectedTo, state);
    const tokens = await exchangeCode({ fetch: deps.fetch, now: deps.now }, endpoints, client, {
      code,
      redirectUri: deps.redirectUri,
      codeVerifier: pkce.verifier,
    });
    const account = await checkRetailToken(
      { apiBase: addressText(apiBase), token: tokens.accessToken },
      { fetch: deps.fetch },
    );
    return { account, tokens, tokenUrl: endpoints.tokenUrl };
  } catch (error) {
    throw error instanceof OAuthError ? oauthFailure(error, client) : error;
  }
}
