import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import {
  allPages,
  getList,
  ids,
  recordsOf,
  retailState,
  send,
  setClock,
  UNLIMITED,
  type Wire,
} from './support/retail.ts';
import { startTestSandbox } from './support/sandbox.ts';

const state = retailState(
  [
    { categoryID: 1, name: 'Vêtements' },
    { categoryID: 2, name: 'Vestes', parentID: 1 },
    { categoryID: 3, name: 'Chaussures' },
    { categoryID: 4, name: 'Bottes', parentID: 3 },
  ],
  [
    { itemID: 1, description: 'Veste en jean', categoryID: 2 },
    { itemID: 2, description: 'Parka', categoryID: 2, publishToEcom: false },
    { itemID: 3, description: 'Bottines', categoryID: 4 },
    { itemID: 4, description: 'Ancien modèle', categoryID: 4, archived: true },
    { itemID: 5, description: 'Carte cadeau' },
  ],
);

const since = (time: string) => `timeStamp=${encodeURIComponent(`>,${time}`)}`;

/** The newest timeStamp among all records: the watermark of an incremental sync. */
const newest = (records: Wire[]) =>
  records
    .map((record) => String(record.timeStamp))
    .sort()
    .at(-1)!;

describe('R-Series items and incremental fetches', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ state, config: UNLIMITED });
  });
  afterEach(() => sandbox.close());

  const itemIDs = async (path: string) => ids(recordsOf((await getList(sandbox, path)).body, 'Item'), 'itemID');

  it('sends items with strings for numbers and booleans', async () => {
    const answer = await getList(sandbox, '/Item/2.json');
    expect(answer.body).toEqual({
      Item: {
        itemID: '2',
        systemSku: '210000000002',
        customSku: '',
        upc: '',
        ean: '',
        description: 'Parka',
        categoryID: '2',
        publishToEcom: 'false',
        archived: 'false',
        createTime: '2026-01-01T00:00:00.000Z',
        timeStamp: '2026-01-01T00:00:00.000Z',
      },
    });
  });

  it('leaves archived items out unless asked for them', async () => {
    const list = (query: string) => itemIDs(`/Item.json${query}`);
    expect(await list('')).toEqual([1, 2, 3, 5]);
    expect(await list('?archived=true')).toEqual([1, 2, 3, 4, 5]);
    expect(await list('?archived=only')).toEqual([4]);
    expect((await getList(sandbox, '/Item.json?archived=maybe')).status).toBe(400);
    // One archived item by id is still found.
    expect((await getList(sandbox, '/Item/4.json')).body.Item).toMatchObject({ archived: 'true' });
  });

  it('filters items by categoryID, plain or with an operator', async () => {
    const list = (query: string) => itemIDs(`/Item.json?${query}`);
    expect(await list('categoryID=2')).toEqual([1, 2]);
    expect(await list('categoryID=0')).toEqual([5]);
    expect(await list(`categoryID=${encodeURIComponent('IN,[2,4]')}&archived=true`)).toEqual([1, 2, 3, 4]);
    expect(await list('categoryID=!=,2')).toEqual([3, 5]);
    // One match: an object, as for categories.
    expect(Array.isArray((await getList(sandbox, '/Item.json?categoryID=4')).body.Item)).toBe(false);
  });

  it('embeds the Category and ItemECommerce relations on request', async () => {
    const query = `load_relations=${encodeURIComponent('["Category","ItemECommerce"]')}`;
    const records = recordsOf((await getList(sandbox, `/Item.json?${query}`)).body, 'Item');
    const veste = records.find((record) => record.itemID === '1')!;
    expect(veste.Category).toMatchObject({
      categoryID: '2',
      name: 'Vestes',
      fullPathName: 'Vêtements/Vestes',
      nodeDepth: '1',
    });
    expect(veste.ItemECommerce).toEqual({ itemECommerceID: '1', itemID: '1', listOnStore: 'true' });
    expect(records.find((record) => record.itemID === '2')!.ItemECommerce).toMatchObject({ listOnStore: 'false' });
    // No category, no Category.
    expect(records.find((record) => record.itemID === '5')).not.toHaveProperty('Category');
    // Not asked, not sent.
    expect(recordsOf((await getList(sandbox, '/Item.json')).body, 'Item')[0]).not.toHaveProperty('Category');
    expect((await getList(sandbox, '/Item.json?load_relations=["Vendor"]')).status).toBe(400);
  });

  it('updates items, stamping them only when something changed', async () => {
    setClock(sandbox, '2026-11-03T09:00:00.000Z');
    const answer = await send(sandbox, 'PUT', '/Item/1.json', {
      description: 'Veste en jean brut',
      categoryID: '4',
      publishToEcom: 'false',
      customSku: 'VJ-1',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.Item).toMatchObject({
      itemID: '1',
      description: 'Veste en jean brut',
      categoryID: '4',
      publishToEcom: 'false',
      customSku: 'VJ-1',
      archived: 'false',
      timeStamp: '2026-11-03T09:00:00.000Z',
    });
    setClock(sandbox, '2026-11-03T10:00:00.000Z');
    const archived = await send(sandbox, 'PUT', '/Item/1.json', { archived: true, categoryID: 0 });
    expect(archived.body.Item).toMatchObject({
      archived: 'true',
      categoryID: '0',
      timeStamp: '2026-11-03T10:00:00.000Z',
    });
    setClock(sandbox, '2026-11-03T11:00:00.000Z');
    const unchanged = await send(sandbox, 'PUT', '/Item/1.json', { archived: 'true' });
    expect(unchanged.body.Item).toMatchObject({ timeStamp: '2026-11-03T10:00:00.000Z' });
  });

  it('refuses bad item writes with a 400 naming the field', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ categoryID: 99 }, /^categoryID: category 99 does not exist/],
      [{ categoryID: -1 }, /^categoryID: must be a whole number/],
      [{ publishToEcom: 'yes' }, /^publishToEcom: must be true or false/],
      [{ description: '' }, /^description: must not be empty/],
      ['not json', /not valid JSON/],
    ];
    for (const [body, message] of cases) {
      const answer = await send(sandbox, 'PUT', '/Item/1.json', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(String(answer.body.message)).toMatch(message);
    }
    expect((await send(sandbox, 'PUT', '/Item/99.json', { description: 'X' })).status).toBe(404);
    const untouched = await getList(sandbox, '/Item/1.json');
    expect(untouched.body.Item).toMatchObject({ categoryID: '2', timeStamp: '2026-01-01T00:00:00.000Z' });
  });

  it('creates items for tests', async () => {
    setClock(sandbox, '2026-11-03T12:00:00.000Z');
    const created = await send(sandbox, 'POST', '/Item.json', { description: 'Écharpe', categoryID: 1 });
    expect(created.status).toBe(200);
    expect(created.body.Item).toMatchObject({
      itemID: '6',
      description: 'Écharpe',
      categoryID: '1',
      publishToEcom: 'true',
      archived: 'false',
      createTime: '2026-11-03T12:00:00.000Z',
    });
  });

  it('lets an incremental fetch see only what changed since its watermark', async () => {
    const categories = (await allPages(sandbox, '/Category.json', 'Category')).flat();
    const items = (await allPages(sandbox, '/Item.json?archived=true', 'Item')).flat();
    const categoryMark = newest(categories);
    const itemMark = newest(items);

    // Nothing changed yet: nothing newer, and the empty answer has no entity key.
    const none = await getList(sandbox, `/Category.json?${since(categoryMark)}`);
    expect(none.body).not.toHaveProperty('Category');

    setClock(sandbox, '2026-11-04T08:00:00.000Z');
    await send(sandbox, 'PUT', '/Category/3.json', { name: 'Souliers' }); // restamps 3 and its child 4
    await send(sandbox, 'PUT', '/Item/5.json', { categoryID: 1 });

    const changedCategories = await getList(sandbox, `/Category.json?${since(categoryMark)}&sort=timeStamp`);
    expect(ids(recordsOf(changedCategories.body, 'Category'), 'categoryID')).toEqual([3, 4]);
    expect(recordsOf(changedCategories.body, 'Category')[1]).toMatchObject({ fullPathName: 'Souliers/Bottes' });
    const changedItems = await getList(sandbox, `/Item.json?${since(itemMark)}&archived=true`);
    expect(changedItems.body.Item).toMatchObject({ itemID: '5', categoryID: '1' });

    // The next round starts from the new watermark and sees only the newer change.
    const secondMark = newest(recordsOf(changedCategories.body, 'Category'));
    setClock(sandbox, '2026-11-04T09:00:00.000Z');
    await send(sandbox, 'POST', '/Category.json', { name: 'Sacs', parentID: 1 });
    const second = await getList(sandbox, `/Category.json?${since(secondMark)}&count=1`);
    expect(second.attributes.count).toBe('1');
    expect(second.body.Category).toMatchObject({ name: 'Sacs', fullPathName: 'Vêtements/Sacs' });
  });

  it('reads the world at request time, so a reset world is what it serves', async () => {
    await send(sandbox, 'POST', '/Category.json', { name: 'Temporaire' });
    expect((await getList(sandbox, '/Category.json?count=1')).attributes.count).toBe('5');
    const reset = await fetch(`${sandbox.connection.control}/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    expect((await getList(sandbox, '/Category.json?count=1')).attributes.count).toBe('4');
  });
});
