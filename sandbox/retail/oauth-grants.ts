import { randomBytes } from 'node:crypto';

import { verifierRefusal } from './pkce-check.ts';

/**
 * The OAuth 2 bookkeeping of the Lightspeed stand-in: authorization codes, access tokens and refresh tokens.
 * Like the real service, a code is good once and for ten minutes (and only with the PKCE verifier of its
 * challenge, when it has one), an access token for an hour, a refresh token for 30 days after it was issued
 * (each refresh rotates both tokens: the used refresh token dies at once, the old access token lives out its
 * hour), and revoking a refresh token ends the access tokens of its sign-in too. Clients are authenticated by
 * the routes (oauth-clients.ts). Time comes from the clock it is given (milliseconds), the sandbox's movable one,
 * so expiry can be tested without waiting.
 */

export const ACCESS_TOKEN_SECONDS = 3600;
const CODE_SECONDS = 600;
export const REFRESH_TOKEN_DAYS = 30;
const REFRESH_TOKEN_MS = REFRESH_TOKEN_DAYS * 24 * 3600 * 1000;

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: 'bearer';
  scope: string;
}

/** What the token endpoint answers: tokens, or the OAuth error (RFC 6749 §5.2) that refuses them. */
export type GrantOutcome = { tokens: IssuedTokens } | { error: 'invalid_grant'; description: string };

interface PendingCode {
  clientId: string;
  scope: string;
  expiresAt: number;
  /** The PKCE S256 challenge given on the authorize page, or null without PKCE. */
  challenge: string | null;
  /** Where the code was sent: a trade that names another address is refused (RFC 6749 §4.1.3). */
  redirectUri: string | null;
}

/** The tokens of one sign-in share its id, so revoking its refresh token can end its access tokens. */
interface RefreshGrant {
  clientId: string;
  scope: string;
  signIn: number;
  expiresAt: number;
}

interface AccessGrant {
  clientId: string;
  signIn: number;
  expiresAt: number;
}

function randomToken(): string {
  return randomBytes(20).toString('hex');
}

/** The same address once written the way URL writes it (`https://a.b` is `https://a.b/`). */
function sameAddress(sent: string, issued: string): boolean {
  try {
    return new URL(sent).href === issued;
  } catch {
    return false;
  }
}

const refused = (description: string): GrantOutcome => ({ error: 'invalid_grant', description });

export class OAuthGrants {
  readonly #codes = new Map<string, PendingCode>();
  readonly #refreshTokens = new Map<string, RefreshGrant>();
  readonly #accessTokens = new Map<string, AccessGrant>();
  readonly #clock: () => number;
  readonly #newToken: () => string;
  #signIns = 0;

  constructor(clock: () => number, newToken: () => string = randomToken) {
    this.#clock = clock;
    this.#newToken = newToken;
  }

  /** What the consent page hands back to the client's redirect URI. */
  issueCode(
    clientId: string,
    scope: string,
    challenge: string | null = null,
    redirectUri: string | null = null,
  ): string {
    this.#forgetExpired();
    const code = this.#newToken();
    const expiresAt = this.#clock() + CODE_SECONDS * 1000;
    this.#codes.set(code, { clientId, scope, expiresAt, challenge, redirectUri });
    return code;
  }

  /**
   * Trades a code for tokens. The code is spent by any attempt of its own client, a failed PKCE check included:
   * whoever holds a stolen code gets one guess. A `redirectUri` sent must be the one the code was sent to.
   */
  exchangeCode(clientId: string, code: string, verifier = '', redirectUri: string | null = null): GrantOutcome {
    const pending = this.#codes.get(code);
    if (!pending || pending.clientId !== clientId) return refused('The code is unknown, or another client’s.');
    this.#codes.delete(code);
    if (pending.expiresAt <= this.#clock()) return refused('The code expired.');
    if (redirectUri !== null && pending.redirectUri !== null && !sameAddress(redirectUri, pending.redirectUri)) {
      return refused('redirect_uri is not the one the code was issued for.');
    }
    if (pending.challenge !== null) {
      const problem = verifierRefusal(pending.challenge, verifier);
      if (problem !== null) return refused(problem);
    }
    this.#signIns += 1;
    return { tokens: this.#issueTokens(clientId, pending.scope, this.#signIns) };
  }

  /** Rotates both tokens, unless the refresh token is unknown, used, revoked, expired or another client's. */
  refresh(clientId: string, refreshToken: string): GrantOutcome {
    const grant = this.#refreshTokens.get(refreshToken);
    if (!grant || grant.clientId !== clientId) {
      return refused('The refresh token is unknown, already used or revoked.');
    }
    this.#refreshTokens.delete(refreshToken);
    if (grant.expiresAt <= this.#clock()) {
      return refused(`The refresh token expired: it went unused for ${REFRESH_TOKEN_DAYS} days.`);
    }
    return { tokens: this.#issueTokens(clientId, grant.scope, grant.signIn) };
  }

  /**
   * Revokes a token of this client (RFC 7009): a refresh token ends its whole sign-in, an access token itself.
   * Unknown tokens, and other clients', are left alone without complaint, as the RFC asks.
   */
  revoke(clientId: string, token: string): void {
    const refresh = this.#refreshTokens.get(token);
    if (refresh?.clientId === clientId) {
      this.#refreshTokens.delete(token);
      for (const [access, grant] of this.#accessTokens) {
        if (grant.signIn === refresh.signIn) this.#accessTokens.delete(access);
      }
      return;
    }
    if (this.#accessTokens.get(token)?.clientId === clientId) this.#accessTokens.delete(token);
  }

  isAccessTokenValid(token: string): boolean {
    const grant = this.#accessTokens.get(token);
    return grant !== undefined && grant.expiresAt > this.#clock();
  }

  #issueTokens(clientId: string, scope: string, signIn: number): IssuedTokens {
    this.#forgetExpired();
    const accessToken = this.#newToken();
    const refreshToken = this.#newToken();
    const now = this.#clock();
    this.#accessTokens.set(accessToken, { clientId, signIn, expiresAt: now + ACCESS_TOKEN_SECONDS * 1000 });
    this.#refreshTokens.set(refreshToken, { clientId, scope, signIn, expiresAt: now + REFRESH_TOKEN_MS });
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
    for (const [token, grant] of this.#accessTokens) if (grant.expiresAt <= now) this.#accessTokens.delete(token);
  }
}
