import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { getList, recordsOf, retailState, send, setClock, UNLIMITED, type Wire } from './support/retail.ts';
import { startTestSandbox } from './support/sandbox.ts';

/**
 * Category writes and the nested set. Each expectation is a tree written out by hand, numbered here by a plain
 * recursive walk (not the sandbox's code), and compared with every field the API reports.
 */

type Node = { id: number; name: string; children?: Node[] };

interface Expected {
  parentID: string;
  nodeDepth: string;
  fullPathName: string;
  leftNode: string;
  rightNode: string;
  name: string;
}

function numbered(tree: Node[]): Map<number, Expected> {
  const result = new Map<number, Expected>();
  let counter = 0;
  const visit = (node: Node, parentID: number, depth: number, path: string) => {
    const left = ++counter;
    for (const child of node.children ?? []) visit(child, node.id, depth + 1, `${path}/${child.name}`);
    result.set(node.id, {
      parentID: String(parentID),
      nodeDepth: String(depth),
      fullPathName: path,
      leftNode: String(left),
      rightNode: String(++counter),
      name: node.name,
    });
  };
  for (const root of tree) visit(root, 0, 0, root.name);
  return result;
}

async function reported(sandbox: Sandbox): Promise<Map<number, Expected>> {
  const answer = await getList(sandbox, '/Category.json');
  return new Map(
    recordsOf(answer.body, 'Category').map((record) => [
      Number(record.categoryID),
      {
        parentID: record.parentID as string,
        nodeDepth: record.nodeDepth as string,
        fullPathName: record.fullPathName as string,
        leftNode: record.leftNode as string,
        rightNode: record.rightNode as string,
        name: record.name as string,
      },
    ]),
  );
}

async function stamps(sandbox: Sandbox, entity: 'Category' | 'Item'): Promise<Record<number, string>> {
  const idField = entity === 'Category' ? 'categoryID' : 'itemID';
  const answer = await getList(sandbox, `/${entity}.json${entity === 'Item' ? '?archived=true' : ''}`);
  return Object.fromEntries(recordsOf(answer.body, entity).map((r) => [Number(r[idField]), String(r.timeStamp)]));
}

const EPOCH = '2026-01-01T00:00:00.000Z';

// Vêtements(1) > Vestes(2), Pantalons(3) > Jeans(5); Chaussures(4). Listed shuffled; leftNode gives the order.
const state = retailState(
  [
    { categoryID: 5, name: 'Jeans', parentID: 3, leftNode: 5 },
    { categoryID: 4, name: 'Chaussures', leftNode: 9 },
    { categoryID: 3, name: 'Pantalons', parentID: 1, leftNode: 4 },
    { categoryID: 1, name: 'Vêtements', leftNode: 1 },
    { categoryID: 2, name: 'Vestes', parentID: 1, leftNode: 2 },
  ],
  [
    { itemID: 10, description: 'Bottines', categoryID: 4 },
    { itemID: 11, description: 'Slim', categoryID: 5 },
    { itemID: 12, description: 'Chino', categoryID: 3 },
  ],
);

describe('R-Series category writes', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await startTestSandbox({ state, config: UNLIMITED });
  });
  afterEach(() => sandbox.close());

  it('reports the nested set of the loaded tree', async () => {
    expect(await reported(sandbox)).toEqual(
      numbered([
        {
          id: 1,
          name: 'Vêtements',
          children: [
            { id: 2, name: 'Vestes' },
            { id: 3, name: 'Pantalons', children: [{ id: 5, name: 'Jeans' }] },
          ],
        },
        { id: 4, name: 'Chaussures' },
      ]),
    );
  });

  it('keeps the nested set, paths and timeStamps right through create, move, rename and delete', async () => {
    // Create: last among its siblings, answered as one object with strings.
    setClock(sandbox, '2026-11-02T10:00:00.000Z');
    const top = await send(sandbox, 'POST', '/Category.json', { name: 'Accessoires' });
    expect(top.status).toBe(200);
    const accessoires = top.body.Category as Wire;
    expect(accessoires).toMatchObject({
      name: 'Accessoires',
      parentID: '0',
      nodeDepth: '0',
      fullPathName: 'Accessoires',
      createTime: '2026-11-02T10:00:00.000Z',
      timeStamp: '2026-11-02T10:00:00.000Z',
    });
    const A = Number(accessoires.categoryID);
    expect(A).toBeGreaterThan(5);
    const sub = await send(sandbox, 'POST', '/Category.json', { name: 'Shorts', parentID: '3' });
    const S = Number((sub.body.Category as Wire).categoryID);
    expect(new Set([A, S, 1, 2, 3, 4, 5]).size).toBe(7);

    expect(await reported(sandbox)).toEqual(
      numbered([
        {
          id: 1,
          name: 'Vêtements',
          children: [
            { id: 2, name: 'Vestes' },
            {
              id: 3,
              name: 'Pantalons',
              children: [
                { id: 5, name: 'Jeans' },
                { id: S, name: 'Shorts' },
              ],
            },
          ],
        },
        { id: 4, name: 'Chaussures' },
        { id: A, name: 'Accessoires' },
      ]),
    );

    // Move: Pantalons and its subtree go last under Chaussures; the subtree is restamped, nothing else.
    setClock(sandbox, '2026-11-02T11:00:00.000Z');
    const moved = await send(sandbox, 'PUT', '/Category/3.json', { parentID: 4 });
    expect(moved.status).toBe(200);
    expect(moved.body.Category).toMatchObject({ categoryID: '3', parentID: '4', fullPathName: 'Chaussures/Pantalons' });
    expect(await reported(sandbox)).toEqual(
      numbered([
        { id: 1, name: 'Vêtements', children: [{ id: 2, name: 'Vestes' }] },
        {
          id: 4,
          name: 'Chaussures',
          children: [
            {
              id: 3,
              name: 'Pantalons',
              children: [
                { id: 5, name: 'Jeans' },
                { id: S, name: 'Shorts' },
              ],
            },
          ],
        },
        { id: A, name: 'Accessoires' },
      ]),
    );
    const moveTime = '2026-11-02T11:00:00.000Z';
    expect(await stamps(sandbox, 'Category')).toEqual({
      1: EPOCH,
      2: EPOCH,
      3: moveTime,
      4: EPOCH,
      5: moveTime,
      [S]: moveTime,
      [A]: '2026-11-02T10:00:00.000Z',
    });

    // Rename: the category and its descendants' paths change, so all of them are restamped.
    setClock(sandbox, '2026-11-02T12:00:00.000Z');
    const renamed = await send(sandbox, 'PUT', '/Category/4.json', { name: 'Chaussures & co' });
    expect(renamed.body.Category).toMatchObject({ name: 'Chaussures & co', fullPathName: 'Chaussures & co' });
    const renameTime = '2026-11-02T12:00:00.000Z';
    expect(await stamps(sandbox, 'Category')).toEqual({
      1: EPOCH,
      2: EPOCH,
      3: renameTime,
      4: renameTime,
      5: renameTime,
      [S]: renameTime,
      [A]: '2026-11-02T10:00:00.000Z',
    });
    expect((await reported(sandbox)).get(5)?.fullPathName).toBe('Chaussures & co/Pantalons/Jeans');

    // A PUT that changes nothing leaves timeStamps alone.
    setClock(sandbox, '2026-11-02T12:30:00.000Z');
    expect((await send(sandbox, 'PUT', '/Category/4.json', { name: 'Chaussures & co', parentID: 0 })).status).toBe(200);
    expect((await stamps(sandbox, 'Category'))[4]).toBe(renameTime);

    // Delete: the subcategory takes the deleted one's place; its items fall to categoryID 0.
    setClock(sandbox, '2026-11-02T13:00:00.000Z');
    const deleted = await send(sandbox, 'DELETE', '/Category/4.json');
    expect(deleted.status).toBe(200);
    expect(deleted.body.Category).toMatchObject({ categoryID: '4', name: 'Chaussures & co' });
    expect(await reported(sandbox)).toEqual(
      numbered([
        { id: 1, name: 'Vêtements', children: [{ id: 2, name: 'Vestes' }] },
        {
          id: 3,
          name: 'Pantalons',
          children: [
            { id: 5, name: 'Jeans' },
            { id: S, name: 'Shorts' },
          ],
        },
        { id: A, name: 'Accessoires' },
      ]),
    );
    const deleteTime = '2026-11-02T13:00:00.000Z';
    expect(await stamps(sandbox, 'Category')).toEqual({
      1: EPOCH,
      2: EPOCH,
      3: deleteTime,
      5: deleteTime,
      [S]: deleteTime,
      [A]: '2026-11-02T10:00:00.000Z',
    });
    const bottines = await getList(sandbox, '/Item/10.json');
    expect(bottines.body.Item).toMatchObject({ categoryID: '0', timeStamp: deleteTime });
    expect(await stamps(sandbox, 'Item')).toEqual({ 10: deleteTime, 11: EPOCH, 12: EPOCH });
    expect((await getList(sandbox, '/Category/4.json')).status).toBe(404);

    // A new category never gets the id of one that was deleted.
    const again = await send(sandbox, 'POST', '/Category.json', { name: 'Nouveau' });
    expect(Number((again.body.Category as Wire).categoryID)).toBeGreaterThan(Math.max(A, S));
  });

  it('puts a moved category last among its new siblings', async () => {
    expect((await send(sandbox, 'PUT', '/Category/2.json', { parentID: 0 })).status).toBe(200);
    expect(await reported(sandbox)).toEqual(
      numbered([
        { id: 1, name: 'Vêtements', children: [{ id: 3, name: 'Pantalons', children: [{ id: 5, name: 'Jeans' }] }] },
        { id: 4, name: 'Chaussures' },
        { id: 2, name: 'Vestes' },
      ]),
    );
  });

  it('refuses to move a category under itself or one of its descendants, or under nothing', async () => {
    for (const parentID of [1, 3, 5]) {
      const answer = await send(sandbox, 'PUT', '/Category/1.json', { parentID });
      expect(answer.status, `parentID ${parentID}`).toBe(400);
      expect(answer.body).toMatchObject({ httpCode: '400', httpMessage: 'Bad Request' });
      expect(String(answer.body.message)).toMatch(/parentID.*cannot move under/);
    }
    const nowhere = await send(sandbox, 'PUT', '/Category/2.json', { parentID: 999 });
    expect(nowhere.status).toBe(400);
    expect(String(nowhere.body.message)).toMatch(/parentID.*999.*does not exist/);
    const orphan = await send(sandbox, 'POST', '/Category.json', { name: 'Orpheline', parentID: 999 });
    expect(orphan.status).toBe(400);
    // Nothing moved.
    expect((await reported(sandbox)).get(1)).toMatchObject({ parentID: '0', leftNode: '1', rightNode: '8' });
    expect((await reported(sandbox)).size).toBe(5);
  });

  it('refuses bad bodies with a 400 naming the field, and unknown ids with a 404', async () => {
    const cases: Array<[string, string, unknown, RegExp]> = [
      ['POST', '/Category.json', { parentID: 1 }, /^name: is required/],
      ['POST', '/Category.json', { name: '  ' }, /^name: must not be empty/],
      ['POST', '/Category.json', { name: 'X', parentID: 'abc' }, /^parentID: must be a whole number/],
      ['PUT', '/Category/2.json', { name: 42 }, /^name: must be text/],
      ['PUT', '/Category/2.json', '{"name": "unfinished', /not valid JSON/],
      ['PUT', '/Category/2.json', '[1, 2]', /must be a JSON object/],
    ];
    for (const [method, path, body, message] of cases) {
      const answer = await send(sandbox, method, path, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(String(answer.body.message)).toMatch(message);
    }
    expect((await send(sandbox, 'PUT', '/Category/999.json', { name: 'X' })).status).toBe(404);
    expect((await send(sandbox, 'DELETE', '/Category/999.json')).status).toBe(404);
  });
});
