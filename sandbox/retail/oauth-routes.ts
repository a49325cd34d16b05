import type { Context } from 'hono';
import type { Hono } from 'hono';

import { clientRefusal, isPublicClient, redirectRefusal } from './oauth-clients.ts';
import type { GrantOutcome, OAuthGrants } from './oauth-grants.ts';
import { challengeRefusal } from './pkce-check.ts';
import type { RefreshLimit } from './refresh-limit.ts';

/**
 * Lightspeed's OAuth 2 endpoints, as a client meets them: GET /auth/oauth/authorize shows a consent page whose
 * buttons send the browser back to the client's redirect_uri, when it is registered with the client, with a code
 * (or error=access_denied) and the state; POST /auth/oauth/token trades a code (with its PKCE verifier, and the
 * redirect_uri it was issued for when one is sent) or a refresh token for tokens, at most 5
 * refreshes a minute per client; POST /auth/oauth/revoke ends a sign-in.
 */

const DEFAULT_SCOPE = 'employee:all';

interface AuthorizeRequest {
  clientId: string;
  scope: string;
  state: string;
  redirectUri: URL;
  /** The PKCE S256 challenge, or null for a confidential client that sent none. */
  challenge: string | null;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Reads the authorize parameters; a string is the reason they are refused. */
function readAuthorizeRequest(get: (name: string) => string | undefined): AuthorizeRequest | string {
  const responseType = get('response_type');
  if (responseType !== 'code') return `response_type must be "code", not "${responseType ?? ''}".`;
  const clientId = get('client_id') ?? '';
  if (clientId === '') return 'client_id is missing.';
  const redirect = get('redirect_uri') ?? '';
  let redirectUri: URL;
  try {
    redirectUri = new URL(redirect);
  } catch {
    return `redirect_uri must be an absolute URL, not "${redirect}".`;
  }
  if (redirectUri.protocol !== 'https:' && redirectUri.protocol !== 'http:') {
    return `redirect_uri must be an http or https URL, not "${redirect}".`;
  }
  // Refused on Lightspeed's own page, never by sending the browser there: the address is not trusted.
  const unregistered = redirectRefusal(clientId, redirectUri);
  if (unregistered !== null) return unregistered;
  const scope = get('scope') || DEFAULT_SCOPE;
  const challenge = get('code_challenge');
  const pkceProblem = challengeRefusal(challenge, get('code_challenge_method'), isPublicClient(clientId));
  if (pkceProblem !== null) return pkceProblem;
  return { clientId, scope, state: get('state') ?? '', redirectUri, challenge: challenge || null };
}

function consentPage(request: AuthorizeRequest): string {
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Authorize access – Lightspeed Retail (sandbox)</title></head>
<body>
<main>
<h1>Authorize access to your Lightspeed Retail account</h1>
<p>The application <strong>${escapeHtml(request.clientId)}</strong> asks for access:
<code>${escapeHtml(request.scope)}</code>.</p>
<form method="post" action="/auth/oauth/authorize">
${hidden('response_type', 'code')}
${hidden('client_id', request.clientId)}
${hidden('scope', request.scope)}
${hidden('state', request.state)}
${hidden('redirect_uri', request.redirectUri.href)}
${request.challenge === null ? '' : `${hidden('code_challenge', request.challenge)}\n${hidden('code_challenge_method', 'S256')}`}
<button type="submit" name="decision" value="allow">Authorize</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
</main>
</body>
</html>`;
}

function oauthError(c: Context, status: 400 | 401 | 429, error: string, description: string): Response {
  return c.json({ error, error_description: description }, status);
}

function answer(c: Context, outcome: GrantOutcome): Response {
  return 'tokens' in outcome ? c.json(outcome.tokens) : oauthError(c, 400, outcome.error, outcome.description);
}

/** Token requests come as JSON per Lightspeed's documentation; form encoding is what OAuth itself specifies. */
async function readTokenRequest(c: Context): Promise<Record<string, unknown> | undefined> {
  const type = c.req.header('content-type') ?? '';
  try {
    if (type.includes('application/x-www-form-urlencoded')) {
      return Object.fromEntries(new URLSearchParams(await c.req.text()));
    }
    const body: unknown = await c.req.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * What the token and revoke endpoints both need first: the body, and an authenticated client (a secret for a
 * confidential one). A Response is the refusal to send back.
 */
async function readClientRequest(c: Context): Promise<{ body: Record<string, unknown>; clientId: string } | Response> {
  const body = await readTokenRequest(c);
  if (!body) return oauthError(c, 400, 'invalid_request', 'The body must be a JSON object.');
  const clientId = text(body.client_id);
  const clientProblem = clientRefusal(clientId, text(body.client_secret));
  if (clientProblem !== null) return oauthError(c, 401, 'invalid_client', clientProblem);
  return { body, clientId };
}

export function registerOAuthRoutes(app: Hono, grants: OAuthGrants, refreshLimit: RefreshLimit): void {
  app.get('/auth/oauth/authorize', (c) => {
    const request = readAuthorizeRequest((name) => c.req.query(name));
    if (typeof request === 'string') return c.html(`<!doctype html><p>${escapeHtml(request)}</p>`, 400);
    return c.html(consentPage(request));
  });

  app.post('/auth/oauth/authorize', async (c) => {
    const form = new URLSearchParams(await c.req.text());
    const request = readAuthorizeRequest((name) => form.get(name) ?? undefined);
    if (typeof request === 'string') return c.html(`<!doctype html><p>${escapeHtml(request)}</p>`, 400);
    const target = new URL(request.redirectUri);
    if (form.get('decision') === 'allow') {
      target.searchParams.set(
        'code',
        grants.issueCode(request.clientId, request.scope, request.challenge, request.redirectUri.href),
      );
    } else {
      target.searchParams.set('error', 'access_denied');
    }
    if (request.state !== '') target.searchParams.set('state', request.state);
    return c.redirect(target.href, 302);
  });

  app.post('/auth/oauth/token', async (c) => {
    // Token answers must never be cached (RFC 6749, 5.1).
    c.header('Cache-Control', 'no-store');
    const read = await readClientRequest(c);
    if (read instanceof Response) return read;
    const { body, clientId } = read;
    const grantType = text(body.grant_type);
    if (grantType === 'authorization_code') {
      const code = text(body.code);
      if (code === '') return oauthError(c, 400, 'invalid_request', 'code is missing.');
      const redirectUri = text(body.redirect_uri);
      return answer(c, grants.exchangeCode(clientId, code, text(body.code_verifier), redirectUri || null));
    }
    if (grantType === 'refresh_token') {
      const refreshToken = text(body.refresh_token);
      if (refreshToken === '') return oauthError(c, 400, 'invalid_request', 'refresh_token is missing.');
      const waitSeconds = refreshLimit.admit(clientId);
      if (waitSeconds !== null) {
        c.header('Retry-After', String(waitSeconds));
        return oauthError(c, 429, 'too_many_requests', 'At most 5 token refreshes a minute.');
      }
      return answer(c, grants.refresh(clientId, refreshToken));
    }
    return oauthError(
      c,
      400,
      'unsupported_grant_type',
      `grant_type must be "authorization_code" or "refresh_token", not "${grantType}".`,
    );
  });

  // RFC 7009: 200 whether or not the token was known, so the answer tells a guesser nothing.
  app.post('/auth/oauth/revoke', async (c) => {
    const read = await readClientRequest(c);
    if (read instanceof Response) return read;
    const { body, clientId } = read;
    const token = text(body.token);
    if (token === '') return oauthError(c, 400, 'invalid_request', 'token is missing.');
    grants.revoke(clientId, token);
    return c.body(null, 200);
  });
}
