import type { Sandbox } from '../../../sandbox/server.ts';
import { retailFetch } from './sandbox.ts';

/** Helpers for the R-Series emulation's tests: small worlds, and reading answers in the API's shapes. */

export const ACCOUNT_ID = 4242;

export interface CategoryRow {
  categoryID: number;
  name: string;
  parentID?: number;
  leftNode?: number;
  timeStamp?: string;
}

export interface ItemRow {
  itemID: number;
  description: string;
  categoryID?: number;
  archived?: boolean;
  publishToEcom?: boolean;
  timeStamp?: string;
}

export function retailState(categories: CategoryRow[], items: ItemRow[] = []) {
  return { retail: { accountID: ACCOUNT_ID, categories, items }, ecom: { storeId: 77 } };
}

/** A bucket no test outside the rate-limit tests will ever fill. */
export const UNLIMITED = {
  retailBucketSize: 1_000_000,
  retailDripPerSecond: 1_000_000,
  retailBurstPerSecond: 1_000_000,
};

export type Wire = Record<string, unknown>;

export interface ListAnswer {
  status: number;
  body: Wire;
  attributes: Record<string, string>;
  headers: Headers;
}

export async function getList(sandbox: Sandbox, pathOrUrl: string, token?: string): Promise<ListAnswer> {
  const response = await retailFetch(sandbox, pathOrUrl, token === undefined ? {} : { token });
  const body = (await response.json()) as Wire;
  return {
    status: response.status,
    body,
    attributes: (body['@attributes'] ?? {}) as Record<string, string>,
    headers: response.headers,
  };
}

/** The records of a list answer, whichever of R-Series' three shapes it came in. */
export function recordsOf(body: Wire, entity: string): Wire[] {
  const value = body[entity];
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as Wire[]) : [value as Wire];
}

/** Follows `next` links from `path` to the end; returns every page's records. */
export async function allPages(sandbox: Sandbox, path: string, entity: string): Promise<Wire[][]> {
  const pages: Wire[][] = [];
  let answer = await getList(sandbox, path);
  for (;;) {
    if (answer.status !== 200) throw new Error(`GET failed with ${answer.status}: ${JSON.stringify(answer.body)}`);
    pages.push(recordsOf(answer.body, entity));
    if (answer.attributes.next === '' || pages.length > 1000) return pages;
    answer = await getList(sandbox, answer.attributes.next!);
  }
}

export async function send(sandbox: Sandbox, method: string, path: string, body?: unknown) {
  const response = await retailFetch(sandbox, path, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Wire, headers: response.headers };
}

/** Makes the sandbox stamp records with `iso` from now on. */
export function setClock(sandbox: Sandbox, iso: string): void {
  sandbox.context.now = () => new Date(iso);
}

export const ids = (records: Wire[], field: string): number[] => records.map((record) => Number(record[field]));
