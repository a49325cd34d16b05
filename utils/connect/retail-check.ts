import { isApiError } from '../http/api-error.ts';
import { createHttpClient } from '../http/request.ts';
import { resolveRuntime, type RuntimeOptions } from '../http/runtime.ts';
import { RETAIL_API_BASE } from '../retail/config.ts';
import { retailVoice } from '../retail/voice.ts';
import { AccountAnswer } from '../retail/schemas.ts';
import { addressText, apiAddress } from './address.ts';
import { ConnectError } from './errors.ts';

export interface RetailCredentials {
  /** Defaults to R-Series' own API. */
  apiBase?: string;
  token: string;
  /** When the token reaches several accounts, the one meant; the first one otherwise. */
  accountId?: string | number;
}

export interface RetailCheck {
  apiBase: string;
  accountId: number;
  accountName: string;
}

export function readRetailAddress(raw: string | undefined): URL {
  const apiBase = apiAddress(raw?.trim() || RETAIL_API_BASE);
  if (!apiBase) {
    throw new ConnectError(
      'bad-address',
      'The Retail POS API address must be an https address (http only for this computer).',
    );
  }
  return apiBase;
}

/** Checks a Retail POS access token with one real read (GET /Account.json) and finds the account it reaches. */
export async function checkRetailToken(input: RetailCredentials, runtime: RuntimeOptions = {}): Promise<RetailCheck> {
  const apiBase = readRetailAddress(input.apiBase);
  const token = input.token.trim();
  if (token === '' || /\s/.test(token))
    throw new ConnectError('bad-input', 'Paste the whole access token, as one word.');
  const wanted =
    input.accountId === undefined || String(input.accountId).trim() === '' ? null : Number(input.accountId);
  if (wanted !== null && (!Number.isSafeInteger(wanted) || wanted < 1)) {
    throw new ConnectError('bad-input', 'The account ID is a number; leave it empty to use the token’s own account.');
  }

  const http = createHttpClient({
    voice: retailVoice,
    token,
    runtime: resolveRuntime(runtime),
    policy: { maxAttempts: 2, maxWaitMs: 5_000, timeoutMs: 15_000 },
  });
  const path = '/Account.json';
  let accounts;
  try {
    accounts = await http.send({ method: 'GET', url: `${addressText(apiBase)}${path}`, path, schema: AccountAnswer });
  } catch (error) {
    throw explainRetailFailure(error);
  }
  const account = wanted === null ? accounts.records[0] : accounts.records.find((record) => record.id === wanted);
  if (!account) {
    throw new ConnectError(
      'retail-account',
      wanted === null
        ? 'This token reaches no Retail POS account. Sign in as an employee of the store’s account.'
        : `This token does not reach Retail POS account ${wanted}. Leave the account ID empty to use the token’s own account.`,
    );
  }
  return { apiBase: addressText(apiBase), accountId: account.id, accountName: account.name };
}

export function explainRetailFailure(error: unknown): ConnectError {
  if (!isApiError(error))
    return new ConnectError('retail-failed', error instanceof Error ? error.message : String(error));
  switch (error.kind) {
    case 'auth':
      return new ConnectError(
        'retail-token',
        'Retail POS refused this access token (401): it is mistyped, expired (they last about an hour) or revoked. Sign in with Lightspeed instead, which keeps Sync Lens connected.',
      );
    case 'forbidden':
      return new ConnectError(
        'retail-scope',
        'Retail POS does not let this token read the account (403). Sign in as an employee with inventory rights (the employee:inventory or employee:all scope).',
      );
    case 'not-found':
      return new ConnectError('retail-account', error.said);
    case 'network':
    case 'timeout':
    case 'rate-limited':
      return new ConnectError('retail-unreachable', error.said);
    default:
      return new ConnectError('retail-failed', error.said);
  }
}
