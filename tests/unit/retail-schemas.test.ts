import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { checkAnswer } from '../../utils/http/validate.ts';
import { CategoryPage, ItemPage } from '../../utils/retail/schemas.ts';
import { wireCategory, wireItem } from './support/retail-wire.ts';

describe('R-Series categories', () => {
  it('become the engine RetailCategory', () => {
    const page = v.parse(CategoryPage, {
      '@attributes': { count: '1' },
      Category: wireCategory(4, {
        parentID: '1',
        nodeDepth: '1',
        fullPathName: 'Vestes/Blousons',
        leftNode: '2',
        rightNode: '3',
      }),
    });
    expect(page.records).toEqual([
      {
        id: 4,
        name: 'Category 4',
        parentId: 1,
        leftNode: 2,
        rightNode: 3,
        depth: 1,
        fullPath: 'Vestes/Blousons',
        updatedAt: '2026-01-06T09:10:00+00:00',
      },
    ]);
  });

  it('report the field at fault with its index', () => {
    const categories = [1, 2, 3, 4].map((id) => wireCategory(id));
    categories[3] = wireCategory(4, { parentID: 'none' });
    expect(checkAnswer(CategoryPage, { Category: categories })).toEqual({
      ok: false,
      problem: 'Category[3].parentID: expected a number as a string',
    });
  });

  it('report a missing field as such', () => {
    const { timeStamp: _dropped, ...noTime } = wireCategory(1);
    const result = checkAnswer(CategoryPage, { Category: [noTime] });
    expect(result.ok).toBe(false);
    expect(result).toEqual({ ok: false, problem: 'Category[0].timeStamp: missing' });
  });
});

describe('R-Series items', () => {
  it('become the engine RetailItem, named by their description, with the custom SKU', () => {
    const page = v.parse(ItemPage, { Item: wireItem() });
    expect(page.records).toEqual([
      {
        id: 42,
        name: 'Veste en jean',
        sku: 'VES-01',
        codes: ['VES-01', '210000000042'],
        categoryId: 12,
        publishToEcom: true,
        archived: false,
        updatedAt: '2026-02-01T10:00:00+00:00',
      },
    ]);
  });

  it('fall back to the system SKU when there is no custom one', () => {
    expect(v.parse(ItemPage, { Item: wireItem({ customSku: '' }) }).records[0]?.sku).toBe('210000000042');
    expect(v.parse(ItemPage, { Item: wireItem({ customSku: undefined }) }).records[0]?.sku).toBe('210000000042');
  });

  it('keep every code the item is known by, bar codes too, each once and none empty', () => {
    const item = v.parse(ItemPage, {
      Item: wireItem({ customSku: ' VES-01 ', upc: '012345678905', ean: '', systemSku: '210000000042' }),
    }).records[0];
    expect(item?.codes).toEqual(['VES-01', '210000000042', '012345678905']);
    const same = v.parse(ItemPage, { Item: wireItem({ customSku: '210000000042', upc: undefined }) }).records[0];
    expect(same?.codes).toEqual(['210000000042']);
  });

  it('read "0" as no category and archived as a boolean', () => {
    const item = v.parse(ItemPage, { Item: [wireItem({ categoryID: '0', archived: 'true' })] }).records[0];
    expect(item).toMatchObject({ categoryId: 0, archived: true });
  });
});
