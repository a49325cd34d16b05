import { OAuthError, type OAuthTokens } from './oauth.ts';
import type { RefreshWindow } from './refresh-cap.ts';

/** Refresh this long before the access token expires, so a request never goes out with a dying one. */
export const REFRESH_MARGIN_MS = 120_000;

export function needsRefresh(
  tokens: Pick<OAuthTokens, 'expiresAt'>,
  now: number,
  marginMs = REFRESH_MARGIN_MS,
): boolean {
  return tokens.expiresAt - marginMs <= now;
}

export interface TokenKeeperDeps {
  /** The stored tokens now (they may have been replaced since the last call). */
  load(): Promise<OAuthTokens>;
  /** Stores rotated tokens; must finish before the new access token is used. */
  save(tokens: OAuthTokens): Promise<void>;
  /** Trades a refresh token for new tokens (refreshTokens with the client and endpoints bound). */
  refresh(refreshToken: string): Promise<OAuthTokens>;
  /** Lightspeed's cap of 5 refreshes a minute, shared by every keeper that refreshes for the same sign-in. */
  window: RefreshWindow;
  sleep(ms: number): Promise<void>;
  now(): number;
  marginMs?: number;
}

export interface TokenKeeper {
  /** A working access token, refreshed first when it is about to expire: the Retail client's TokenSource. */
  token(): Promise<string>;
  /**
   * Refreshes now, whatever the expiry says (after a 401). Resolves to whether a new token was obtained; rejects
   * when Lightspeed no longer accepts the sign-in, since then the merchant must sign in again, which a 401 would
   * not tell them.
   */
  renew(): Promise<boolean>;
}

/**
 * Keeps the access token fresh, one refresh at a time: requests that find the token stale together share one
 * refresh (a second would spend a refresh token the first already used up), and refreshes wait for room under
 * Lightspeed's cap rather than be refused. A refresh token Lightspeed refused is not sent again, and its access
 * token not used: every later request fails at once with the same "sign in again", until a new sign-in stores
 * another refresh token.
 */
export function createTokenKeeper(deps: TokenKeeperDeps): TokenKeeper {
  let inFlight: Promise<OAuthTokens> | undefined;
  let refused: { refreshToken: string; error: OAuthError } | undefined;

  const refreshOnce = async (): Promise<OAuthTokens> => {
    const current = await deps.load();
    if (refused?.refreshToken === current.refreshToken) throw refused.error;
    await deps.sleep(deps.window.delayMs(deps.now()));
    deps.window.sent(deps.now());
    let next: OAuthTokens;
    try {
      next = await deps.refresh(current.refreshToken);
    } catch (error) {
      if (error instanceof OAuthError && (error.code === 'expired-grant' || error.code === 'bad-client')) {
        refused = { refreshToken: current.refreshToken, error };
      }
      throw error;
    }
    await deps.save(next);
    return next;
  };

  const rotate = (): Promise<OAuthTokens> => {
    inFlight ??= refreshOnce().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    async token() {
      if (inFlight) return (await inFlight).accessToken;
      const current = await deps.load();
      // A sign-in whose refresh token was refused is over: its access token, if still alive, is about to die, and
      // each read sent with it would only add a failure to the one that matters.
      if (refused?.refreshToken === current.refreshToken) throw refused.error;
      if (!needsRefresh(current, deps.now(), deps.marginMs)) return current.accessToken;
      return (await rotate()).accessToken;
    },
    async renew() {
      try {
        await rotate();
        return true;
      } catch (error) {
        if (error instanceof OAuthError && error.code === 'expired-grant') throw error;
        return false;
      }
    },
  };
}
