import * as v from 'valibot';

import { ECOM_API_BASE } from '../ecom/config.ts';
import { ecomVoice } from '../ecom/voice.ts';
import { isApiError } from '../http/api-error.ts';
import { createHttpClient } from '../http/request.ts';
import { resolveRuntime, type RuntimeOptions } from '../http/runtime.ts';
import { buildUrl } from '../http/urls.ts';
import { addressText, apiAddress, isLoopback } from './address.ts';
import { ConnectError } from './errors.ts';

export interface EcomCredentials {
  /** Defaults to Ecwid's own API. */
  apiBase?: string;
  storeId: string | number;
  token: string;
}

export interface EcomCheck {
  apiBase: string;
  storeId: number;
  token: string;
  /** A public_… token: Sync Lens can show statuses but change nothing. */
  readOnly: boolean;
  /** How many categories the token can read (disabled ones included for a secret token). */
  categories: number;
  adminUrl: string | null;
}

const TotalAnswer = v.object({ total: v.pipe(v.number(), v.integer(), v.minValue(0)) });

/** Where the merchant sees this store's categories: Ecwid's admin, or the sandbox's stand-in on loopback. */
export function ecomAdminUrl(apiBase: URL, storeId: number): string | null {
  if (addressText(apiBase) === ECOM_API_BASE) return `https://my.ecwid.com/store/${storeId}#categories`;
  if (isLoopback(apiBase)) return `${apiBase.origin}/store/${storeId}#categories`;
  return null;
}

/** Reads what a person typed or pasted: the store id as a number, the token without stray spaces. */
export function readEcomCredentials(input: EcomCredentials): { apiBase: URL; storeId: number; token: string } {
  const apiBase = apiAddress(input.apiBase?.trim() || ECOM_API_BASE);
  if (!apiBase) {
    throw new ConnectError(
      'bad-address',
      'The eCom API address must be an https address (http only for this computer).',
    );
  }
  const idText = String(input.storeId).trim();
  const storeId = Number(idText);
  if (!/^\d+$/.test(idText) || !Number.isSafeInteger(storeId) || storeId < 1) {
    throw new ConnectError(
      'bad-input',
      'The store ID is a number, like 1234567: the one in your eCom admin’s address after /store/.',
    );
  }
  const token = input.token.trim();
  if (token === '' || /\s/.test(token)) {
    throw new ConnectError('bad-input', 'Paste the whole token, as one word starting with secret_ (or public_).');
  }
  return { apiBase, storeId, token };
}

/**
 * Checks eCom credentials with one real, harmless read: the first category, disabled ones included. What fails
 * tells which part is wrong. Whether the token may also change the catalog (update_catalog) cannot be learned
 * without changing something, so that is checked by the first action, whose error names the missing scope.
 */
export async function checkEcomCredentials(input: EcomCredentials, runtime: RuntimeOptions = {}): Promise<EcomCheck> {
  const { apiBase, storeId, token } = readEcomCredentials(input);
  const readOnly = token.startsWith('public_');
  const http = createHttpClient({
    voice: ecomVoice(readOnly),
    token,
    runtime: resolveRuntime(runtime),
    // A person is waiting for the answer: no long back-offs.
    policy: { maxAttempts: 2, maxWaitMs: 5_000, timeoutMs: 15_000 },
  });
  const base = `${addressText(apiBase)}/${storeId}`;
  try {
    const { total } = await http.send({
      method: 'GET',
      url: buildUrl(base, '/categories', { hidden_categories: true, limit: 1, responseFields: 'total' }),
      path: '/categories',
      schema: TotalAnswer,
    });
    return {
      apiBase: addressText(apiBase),
      storeId,
      token,
      readOnly,
      categories: total,
      adminUrl: ecomAdminUrl(apiBase, storeId),
    };
  } catch (error) {
    throw explainEcomFailure(error, storeId);
  }
}

function explainEcomFailure(error: unknown, storeId: number): ConnectError {
  if (!isApiError(error)) {
    return new ConnectError('ecom-failed', error instanceof Error ? error.message : String(error));
  }
  switch (error.kind) {
    case 'auth':
      return new ConnectError(
        'ecom-token',
        'eCom refused this token (401): it is mistyped, or it was revoked. In the eCom admin, open Apps → My apps, open your custom app’s details, copy the secret token again and paste it here.',
      );
    case 'not-found':
      return new ConnectError(
        'ecom-store',
        `eCom has no store ${storeId} (404). Check the store ID: it is the number after /store/ in your eCom admin’s address, also shown in your custom app’s details.`,
      );
    case 'forbidden':
      return new ConnectError(
        'ecom-scope',
        `eCom does not let this token read the catalog of store ${storeId} (403). Give your custom app the read_catalog access scope (and update_catalog to make changes), or check that the token and the store ID belong to the same store.`,
      );
    case 'network':
    case 'timeout':
    case 'rate-limited':
      return new ConnectError('ecom-unreachable', error.said);
    default:
      return new ConnectError('ecom-failed', error.said);
  }
}
