import { describe, expect, it } from 'vitest';

import { createEcomClient } from '../../utils/ecom/client.ts';
import { ApiError } from '../../utils/http/api-error.ts';
import type { RequestPolicy } from '../../utils/http/request.ts';
import { fakeTime, json, scriptedFetch, type SeenRequest } from './support/fake-api.ts';

const API = 'https://app.example.com/api/v3';

function client(
  fetch: ReturnType<typeof scriptedFetch>['fetch'],
  options: { token?: string; perMinute?: number; policy?: Partial<RequestPolicy> } = {},
) {
  const time = fakeTime();
  const ecom = createEcomClient({
    apiBase: API,
    storeId: '1003',
    token: options.token ?? 'secret_abc',
    fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0,
    ...(options.perMinute === undefined ? {} : { perMinute: options.perMinute }),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  return { ecom, time };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const category = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  orderBy: id * 10,
  name: `C${id}`,
  enabled: id % 2 === 0,
  ...fields,
});

/** Answers list requests from `records`, honouring offset and limit. */
function listing(records: unknown[]) {
  return (request: SeenRequest) => {
    const offset = Number(request.url.searchParams.get('offset') ?? 0);
    const limit = Number(request.url.searchParams.get('limit') ?? 100);
    const items = records.slice(offset, offset + limit);
    return json({ total: records.length, count: items.length, offset, limit, items });
  };
}

describe('createEcomClient: reading', () => {
  it('pages categories to the total, disabled ones included, with product ids and only the needed fields', async () => {
    const records = Array.from({ length: 250 }, (_, index) => category(index + 1));
    const { fetch, seen } = scriptedFetch(listing(records));
    const { records: categories, complete } = await client(fetch).ecom.categories();
    expect(categories).toHaveLength(250);
    expect(complete).toBe(true);
    expect(categories.filter((entry) => !entry.enabled)).toHaveLength(125);
    // Each page starts with the record the previous one ended with, so that a shift between pages shows.
    expect(seen.map((request) => request.url.searchParams.get('offset'))).toEqual(['0', '99', '198']);
    const params = seen[0]!.url.searchParams;
    expect(seen[0]!.url.pathname).toBe('/api/v3/1003/categories');
    expect(params.get('hidden_categories')).toBe('true');
    expect(params.get('productIds')).toBe('true');
    expect(params.get('limit')).toBe('100');
    expect(params.get('responseFields')).toBe(
      'total,count,offset,limit,items(id,parentId,orderBy,name,enabled,description,imageUrl,origin,externalReferenceId,productIds)',
    );
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer secret_abc');
  });

  it('stops at an empty page even if the total promised more', async () => {
    const { fetch, seen } = scriptedFetch(json({ total: 500, items: [category(1)] }), json({ total: 500, items: [] }));
    expect(await client(fetch).ecom.categories()).toMatchObject({ records: [{ id: 1 }], complete: false });
    expect(seen).toHaveLength(2);
  });

  it('asks for products changed since a time, in unix seconds', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ total: 1, items: [{ id: 7, name: 'Veste', enabled: true, updated: '2026-11-02 08:00:00 +0000' }] }),
    );
    const { records: products } = await client(fetch).ecom.products({ updatedFrom: '2026-11-01T00:00:00Z' });
    expect(products).toEqual([
      {
        id: 7,
        name: 'Veste',
        sku: '',
        enabled: true,
        categoryIds: [],
        defaultCategoryId: 0,
        externalReferenceId: null,
        updatedAt: '2026-11-02T08:00:00.000Z',
      },
    ]);
    expect(seen[0]!.url.searchParams.get('updatedFrom')).toBe(String(Date.UTC(2026, 10, 1) / 1000));
    expect(seen[0]!.url.searchParams.get('responseFields')).toMatch(
      /^total,count,offset,limit,items\(id,name,sku,enabled,categoryIds/,
    );
  });

  it('reads one category and the sort order of a parent', async () => {
    const { fetch, seen } = scriptedFetch(
      json(category(4, { parentId: 2, productIds: [9] })),
      json({ sortedIds: [3, 1, 2] }),
    );
    const { ecom } = client(fetch);
    expect(await ecom.category(4)).toMatchObject({ id: 4, parentId: 2, productIds: [9] });
    expect(seen[0]!.url.searchParams.get('productIds')).toBe('true');
    expect(await ecom.getSort(0)).toEqual([3, 1, 2]);
    expect(seen[1]!.url.pathname).toBe('/api/v3/1003/categories/sort');
    expect(seen[1]!.url.searchParams.get('parentCategory')).toBe('0');
  });
});

/**
 * A listing whose records can change between requests: `between(n)` runs after the n-th request (1-based) was
 * answered, as another admin deleting or adding a category while Sync Lens pages through the list.
 */
function changingListing(records: Array<ReturnType<typeof category>>, between: (answered: number) => void) {
  let answered = 0;
  return (request: SeenRequest) => {
    const reply = listing(records)(request);
    between(++answered);
    return reply;
  };
}

const idsOf = (listing: { records: Array<{ id: number }> }) =>
  listing.records.map((record) => record.id).sort((a, b) => a - b);

describe('createEcomClient: does the walk know it saw every record?', () => {
  const hundredAndFifty = () => Array.from({ length: 150 }, (_, index) => category(index + 1));

  it('a category deleted before the page boundary between two pages: the walk is made again and is whole', async () => {
    const records = hundredAndFifty();
    // After the first page, category 10 goes: every later one moves back one place, and 101 would be skipped.
    const { fetch, seen } = scriptedFetch(changingListing(records, (n) => n === 1 && records.splice(9, 1)));
    const listed = await client(fetch).ecom.categories();
    expect(listed.complete).toBe(true);
    expect(idsOf(listed)).toEqual(records.map((record) => record.id));
    expect(idsOf(listed)).toContain(101);
    expect(seen.map((request) => request.url.searchParams.get('offset'))).toEqual(['0', '99', '0', '99']);
  });

  it('deleted between the pages of both walks: incomplete, with every record either walk saw', async () => {
    const records = hundredAndFifty();
    const { fetch } = scriptedFetch(changingListing(records, (n) => (n === 1 || n === 3) && records.splice(0, 1)));
    const listed = await client(fetch).ecom.categories();
    expect(listed.complete).toBe(false);
    // 101 and 102 were each skipped by one walk, not by both.
    expect(idsOf(listed)).toEqual(expect.arrayContaining([101, 102]));
  });

  it('one added and one deleted between pages (the same total): still seen as moved', async () => {
    const records = hundredAndFifty();
    const { fetch } = scriptedFetch(
      changingListing(records, (n) => {
        if (n !== 1 && n !== 3) return;
        records.splice(4, 1);
        records.push(category(1000 + n));
      }),
    );
    expect((await client(fetch).ecom.categories()).complete).toBe(false);
  });

  it('a record that moved across the boundary both ways (a swap): the count tells', async () => {
    const records = hundredAndFifty();
    const { fetch } = scriptedFetch(
      changingListing(records, (n) => {
        if (n !== 1 && n !== 3) return;
        // 5 and 140 swap places: the boundary record stays where it was, but 5 is read twice and 140 never.
        [records[4], records[139]] = [records[139]!, records[4]!];
      }),
    );
    expect((await client(fetch).ecom.categories()).complete).toBe(false);
  });

  const products = (enabledOnly: boolean) =>
    hundredAndFifty()
      .map((record) => ({ ...record, updated: '2026-11-02 08:00:00 +0000' }))
      .filter((record) => !enabledOnly || record.enabled);

  it('a category added or deleted behind the page boundary skips nothing, and costs no second walk', async () => {
    const records = hundredAndFifty();
    const { fetch, seen } = scriptedFetch(
      changingListing(records, (n) => {
        if (n !== 1) return;
        records.splice(120, 1);
        records.push(category(1000));
      }),
    );
    const listed = await client(fetch).ecom.categories();
    expect(listed.complete).toBe(true);
    expect(idsOf(listed)).toEqual(records.map((record) => record.id));
    expect(seen).toHaveLength(2);
  });

  it('a list that does not move is read once', async () => {
    const { fetch, seen } = scriptedFetch(listing(products(false)));
    expect((await client(fetch).ecom.products()).complete).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it('a public token never reads a complete list: eCom hides disabled records from it', async () => {
    const categories = scriptedFetch(listing(hundredAndFifty().filter((record) => record.enabled)));
    expect((await client(categories.fetch, { token: 'public_abc' }).ecom.categories()).complete).toBe(false);
    // Nothing moved: nothing is read twice.
    expect(categories.seen).toHaveLength(1);
    const listed = scriptedFetch(listing(products(true)));
    expect((await client(listed.fetch, { token: 'public_abc' }).ecom.products()).complete).toBe(false);
  });
});

describe('createEcomClient: writing', () => {
  it('creates, updates and sorts categories and updates products', async () => {
    const { fetch, seen } = scriptedFetch((request: SeenRequest) =>
      request.method === 'POST' ? json({ id: 901 }) : json({ updateCount: 1 }),
    );
    const { ecom } = client(fetch);
    expect(await ecom.createCategory({ name: 'Sandales', parentId: 502, enabled: false })).toBe(901);
    await ecom.updateCategory(901, { name: 'Sandales d’été' });
    await ecom.sortCategories(502, [901, 510]);
    await ecom.updateProduct(7, { categoryIds: [901], defaultCategoryId: 901 });
    expect(seen.map((request) => `${request.method} ${request.url.pathname}${request.url.search}`)).toEqual([
      'POST /api/v3/1003/categories',
      'PUT /api/v3/1003/categories/901',
      'PUT /api/v3/1003/categories/sort?parentCategory=502',
      'PUT /api/v3/1003/products/7',
    ]);
    expect(seen.map((request) => request.body)).toEqual([
      { name: 'Sandales', parentId: 502, enabled: false },
      { name: 'Sandales d’été' },
      { sortedIds: [901, 510] },
      { categoryIds: [901], defaultCategoryId: 901 },
    ]);
  });

  it('assigns and unassigns products in calls of at most 2000 ids, each id once', async () => {
    const { fetch, seen } = scriptedFetch(json({ updateCount: 1 }));
    const { ecom } = client(fetch);
    const ids = Array.from({ length: 4500 }, (_, index) => index + 1);
    await ecom.assignProducts(5, [...ids, 1, 2, 3]);
    expect(seen.map((request) => (request.body as { productIds: number[] }).productIds.length)).toEqual([
      2000, 2000, 500,
    ]);
    expect(seen[0]!.url.pathname).toBe('/api/v3/1003/categories/5/assignProducts');
    await ecom.unassignProducts(5, [7]);
    expect(seen[3]!.url.pathname).toBe('/api/v3/1003/categories/5/unassignProducts');
    await ecom.assignProducts(5, []);
    expect(seen).toHaveLength(4);
  });

  it('does not repeat a create after a 500 (it may have been made), but repeats an assignment', async () => {
    const create = scriptedFetch(json({ errorMessage: 'oops' }, { status: 500 }), json({ id: 1 }));
    const error = await failure(client(create.fetch).ecom.createCategory({ name: 'x' }));
    expect(create.seen).toHaveLength(1);
    expect(error.message).toContain('may have been saved anyway');

    const assign = scriptedFetch(json({}, { status: 500 }), json({ updateCount: 1 }));
    await client(assign.fetch).ecom.assignProducts(5, [1]);
    expect(assign.seen).toHaveLength(2);
  });

  it('waits out a catalog import (449)', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ errorMessage: 'Import in progress' }, { status: 449 }),
      json({ updateCount: 1 }),
    );
    await client(fetch).ecom.updateCategory(1, { enabled: true });
    expect(seen).toHaveLength(2);
  });
});

describe('createEcomClient: what the merchant is told', () => {
  it('401: the token was refused', async () => {
    const { fetch } = scriptedFetch(json({ errorMessage: 'The access token is not valid.' }, { status: 401 }));
    const error = await failure(client(fetch).ecom.categories());
    expect(error).toMatchObject({
      kind: 'auth',
      status: 401,
      retryable: false,
      endpoint: 'GET /categories',
      service: 'ecom',
    });
    expect(error.message).toBe(
      'eCom refused the token (401). The token may have been revoked: create a new one in the eCom admin under Apps and connect again.',
    );
  });

  it('403 with a public token: connect with the secret one', async () => {
    const { fetch } = scriptedFetch(json({ errorMessage: 'no update_catalog' }, { status: 403 }));
    const error = await failure(client(fetch, { token: 'public_xyz' }).ecom.updateCategory(5, { enabled: true }));
    expect(error.kind).toBe('forbidden');
    expect(error.message).toContain('public token');
    expect(error.message).toContain('secret token');
  });

  it('403 with a secret token: names the scope the call needs', async () => {
    const { fetch } = scriptedFetch(json({ errorMessage: 'no scope' }, { status: 403 }));
    const { ecom } = client(fetch);
    expect((await failure(ecom.createCategory({ name: 'x' }))).message).toContain('create_catalog');
    expect((await failure(ecom.updateCategory(5, { name: 'y' }))).message).toContain('update_catalog');
    expect((await failure(ecom.assignProducts(5, [1]))).message).toContain('update_catalog');
  });

  it('402: the plan limit', async () => {
    const { fetch } = scriptedFetch(json({ errorMessage: 'Limit reached' }, { status: 402 }));
    const error = await failure(client(fetch).ecom.createCategory({ name: 'x' }));
    expect(error).toMatchObject({ kind: 'http', status: 402, retryable: false, endpoint: 'POST /categories' });
    expect(error.message).toContain('plan limit');
  });

  it('404: names the endpoint and what eCom said', async () => {
    const { fetch } = scriptedFetch(json({ errorMessage: 'Category 77 is not found.' }, { status: 404 }));
    const error = await failure(client(fetch).ecom.category(77));
    expect(error).toMatchObject({ kind: 'not-found', endpoint: 'GET /categories/77' });
    expect(error.message).toContain('Category 77 is not found.');
  });
});

describe('createEcomClient: pacing', () => {
  it('holds requests back to stay under the per-minute limit', async () => {
    const { fetch, seen } = scriptedFetch(json({ sortedIds: [] }));
    const { ecom, time } = client(fetch, { perMinute: 3, policy: { maxWaitMs: 120_000 } });
    for (let i = 0; i < 4; i++) await ecom.getSort(0);
    expect(seen).toHaveLength(4);
    // The fourth waits until the first is a minute (and a safety second) old.
    expect(time.sleeps).toEqual([61_000]);
  });

  it('throws a retryable error rather than sleep past the longest wait', async () => {
    const { fetch, seen } = scriptedFetch(json({ sortedIds: [] }));
    const { ecom } = client(fetch, { perMinute: 3 });
    for (let i = 0; i < 3; i++) await ecom.getSort(0);
    const error = await failure(ecom.getSort(0));
    expect(error).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 61_000 });
    expect(error.message).toMatch(/^Sync Lens paused its requests to eCom .* Try again in about 61 s\./);
    expect(seen).toHaveLength(3);
  });

  it('still honours Retry-After on a 429', async () => {
    const { fetch } = scriptedFetch(
      json({ errorMessage: 'Too many' }, { status: 429, headers: { 'Retry-After': '9' } }),
      json({ sortedIds: [] }),
    );
    const { ecom, time } = client(fetch);
    await ecom.getSort(0);
    expect(time.sleeps).toEqual([9000]);
  });
});
