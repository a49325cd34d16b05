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
  /** Given when the list was asked to count (`count=1`). */
  count?: number | null;
}

/** The same URL asking for a count (`count=1`, 10 units instead of 1) or not. */
function counting(url: string, count: boolean): string {
  const parsed = new URL(url);
  if (count) parsed.searchParams.set('count', '1');
  else parsed.searchParams.delete('count');
  return parsed.href;
}

export interface RetailListOptions {
  /** Only records changed at or after this time (ISO 8601), for incremental fetches. */
  since?: string | Date;
}

export interface RetailItemListOptions extends RetailListOptions {
  /** Archived items are left out unless asked for. */
  includeArchived?: boolean;
}

/**
 * What a read from a kept place gives: the records from there on (sorted by timeStamp), and the page to start the
 * next read at, as R-Series' own link (an opaque cursor) or the list's first page.
 */
export interface RetailResumed<T> {
  records: T[];
  resume: string;
  /** How many records the whole list holds, when asked for (RetailResumeOptions.count) and given. */
  count?: number | null;
}

export interface RetailResumeOptions {
  /** Where an earlier read said to start (its `resume`); the list's first page when null. */
  from: string | null;
  /**
   * Records stamped at or after this time (ISO) may still be joined by records stamped before them (a transaction
   * committed late): the next read starts at a page before every one of them. Older ones are behind it.
   */
  settledBefore: string;
  /**
   * Also count the whole list, on the first request (`count=1`: 10 units instead of 1, and no request of its
   * own). An answer with a count and no record, from a place that held records, means R-Series does not list
   * what it counts: the place is read again without counting.
   */
  count?: boolean;
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
  /** Categories by timeStamp from a kept place on (see RetailResumeOptions); every one when `from` is null. */
  categoriesFrom(options: RetailResumeOptions): Promise<RetailResumed<RetailCategory>>;
  /** Items, archived ones included, by timeStamp from a kept place on; every one when `from` is null. */
  itemsFrom(options: RetailResumeOptions): Promise<RetailResumed<RetailItem>>;
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
   * Walks a list to its end by following `next`, from `start` (a full URL below the account). Sorted by
   * timeStamp, so a record changed during the walk moves behind the cursor and is met again rather than missed;
   * the later copy wins. Hands each page's URL and records to `onPage`.
   */
  const walk = async <T extends { id: number }>(
    start: { url: string; path: string },
    schema: v.GenericSchema<unknown, RetailPage<T>>,
    onPage: (url: string, page: RetailPage<T>) => void = () => {},
  ): Promise<T[]> => {
    const accountRoot = await base();
    const byId = new Map<number, T>();
    const seenLinks = new Set<string>();
    let url: string | null = start.url;
    let pagePath = start.path;
    while (url !== null) {
      const page: RetailPage<T> = await http.send({ method: 'GET', url, path: pagePath, schema });
      onPage(url, page);
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
      // Only the first page counts: a link carrying count=1 along would charge every page 10 units.
      url = counting(next, false);
      pagePath = nextPath;
    }
    return [...byId.values()];
  };

  const firstPage = async (path: string, query: Record<string, string | undefined>) => ({
    url: buildUrl(await base(), path, { ...query, limit: RETAIL_PAGE_SIZE, sort: 'timeStamp' }),
    path,
  });

  const list = async <T extends { id: number }>(
    path: string,
    schema: v.GenericSchema<unknown, RetailPage<T>>,
    query: Record<string, string | undefined>,
  ): Promise<T[]> => walk(await firstPage(path, query), schema);

  /**
   * A walk from a kept place; the place it hands back is the first page that holds a record not yet settled, or
   * else the last page that held any: the next walk re-reads that one page, and whatever changed since.
   */
  const resumable = async <T extends { id: number; updatedAt: string }>(
    path: string,
    schema: v.GenericSchema<unknown, RetailPage<T>>,
    query: Record<string, string | undefined>,
    options: RetailResumeOptions,
  ): Promise<RetailResumed<T>> => {
    const first = await firstPage(path, query);
    const from = options.from === null ? null : pathBelow(await base(), options.from);
    // A kept place from another account or API (the connection changed) is not followed: the list is read whole.
    const start = options.from !== null && from !== null ? { url: options.from, path: from } : first;
    const settled = Date.parse(options.settledBefore);
    let resume: string | null = null;
    let lastWithRecords = start.url;
    let firstPageOf: RetailPage<T> | undefined;
    const records = await walk({ ...start, url: counting(start.url, options.count === true) }, schema, (url, page) => {
      firstPageOf ??= page;
      if (page.records.length > 0) lastWithRecords = url;
      if (resume === null && page.records.some((record) => !(Date.parse(record.updatedAt) < settled))) resume = url;
    });
    const count = firstPageOf?.count ?? null;
    if (options.count && records.length === 0 && count !== null && count > 0) {
      return { ...(await resumable(path, schema, query, { ...options, count: false })), count };
    }
    return { records, resume: counting(resume ?? lastWithRecords, false), ...(options.count ? { count } : {}) };
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

    categoriesFrom: (options) => resumable('/Category.json', CategoryPage, {}, options),

    itemsFrom: (options) => resumable('/Item.json', ItemPage, { archived: 'true' }, options),

    category: (id) => send('GET', `/Category/${id}.json`, CategoryAnswer),

    updateCategory: (id, changes) => send('PUT', `/Category/${id}.json`, CategoryAnswer, categoryBody(changes)),

    createCategory: (fields) => send('POST', '/Category.json', CategoryAnswer, categoryBody(fields)),
  };
}
