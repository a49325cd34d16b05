import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { allPages, getList, ids, recordsOf, retailState, UNLIMITED, type CategoryRow } from './support/retail.ts';
import { retailFetch, startTestSandbox } from './support/sandbox.ts';

/** 250 categories: 50 top-level ones with 4 subcategories each, names repeating so sorts have ties. */
function bigTree(): CategoryRow[] {
  const rows: CategoryRow[] = [];
  for (let top = 0; top < 50; top++) {
    const topID = 1 + top * 5;
    // Listed in reverse, so an order by id cannot come from the order of the state file.
    const day = String((top % 28) + 1).padStart(2, '0');
    rows.unshift({ categoryID: topID, name: `Rayon ${top % 7}`, timeStamp: `2026-02-${day}T00:00:00.000Z` });
    for (let sub = 1; sub <= 4; sub++) {
      rows.unshift({ categoryID: topID + sub, name: `Sous-rayon ${sub}`, parentID: topID });
    }
  }
  return rows;
}

describe('R-Series category lists: cursor paging, shapes, sorts and filters', () => {
  let sandbox: Sandbox;
  const all = Array.from({ length: 250 }, (_, i) => i + 1);

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: retailState(bigTree()), config: UNLIMITED });
  });
  afterAll(() => sandbox.close());

  it('pages 250 categories through next cursors: 3 pages, every id once, in id order', async () => {
    const first = await getList(sandbox, '/Category.json');
    expect(first.status).toBe(200);
    expect(first.attributes).toMatchObject({ limit: '100', previous: '' });
    // A count only when asked for (count=1, 10 units of the bucket).
    expect(first.attributes.count).toBeUndefined();
    expect((await getList(sandbox, '/Category.json?count=1&limit=1')).attributes.count).toBe('250');
    // A full URL on the request's own origin, carrying an opaque cursor.
    const next = new URL(first.attributes.next!);
    expect(next.origin).toBe(sandbox.origin);
    expect(next.pathname).toBe(`/API/V3/Account/${sandbox.connection.retailAccountID}/Category.json`);
    expect(next.searchParams.get('after')).toMatch(/^[A-Za-z0-9_-]+$/);

    const pages = await allPages(sandbox, '/Category.json', 'Category');
    expect(pages.map((page) => page.length)).toEqual([100, 100, 50]);
    expect(pages.flatMap((page) => ids(page, 'categoryID'))).toEqual(all);
  });

  it('walks back through previous links to the same pages', async () => {
    const page1 = await getList(sandbox, '/Category.json');
    const page2 = await getList(sandbox, page1.attributes.next!);
    const page3 = await getList(sandbox, page2.attributes.next!);
    expect(page3.attributes.next).toBe('');

    const back2 = await getList(sandbox, page3.attributes.previous!);
    expect(ids(recordsOf(back2.body, 'Category'), 'categoryID')).toEqual(
      ids(recordsOf(page2.body, 'Category'), 'categoryID'),
    );
    const back1 = await getList(sandbox, back2.attributes.previous!);
    expect(ids(recordsOf(back1.body, 'Category'), 'categoryID')).toEqual(all.slice(0, 100));
    expect(back1.attributes.previous).toBe('');
    // And forward again from a page reached backwards.
    const forward = await getList(sandbox, back1.attributes.next!);
    expect(ids(recordsOf(forward.body, 'Category'), 'categoryID')).toEqual(all.slice(100, 200));
  });

  it('keeps the filters, sort and limit in its links', async () => {
    const pages = await allPages(sandbox, '/Category.json?parentID=0&sort=-categoryID&limit=20', 'Category');
    expect(pages.map((page) => page.length)).toEqual([20, 20, 10]);
    const expected = Array.from({ length: 50 }, (_, i) => 1 + i * 5).reverse();
    expect(pages.flatMap((page) => ids(page, 'categoryID'))).toEqual(expected);
  });

  it('clamps a limit above 100 to 100', async () => {
    const answer = await getList(sandbox, '/Category.json?limit=500');
    expect(answer.attributes.limit).toBe('100');
    expect(recordsOf(answer.body, 'Category')).toHaveLength(100);
  });

  it('sorts by name with ties broken by id, stably across pages, in both directions', async () => {
    const rows = bigTree();
    const byName = [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.categoryID - b.categoryID));
    const ascending = (await allPages(sandbox, '/Category.json?sort=name&limit=30', 'Category')).flat();
    expect(ids(ascending, 'categoryID')).toEqual(byName.map((row) => row.categoryID));
    const descending = (await allPages(sandbox, '/Category.json?sort=-name&limit=30', 'Category')).flat();
    expect(ids(descending, 'categoryID')).toEqual(byName.map((row) => row.categoryID).reverse());
  });

  it('sorts by timeStamp, and pages through ties without losing or repeating a record', async () => {
    const answer = await getList(sandbox, '/Category.json?parentID=0&sort=-timeStamp&limit=3');
    const records = recordsOf(answer.body, 'Category');
    // Days 28, 27 and 26 each belong to one top-level category only (see bigTree).
    expect(records.map((record) => [record.categoryID, record.timeStamp])).toEqual([
      ['136', '2026-02-28T00:00:00.000Z'],
      ['131', '2026-02-27T00:00:00.000Z'],
      ['126', '2026-02-26T00:00:00.000Z'],
    ]);

    // 200 subcategories share one timeStamp: only the id can keep their pages apart.
    const pages = (await allPages(sandbox, '/Category.json?sort=timeStamp&limit=7', 'Category')).flat();
    expect([...ids(pages, 'categoryID')].sort((a, b) => a - b)).toEqual(all);
    const times = pages.map((record) => Date.parse(String(record.timeStamp)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('filters with operators: >, >=, <, <=, =, !=, >< and IN, URL-encoded or not', async () => {
    const query = async (filter: string) =>
      ids(recordsOf((await getList(sandbox, `/Category.json?${filter}`)).body, 'Category'), 'categoryID');
    expect(await query(`categoryID=${encodeURIComponent('>,245')}`)).toEqual([246, 247, 248, 249, 250]);
    expect(await query('categoryID=>=,248')).toEqual([248, 249, 250]);
    expect(await query('categoryID=<,3')).toEqual([1, 2]);
    expect(await query('categoryID=<=,2')).toEqual([1, 2]);
    expect(await query('categoryID==,7')).toEqual([7]);
    expect(await query('categoryID=7')).toEqual([7]);
    expect(await query('parentID=1&categoryID=!=,3')).toEqual([2, 4, 5]);
    expect(await query('categoryID=><,10,12')).toEqual([10, 11, 12]);
    expect(await query(`categoryID=${encodeURIComponent('IN,[3,30,300]')}`)).toEqual([3, 30]);
    const low = Date.parse('2026-02-20T00:00:00Z');
    const high = Date.parse('2026-02-22T00:00:00Z');
    const between = bigTree()
      .filter((row) => row.timeStamp !== undefined)
      .filter((row) => Date.parse(row.timeStamp!) >= low && Date.parse(row.timeStamp!) <= high)
      .map((row) => row.categoryID)
      .sort((a, b) => a - b);
    expect(between).toHaveLength(6); // days 20 to 22, each on two top-level categories 28 apart
    expect(await query(`timeStamp=${encodeURIComponent('><,2026-02-20T00:00:00Z,2026-02-22T00:00:00Z')}`)).toEqual(
      between,
    );
  });

  it('answers one match as an object, not an array of one', async () => {
    const answer = await getList(sandbox, '/Category.json?categoryID=42&count=1');
    expect(answer.attributes.count).toBe('1');
    expect(Array.isArray(answer.body.Category)).toBe(false);
    expect(answer.body.Category).toMatchObject({ categoryID: '42' });
  });

  it('answers no match with no entity key at all', async () => {
    const answer = await getList(sandbox, '/Category.json?categoryID=>,1000');
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body)).toEqual(['@attributes']);
    expect(answer.attributes).toEqual({ limit: '100', next: '', previous: '' });
  });

  it('sends every number as a string', async () => {
    const answer = await getList(sandbox, '/Category/7.json');
    expect(answer.body).toEqual({
      Category: {
        categoryID: '7',
        name: 'Sous-rayon 1',
        nodeDepth: '1',
        fullPathName: 'Rayon 1/Sous-rayon 1',
        leftNode: expect.stringMatching(/^\d+$/),
        rightNode: expect.stringMatching(/^\d+$/),
        parentID: '6',
        createTime: '2026-01-01T00:00:00.000Z',
        timeStamp: '2026-01-01T00:00:00.000Z',
      },
    });
    const record = answer.body.Category as Record<string, unknown>;
    expect(Number(record.rightNode)).toBe(Number(record.leftNode) + 1);
  });

  it('refuses bad queries with a 400 that names the parameter', async () => {
    for (const [query, name] of [
      ['timeStamp=>,yesterday', 'timeStamp'],
      ['categoryID=>,abc', 'categoryID'],
      ['sort=colour', 'sort'],
      ['limit=0', 'limit'],
      ['after=bm90LWEtY3Vyc29y', 'after'],
      ['offset=100', 'offset'],
    ] as const) {
      const answer = await getList(sandbox, `/Category.json?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body).toMatchObject({ httpCode: '400', httpMessage: 'Bad Request' });
      expect(String(answer.body.message), query).toContain(name);
    }
  });

  it('answers an unknown category with a 404 in R-Series shape', async () => {
    const answer = await getList(sandbox, '/Category/9999.json');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ httpCode: '404', httpMessage: 'Not Found' });
  });
});

describe('R-Series item lists by timeStamp, as an incremental read keeps them (issue 13)', () => {
  let sandbox: Sandbox;
  // A bulk import: 250 items, one timeStamp.
  const imported = Array.from({ length: 250 }, (_, i) => ({
    itemID: i + 1,
    description: `Article ${i + 1}`,
    timeStamp: '2026-10-01T08:00:00.000Z',
  }));

  beforeAll(async () => {
    sandbox = await startTestSandbox({ state: retailState([], imported), config: UNLIMITED });
  });
  afterAll(() => sandbox.close());

  it('answers a page link kept from an earlier walk with that page, then what changed since, nothing else', async () => {
    const first = await getList(sandbox, '/Item.json?sort=timeStamp&limit=100');
    const second = await getList(sandbox, first.attributes.next!);
    const kept = second.attributes.next!;
    const last = await getList(sandbox, kept);
    expect(ids(recordsOf(last.body, 'Item'), 'itemID')).toEqual(imported.slice(200).map((item) => item.itemID));
    expect(last.attributes).toMatchObject({ next: '' });

    // Item 3, on the first page, changes: stamped anew, it sorts after every imported item.
    const changed = await retailFetch(sandbox, '/Item/3.json', {
      method: 'PUT',
      body: JSON.stringify({ description: 'Veste en jean brut' }),
    });
    expect(changed.status).toBe(200);
    const again = recordsOf((await getList(sandbox, kept)).body, 'Item');
    expect(ids(again, 'itemID')).toEqual([...imported.slice(200).map((item) => item.itemID), 3]);
    expect(again.at(-1)).toMatchObject({ description: 'Veste en jean brut' });
  });
});
