import { randomBytes } from 'node:crypto';

/**
 * The OAuth 2 bookkeeping of the Lightspeed stand-in: authorization codes, access tokens and refresh tokens.
 * Like the real service, a code is good once and for ten minutes, an access token for an hour, and a refresh
 * rotates both tokens (the used refresh token dies at once; the old access token lives out its hour).
 * Any non-empty client id and secret are accepted: the sandbox has no app registry. Time comes from the clock
 * it is given (milliseconds) so expiry can be tested without waiting.
 */

export const ACCESS_TOKEN_SECONDS = 3600;
const CODE_SECONDS = 600;

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'bearer';
  scope: string;
}

interface PendingCode {
  clientId: string;
  scope: string;
  expiresAt: number;
}

interface RefreshGrant {
  clientId: string;
  scope: string;
}

function randomToken(): string {
  return randomBytes(20).toString('hex');
}

export class OAuthGrants {
  readonly #codes = new Map<string, PendingCode>();
  readonly #refreshTokens = new Map<string, RefreshGrant>();
  /** Access token → when it expires. */
  readonly #accessTokens = new Map<string, number>();
  readonly #clock: () => number;
  readonly #newToken: () => string;

  constructor(clock: () => number, newToken: () => string = randomToken) {
    this.#clock = clock;
    this.#newToken = newToken;
  }

  /** What the consent page hands back to the client's redirect URI. */
  issueCode(clientId: string, scope: string): string {
    this.#forgetExpired();
    const code = this.#newToken();
    this.#codes.set(code, { clientId, scope, expiresAt: this.#clock() + CODE_SECONDS * 1000 });
    return code;
  }

  /** Trades a code for tokens; undefined when the code is unknown, used, expired or another client's. */
  exchangeCode(clientId: string, code: string): IssuedTokens | undefined {
    const pending = this.#codes.get(code);
    if (!pending || pending.clientId !== clientId) return undefined;
    this.#codes.delete(code);
    if (pending.expiresAt <= this.#clock()) return undefined;
    return this.#issueTokens(clientId, pending.scope);
  }

  /** Rotates both tokens; undefined when the refresh token is unknown, already used or another client's. */
  refresh(clientId: string, refreshToken: string): IssuedTokens | undefined {
    const grant = this.#refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== clientId) return undefined;
    this.#refreshTokens.delete(refreshToken);
    return this.#issueTokens(clientId, grant.scope);
  }

  isAccessTokenValid(token: string): boolean {
    const expiresAt = this.#accessTokens.get(token);
    return expiresAt !== undefined && expiresAt > this.#clock();
  }

  #issueTokens(clientId: string, scope: string): IssuedTokens {
    this.#forgetExpired();
    const accessToken = this.#newToken();
    const refreshToken = this.#newToken();
    this.#accessTokens.set(accessToken, this.#clock() + ACCESS_TOKEN_SECONDS * 1000);
    this.#refreshTokens.set(refreshToken, { clientId, scope });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: ACCESS_TOKEN_SECONDS,
      token_type: 'bearer',
      scope,
    };
  }

  /** Keeps a long-running sandbox from collecting dead codes and tokens forever. */
  #forgetExpired(): void {
    const now = this.#clock();
    for (const [code, pending] of this.#codes) if (pending.expiresAt <= now) this.#codes.delete(code);
    for (const [token, expiresAt] of this.#accessTokens) if (expiresAt <= now) this.#accessTokens.delete(token);
  }
}
