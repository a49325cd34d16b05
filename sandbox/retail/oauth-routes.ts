import type { Context } from 'hono';
import type { Hono } from 'hono';

import type { OAuthGrants } from './oauth-grants.ts';

/**
 * Lightspeed's OAuth 2 endpoints, as a client meets them: GET /auth/oauth/authorize shows a consent page whose
 * buttons send the browser back to the client's redirect_uri with a code (or error=access_denied) and the state;
 * POST /auth/oauth/token trades a code or a refresh token for tokens.
 */

const DEFAULT_SCOPE = 'employee:all';

interface AuthorizeRequest {
  clientId: string;
  scope: string;
  state: string;
  redirectUri: URL;
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
  const scope = get('scope') || DEFAULT_SCOPE;
  return { clientId, scope, state: get('state') ?? '', redirectUri };
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
<button type="submit" name="decision" value="allow">Authorize</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>
</main>
</body>
</html>`;
}

function oauthError(c: Context, status: 400 | 401, error: string, description: string): Response {
  return c.json({ error, error_description: description }, status);
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

export function registerOAuthRoutes(app: Hono, grants: OAuthGrants): void {
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
      target.searchParams.set('code', grants.issueCode(request.clientId, request.scope));
    } else {
      target.searchParams.set('error', 'access_denied');
    }
    if (request.state !== '') target.searchParams.set('state', request.state);
    return c.redirect(target.href, 302);
  });

  app.post('/auth/oauth/token', async (c) => {
    // Token answers must never be cached (RFC 6749, 5.1).
    c.header('Cache-Control', 'no-store');
    const body = await readTokenRequest(c);
    if (!body) return oauthError(c, 400, 'invalid_request', 'The body must be a JSON object.');
    const clientId = text(body.client_id);
    if (clientId === '' || text(body.client_secret) === '') {
      return oauthError(c, 401, 'invalid_client', 'client_id and client_secret are required.');
    }
    const grantType = text(body.grant_type);
    if (grantType === 'authorization_code') {
      const code = text(body.code);
      if (code === '') return oauthError(c, 400, 'invalid_request', 'code is missing.');
      const tokens = grants.exchangeCode(clientId, code);
      if (!tokens) return oauthError(c, 400, 'invalid_grant', 'The code is unknown, expired or already used.');
      return c.json(tokens);
    }
    if (grantType === 'refresh_token') {
      const refreshToken = text(body.refresh_token);
      if (refreshToken === '') return oauthError(c, 400, 'invalid_request', 'refresh_token is missing.');
      const tokens = grants.refresh(clientId, refreshToken);
      if (!tokens) return oauthError(c, 400, 'invalid_grant', 'The refresh token is unknown or already used.');
      return c.json(tokens);
    }
    return oauthError(
      c,
      400,
      'unsupported_grant_type',
      `grant_type must be "authorization_code" or "refresh_token", not "${grantType}".`,
    );
  });
}
