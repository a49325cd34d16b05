import type { Sandbox } from '../../../sandbox/server.ts';
import { ecomFetch } from './sandbox.ts';

/** A state with an almost empty Retail side and the given eCom catalog, for the eCom API tests. */
export function ecomState(ecom: { categories?: unknown[]; products?: unknown[] }, storeId = 1234) {
  return {
    retail: { accountID: 1 },
    ecom: { storeId, categories: ecom.categories ?? [], products: ecom.products ?? [] },
  };
}

/** Calls the eCom API and reads the JSON answer (it must be JSON, errors included). */
export async function ecomJson<T = any>(
  sandbox: Sandbox,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await ecomFetch(sandbox, path, init);
  const body = (await response.json()) as T;
  return { status: response.status, body, headers: response.headers };
}

/** A JSON write: method and body in one go. */
export function writeJson(method: 'POST' | 'PUT' | 'DELETE', body?: unknown, token?: string) {
  return {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(token === undefined ? {} : { token }),
  };
}

/** Expects an answer in Ecwid's error shape with the given status. */
export function expectEcwidError(answer: { status: number; body: any }, status: number, message?: RegExp) {
  if (answer.status !== status) {
    throw new Error(`Expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  if (typeof answer.body?.errorMessage !== 'string' || typeof answer.body?.errorCode !== 'string') {
    throw new Error(`Not an Ecwid error: ${JSON.stringify(answer.body)}`);
  }
  if (Object.keys(answer.body).sort().join(',') !== 'errorCode,errorMessage') {
    throw new Error(`An Ecwid error has errorMessage and errorCode only: ${JSON.stringify(answer.body)}`);
  }
  if (message && !message.test(answer.body.errorMessage)) {
    throw new Error(`Message "${answer.body.errorMessage}" does not match ${message}`);
  }
}
