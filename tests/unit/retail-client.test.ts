import { describe, expect, it } from 'vitest';

import { ApiError } from '../../utils/http/api-error.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import { fakeTime, json, scriptedFetch, type SeenRequest } from './support/fake-api.ts';
import { wireCategory, wireItem } from './support/retail-wire.ts';

const API = 'https://api.example.com/API/V3';
const ACCOUNT = `${API}/Account/210`;
const bucket = (level: number, size = 60, drip = 1) => ({
  'X-LS-API-Bucket-Level': `${level}/${size}`,
  'X-LS-API-Drip-Rate': String(drip),
});

function client(
  fetch: ReturnType<typeof scriptedFetch>['fetch'],
  options: { accountId?: number } = { accountId: 210 },
) {
  const time = fakeTime();
  const retail = createRetailClient({
    apiBase: `${API}/`,
    ...options,
    token: 'retail-token',
    fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0,
  });
  return { retail, time };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('createRetailClient: lists', () => {
  it('follows @attributes.next to the end, whatever shape each page takes', async () => {
    const { fetch, seen } = scriptedFetch(
      json({
        '@attributes': { next: `${ACCOUNT}/Category.json?after=p2&limit=100&sort=timeStamp`, previous: '' },
        Category: [wireCategory(1), wireCategory(2)],
      }),
      // One record alone: an object, and `prev` rather than `previous`.
      json({
        '@attributes': { next: `${ACCOUNT}/Category.json?after=p3&limit=100&sort=timeStamp`, prev: 'x' },
        Category: wireCategory(3),
      }),
      json({ '@attributes': { next: '', previous: 'y' } }),
    );
    const { retail } = client(fetch);
    const categories = await retail.categories();
    expect(categories.map((category) => category.id)).toEqual([1, 2, 3]);
    expect(seen).toHaveLength(3);
    expect(seen[0]!.url.pathname).toBe('/API/V3/Account/210/Category.json');
    expect(seen[0]!.url.searchParams.get('limit')).toBe('100');
    expect(seen[0]!.url.searchParams.get('sort')).toBe('timeStamp');
    expect(seen[1]!.url.searchParams.get('after')).toBe('p2');
    expect(seen.every((request) => request.headers.get('authorization') === 'Bearer retail-token')).toBe(true);
  });

  it('counts categories in one request (count=1), without walking the list', async () => {
    const { fetch, seen } = scriptedFetch(
      json({
        '@attributes': { count: '1234', next: `${ACCOUNT}/Category.json?after=p2`, previous: '' },
        Category: wireCategory(1),
      }),
    );
    expect(await client(fetch).retail.categoryCount()).toBe(1234);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url.pathname).toBe('/API/V3/Account/210/Category.json');
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toEqual({ count: '1', limit: '1' });
  });

  it('keeps the later copy of a record met twice (it changed during the walk)', async () => {
    const { fetch } = scriptedFetch(
      json({
        '@attributes': { next: `${ACCOUNT}/Category.json?after=p2` },
        Category: [wireCategory(1), wireCategory(2)],
      }),
      json({ '@attributes': { next: '' }, Category: [wireCategory(1, { name: 'Renamed' })] }),
    );
    const categories = await client(fetch).retail.categories();
    expect(categories).toHaveLength(2);
    expect(categories.find((category) => category.id === 1)?.name).toBe('Renamed');
  });

  it('asks only for what changed since a time, with the operator URL-encoded', async () => {
    const { fetch, seen } = scriptedFetch(json({ '@attributes': { next: '' }, Item: wireItem() }));
    const items = await client(fetch).retail.items({ since: '2026-11-01T00:00:00.250Z', includeArchived: true });
    expect(items.map((item) => item.id)).toEqual([42]);
    const url = seen[0]!.url;
    expect(url.search).toContain('timeStamp=%3E%3D%2C2026-11-01T00%3A00%3A00Z');
    expect(url.searchParams.get('timeStamp')).toBe('>=,2026-11-01T00:00:00Z');
    expect(url.searchParams.get('archived')).toBe('true');
    expect(url.searchParams.get('sort')).toBe('timeStamp');
  });

  it('leaves archived items out unless asked', async () => {
    const { fetch, seen } = scriptedFetch(json({ '@attributes': { next: '' } }));
    expect(await client(fetch).retail.items()).toEqual([]);
    expect(seen[0]!.url.searchParams.has('archived')).toBe(false);
    expect(seen[0]!.url.searchParams.has('timeStamp')).toBe(false);
  });

  it('never sends the token to a host a next link names but the configuration does not', async () => {
    const { fetch, seen } = scriptedFetch(
      json({
        '@attributes': { next: 'https://evil.example.net/API/V3/Account/210/Category.json' },
        Category: wireCategory(1),
      }),
    );
    const error = await failure(client(fetch).retail.categories());
    expect(seen).toHaveLength(1);
    expect(error.kind).toBe('malformed');
    expect(error.detail).toContain('@attributes.next: points outside the API');
  });

  it('stops a paging that goes round in a circle', async () => {
    const page = { '@attributes': { next: `${ACCOUNT}/Category.json?after=same` }, Category: wireCategory(1) };
    const { fetch, seen } = scriptedFetch(json(page));
    const error = await failure(client(fetch).retail.categories());
    expect(error.detail).toContain('goes round in a circle');
    expect(seen).toHaveLength(2);
  });

  it('names the endpoint and the field of a malformed answer', async () => {
    const categories = [1, 2, 3, 4].map((id) => wireCategory(id));
    categories[3] = wireCategory(4, { parentID: 'top' });
    const { fetch } = scriptedFetch(json({ '@attributes': { next: '' }, Category: categories }));
    const error = await failure(client(fetch).retail.categories());
    expect(error).toMatchObject({ kind: 'malformed', retryable: false, endpoint: 'GET /Category.json' });
    expect(error.detail).toBe('GET /Category.json: Category[3].parentID: expected a number as a string');
    expect(error.message).toContain('GET /Category.json: Category[3].parentID: expected a number as a string');
  });
});

describe('createRetailClient: account', () => {
  it('finds the account id once when the configuration has none', async () => {
    const { fetch, seen } = scriptedFetch((request: SeenRequest) =>
      request.url.pathname.endsWith('/Account.json')
        ? json({ '@attributes': { count: '1' }, Account: { accountID: '210', name: 'Shop' } })
        : json({ '@attributes': { next: '' } }),
    );
    const { retail } = client(fetch, {});
    await retail.categories();
    await retail.items();
    expect(seen.map((request) => request.url.pathname)).toEqual([
      '/API/V3/Account.json',
      '/API/V3/Account/210/Category.json',
      '/API/V3/Account/210/Item.json',
    ]);
    await expect(retail.account()).resolves.toEqual({ id: 210, name: 'Shop' });
  });
});

describe('createRetailClient: writes', () => {
  it('updates a category with R-Series field names and returns it as the engine sees it', async () => {
    const { fetch, seen } = scriptedFetch(json({ Category: wireCategory(4, { name: 'Blousons', parentID: '0' }) }));
    const category = await client(fetch).retail.updateCategory(4, { name: 'Blousons', parentID: 0 });
    expect(seen[0]).toMatchObject({ method: 'PUT', body: { name: 'Blousons', parentID: '0' } });
    expect(seen[0]!.url.pathname).toBe('/API/V3/Account/210/Category/4.json');
    expect(category).toMatchObject({ id: 4, name: 'Blousons', parentId: 0 });
  });

  it('creates a category', async () => {
    const { fetch, seen } = scriptedFetch(json({ Category: wireCategory(30, { name: 'Sandales', parentID: '2' }) }));
    const category = await client(fetch).retail.createCategory({ name: 'Sandales', parentID: 2 });
    expect(seen[0]).toMatchObject({ method: 'POST', body: { name: 'Sandales', parentID: '2' } });
    expect(category.id).toBe(30);
  });

  it('tells the merchant to connect again when the token is refused', async () => {
    const { fetch } = scriptedFetch(json({ httpCode: '401', message: 'Invalid access token' }, { status: 401 }));
    const error = await failure(client(fetch).retail.category(4));
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false, endpoint: 'GET /Category/4.json' });
    expect(error.message).toMatch(/connect Retail POS again/);
  });

  it('says what it could not find', async () => {
    const { fetch } = scriptedFetch(json({ httpCode: '404', message: 'Category 99 does not exist.' }, { status: 404 }));
    const error = await failure(client(fetch).retail.category(99));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('Category 99 does not exist.');
  });
});

describe('createRetailClient: pacing by the bucket headers', () => {
  it('waits before a request that would overflow the bucket the answers describe', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ Category: wireCategory(1) }, { headers: bucket(55, 60, 2) }),
      json({ Category: wireCategory(1) }, { headers: bucket(60, 60, 2) }),
    );
    const { retail, time } = client(fetch);
    await retail.category(1);
    expect(time.sleeps).toEqual([]);
    // A write (10 units) needs the level at 60 - 10 - 1 = 49: 55.01 drains to it in about 3 s at 2 a second.
    await retail.updateCategory(1, { name: 'x' });
    expect(time.sleeps).toEqual([3005]);
    expect(seen).toHaveLength(2);
  });

  it('still honours Retry-After on a 429', async () => {
    const { fetch } = scriptedFetch(
      json({ message: 'Rate limit exceeded' }, { status: 429, headers: { 'Retry-After': '4' } }),
      json({ Category: wireCategory(1) }),
    );
    const { retail, time } = client(fetch);
    await retail.category(1);
    expect(time.sleeps).toEqual([4000]);
  });
});

describe('createRetailClient: reads from a kept place (issue 13)', () => {
  const settledBefore = '2026-11-01T12:00:00Z';
  const old = (id: number) => wireItem({ itemID: String(id), timeStamp: '2026-10-01T08:00:00+00:00' });
  const fresh = (id: number) => wireItem({ itemID: String(id), timeStamp: '2026-11-01T12:03:00+00:00' });
  const page2 = `${ACCOUNT}/Item.json?archived=true&limit=100&sort=timeStamp&after=c2`;
  const page3 = `${ACCOUNT}/Item.json?archived=true&limit=100&sort=timeStamp&after=c3`;

  it('reads every item by timeStamp, archived ones included, and keeps the first page not yet settled', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ '@attributes': { next: page2 }, Item: [old(1), old(2)] }),
      json({ '@attributes': { next: page3 }, Item: [old(3), fresh(4)] }),
      json({ '@attributes': { next: '' }, Item: fresh(5) }),
    );
    const read = await client(fetch).retail.itemsFrom({ from: null, settledBefore });
    expect(read.records.map((item) => item.id)).toEqual([1, 2, 3, 4, 5]);
    expect(read.resume).toBe(page2);
    expect(seen[0]!.url.searchParams.get('sort')).toBe('timeStamp');
    expect(seen[0]!.url.searchParams.get('archived')).toBe('true');
    expect(seen[0]!.url.searchParams.has('timeStamp')).toBe(false);
  });

  it('starts at the kept page, and keeps the last page that held records when every record is settled', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ '@attributes': { next: page3 }, Item: [old(3)] }),
      json({ '@attributes': { next: '' } }),
    );
    const read = await client(fetch).retail.itemsFrom({ from: page2, settledBefore });
    expect(seen[0]!.url.href).toBe(page2);
    expect(read).toEqual({ records: [expect.objectContaining({ id: 3 })], resume: page2 });
  });

  it('never follows a kept place outside the configured API: it reads from the first page instead', async () => {
    const { fetch, seen } = scriptedFetch(json({ '@attributes': { next: '' } }));
    const read = await client(fetch).retail.categoriesFrom({
      from: 'https://elsewhere.example/API/V3/Account/210/Category.json?after=x',
      settledBefore,
    });
    expect(seen[0]!.url.origin).toBe('https://api.example.com');
    expect(read.resume).toBe(seen[0]!.url.href);
  });
});

describe('createRetailClient: a count riding on a read from a kept place', () => {
  const settledBefore = '2026-11-01T12:00:00Z';
  const kept = `${ACCOUNT}/Category.json?limit=100&sort=timeStamp&after=c2`;
  const next = `${ACCOUNT}/Category.json?limit=100&sort=timeStamp&after=c3&count=1`;

  it('asks the first page alone to count, and keeps the place without count=1', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ '@attributes': { count: '250', next }, Category: [wireCategory(1), wireCategory(2)] }),
      json({ '@attributes': { next: '' }, Category: wireCategory(3) }),
    );
    const read = await client(fetch).retail.categoriesFrom({ from: kept, settledBefore, count: true });
    expect(read.count).toBe(250);
    expect(seen.map((request) => request.url.searchParams.get('count'))).toEqual(['1', null]);
    expect(new URL(read.resume).searchParams.has('count')).toBe(false);
  });

  it('reads the place again without counting when the counted answer lists nothing', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ '@attributes': { count: '250', next: '' } }),
      json({ '@attributes': { next: '' }, Category: wireCategory(1) }),
    );
    const read = await client(fetch).retail.categoriesFrom({ from: kept, settledBefore, count: true });
    expect(read).toMatchObject({ count: 250, records: [expect.objectContaining({ id: 1 })] });
    expect(seen.map((request) => request.url.searchParams.get('count'))).toEqual(['1', null]);
  });
});
