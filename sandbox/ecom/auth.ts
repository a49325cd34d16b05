import type { Context } from 'hono';

import type { SandboxTokens } from '../context.ts';
import type { Caller, EcomEnv, EcomScope } from './env.ts';
import { ecomFailure } from './http-error.ts';

const SECRET_SCOPES: ReadonlySet<EcomScope> = new Set(['read_catalog', 'update_catalog', 'create_catalog']);
const PUBLIC_SCOPES: ReadonlySet<EcomScope> = new Set(['read_catalog']);

/** The token of a call: `Authorization: Bearer …` or, as Ecwid also accepts, `?token=…`. */
export function tokenOf(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const bearer = header?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  return bearer ?? c.req.query('token');
}

/** Who a token belongs to; undefined for a token the store does not know. */
export function identify(token: string | undefined, tokens: SandboxTokens): Caller | undefined {
  if (token === undefined || token === '') return undefined;
  if (token === tokens.ecomSecret) return { token, kind: 'secret', scopes: SECRET_SCOPES, enabledOnly: false };
  if (token === tokens.ecomPublic) return { token, kind: 'public', scopes: PUBLIC_SCOPES, enabledOnly: true };
  return undefined;
}

/** Refuses the call with 403 unless the caller's token has the scope. */
export function requireScope(c: Context<EcomEnv>, scope: EcomScope): Caller {
  const caller = c.get('caller');
  if (!caller.scopes.has(scope)) {
    const hint = caller.kind === 'public' ? ' A public token can only read enabled categories and products.' : '';
    throw ecomFailure(403, `This token has no "${scope}" scope.${hint}`);
  }
  return caller;
}
