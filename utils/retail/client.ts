import type * as v from 'valibot';

import { createHttpClient, type HttpClient, type HttpMethod } from '../http/request.ts';
import { resolveRuntime } from '../http/runtime.ts';
import { buildUrl, isoSeconds, normaliseBase, pathBelow } from '../http/urls.ts';
import type { RetailCategory, RetailItem } from '../sync/model.ts';
import type { RetailClientOptions } from './config.ts';
import { RetailPacer } from './pacer.ts';
import { retailVoice } from './voice.ts';
import { AccountAnswer, CategoryAnswer, CategoryPage, CountAnswer, ItemPage, type RetailAccount } from './schemas.ts';

/** R-Series' page size ceiling. */
export const RETAIL_PAGE_SIZE = 100;

interface RetailPage<T> {
  records: T[];
  links: { next: string | null };
}

export interface RetailListOptions {
  /** Only records changed at or after this time (ISO 8601), for incremental fetches. */
  since?: string | Date;
}

export interface RetailItemListOptions extends RetailListOptions {
  /** Archived items are left out unless asked for. */
  includeArchived?: boolean;
}

export interface RetailCategoryChanges {
  name?: string;
  /** 0 moves it to the top level. */
  parentID?: number;
}

export interface RetailClient {
  /** The first account the token reaches (GET /Account.json). */
  account(): Promise<RetailAccount>;
  categories(options?: RetailListOptions): Promise<RetailCategory[]>;
  /** How many categories there are, in one request (count=1, which R-Series charges 10 units for). */
  categoryCount(): Promise<number>;
  items(options?: RetailItemListOptions): Promise<RetailItem[]>;
  category(id: number): Promise<RetailCategory>;
  updateCategory(id: number, changes: RetailCategoryChanges): Promise<RetailCategory>;
  createCategory(fields: { name: string; parentID?: number }): Promise<RetailCategory>;
}

/** The body R-Series takes for a category write: its own field names, numbers as strings like its answers. */
function categoryBody(changes: RetailCategoryChanges): Record<string, string> {
  const body: Record<string, string> = {};
  if (changes.name !== undefined) body.name = changes.name;
  if (changes.parentID !== undefined) body.parentID = String(changes.parentID);
  return body;
}

export function createRetailClient(options: RetailClientOptions): RetailClient {
  const apiBase = normaliseBase(options.apiBase);
  const runtime = resolveRuntime(options);
  const pacer = new RetailPacer({
    ...(options.bucketHeadroom === undefined ? {} : { headroom: options.bucketHeadroom }),
  });
  const http: HttpClient = createHttpClient({
    voice: retailVoice,
    token: options.token,
    runtime,
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.renewToken ? { renewToken: options.renewToken } : {}),
    pacer,
  });

  const fetchAccount = async (): Promise<RetailAccount> => {
    const path = '/Account.json';
    const page = await http.send({ method: 'GET', url: `${apiBase}${path}`, path, schema: AccountAnswer });
    const first = page.records[0];
    if (!first) {
      throw http.fail({ method: 'GET', path, kind: 'not-found', status: 200, detail: 'the token reaches no account' });
    }
    return first;
  };

  let accountBase: Promise<string> | undefined;
  /** ".../Account/{id}", looking the id up once when the configuration has none. */
  const base = (): Promise<string> => {
    if (options.accountId !== undefined && String(options.accountId).trim() !== '') {
      return Promise.resolve(`${apiBase}/Account/${encodeURIComponent(String(options.accountId).trim())}`);
    }
    accountBase ??= fetchAccount().then(
      (account) => `${apiBase}/Account/${account.id}`,
      (error: unknown) => {
        accountBase = undefined;
        throw error;
      },
    );
    return accountBase;
  };

  const send = async <S extends v.GenericSchema>(method: HttpMethod, path: string, schema: S, body?: unknown) =>
    http.send({ method, url: `${await base()}${path}`, path, schema, ...(body === undefined ? {} : { body }) });

  /**
   * Walks a list to its end by following `next`. Sorted by timeStamp, so a record changed during the walk moves
   * behind the cursor and is met again rather than missed; the later copy wins.
   */
  const list = async <T extends { id: number }>(
    path: string,
    schema: v.GenericSchema<unknown, RetailPage<T>>,
    query: Record<string, string | undefined>,
  ): Promise<T[]> => {
    const accountRoot = await base();
    const byId = new Map<number, T>();
    const seenLinks = new Set<string>();
    let url: string | null = buildUrl(accountRoot, path, { ...query, limit: RETAIL_PAGE_SIZE, sort: 'timeStamp' });
    let pagePath = path;
    while (url !== null) {
      const page: RetailPage<T> = await http.send({ method: 'GET', url, path: pagePath, schema });
      for (const record of page.records) {
        byId.delete(record.id);
        byId.set(record.id, record);
      }
      const next = page.links.next;
      if (next === null) break;
      // Never send the token to a host the configuration did not name, whatever a link says.
      const nextPath = pathBelow(accountRoot, next);
      if (nextPath === null || seenLinks.has(next)) {
        const problem =
          nextPath === null
            ? `@attributes.next: points outside the API ("${next}")`
            : '@attributes.next: the paging goes round in a circle';
        throw http.fail({ method: 'GET', path: pagePath, kind: 'malformed', status: 200, detail: problem });
      }
      seenLinks.add(next);
      url = next;
      pagePath = nextPath;
    }
    return [...byId.values()];
  };

  const sinceFilter = (since: string | Date | undefined) =>
    since === undefined ? undefined : `>=,${isoSeconds(since)}`;

  return {
    account: fetchAccount,

    categories: (listOptions = {}) =>
      list('/Category.json', CategoryPage, { timeStamp: sinceFilter(listOptions.since) }),

    categoryCount: async () => {
      const url = buildUrl(await base(), '/Category.json', { count: 1, limit: 1 });
      return http.send({ method: 'GET', url, path: '/Category.json', schema: CountAnswer });
    },

    items: (listOptions = {}) =>
      list('/Item.json', ItemPage, {
        timeStamp: sinceFilter(listOptions.since),
        archived: listOptions.includeArchived ? 'true' : undefined,
      }),

    category: (id) => send('GET', `/Category/${id}.json`, CategoryAnswer),

    updateCategory: (id, changes) => send('PUT', `/Category/${id}.json`, CategoryAnswer, categoryBody(changes)),

    createCategory: (fields) => send('POST', '/Category.json', CategoryAnswer, categoryBody(fields)),
  };
}
