import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { BatchStatusAnswer, CategoryList, ProductList } from '../../utils/ecom/schemas.ts';
import { ecwidTimeToIso } from '../../utils/ecom/wire-time.ts';
import { checkAnswer } from '../../utils/http/validate.ts';

describe('eCom categories', () => {
  it('default what Ecwid leaves out: parentId 0, origin null, no product ids', () => {
    const list = v.parse(CategoryList, {
      total: 1,
      count: 1,
      offset: 0,
      limit: 100,
      items: [{ id: 5, orderBy: 10, name: 'Vestes', enabled: false }],
    });
    expect(list.items).toEqual([
      {
        id: 5,
        parentId: 0,
        orderBy: 10,
        name: 'Vestes',
        enabled: false,
        description: '',
        imageUrl: '',
        origin: null,
        externalReferenceId: null,
        productIds: [],
      },
    ]);
  });

  it('keep origin LIGHTSPEED and the external reference as text', () => {
    const list = v.parse(CategoryList, {
      total: 1,
      items: [
        {
          id: 5,
          parentId: 2,
          orderBy: 20,
          name: 'Jeans',
          enabled: true,
          origin: 'LIGHTSPEED',
          externalReferenceId: 7,
          productIds: [1, 2],
        },
      ],
    });
    expect(list.items[0]).toMatchObject({
      parentId: 2,
      origin: 'LIGHTSPEED',
      externalReferenceId: '7',
      productIds: [1, 2],
    });
  });

  it('treat any other origin as none', () => {
    const list = v.parse(CategoryList, {
      total: 1,
      items: [{ id: 5, orderBy: 1, name: 'x', enabled: true, origin: 'SOMETHING_ELSE' }],
    });
    expect(list.items[0]?.origin).toBeNull();
  });

  it('name the field at fault', () => {
    const items = [
      { id: 1, orderBy: 10, name: 'a', enabled: true },
      { id: 2, orderBy: 20, name: 'b', enabled: 'yes' },
    ];
    expect(checkAnswer(CategoryList, { total: 2, items })).toEqual({
      ok: false,
      problem: 'items[1].enabled: expected true or false',
    });
    expect(checkAnswer(CategoryList, { items })).toEqual({ ok: false, problem: 'total: missing' });
  });
});

describe('eCom products', () => {
  const product = { id: 7001, name: 'Veste', sku: 'V-1', enabled: true, categoryIds: [501], defaultCategoryId: 501 };

  it('read the update time in Ecwid format, ISO 8601, or unix seconds', () => {
    const read = (fields: Record<string, unknown>) =>
      v.parse(ProductList, { total: 1, items: [{ ...product, ...fields }] }).items[0]?.updatedAt;
    expect(read({ updated: '2026-09-29 10:50:45 +0000' })).toBe('2026-09-29T10:50:45.000Z');
    expect(read({ updated: '2026-09-29 12:50:45 +0200' })).toBe('2026-09-29T10:50:45.000Z');
    expect(read({ updated: '2026-09-29T10:50:45.123Z' })).toBe('2026-09-29T10:50:45.123Z');
    expect(read({ updateTimestamp: 1790506245 })).toBe('2026-09-27T10:50:45.000Z');
  });

  it('default a product in no category to none, shown on the Store front page', () => {
    const list = v.parse(ProductList, {
      total: 1,
      items: [{ id: 1, name: 'x', enabled: false, updated: '2026-01-01T00:00:00Z' }],
    });
    expect(list.items[0]).toEqual({
      id: 1,
      name: 'x',
      sku: '',
      enabled: false,
      categoryIds: [],
      defaultCategoryId: 0,
      externalReferenceId: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('refuse a product with no update time, naming the field', () => {
    expect(checkAnswer(ProductList, { total: 1, items: [product] })).toEqual({
      ok: false,
      problem: 'items[0].updated: expected a time in updated or updateTimestamp',
    });
  });
});

describe('eCom batch status', () => {
  it('reads each request result, parsing a body sent as text', () => {
    const status = v.parse(BatchStatusAnswer, {
      status: 'COMPLETED',
      totalRequests: 2,
      completedRequests: 2,
      requests: [
        { id: 'a', status: 'COMPLETED', httpStatusCode: 200, httpBody: { updateCount: 1 } },
        { id: 2, status: 'FAILED', httpStatusCode: 404, escapedHttpBody: '{"errorMessage":"gone"}' },
        { id: 'c', status: 'NOT_EXECUTED' },
      ],
    });
    expect(status.requests).toEqual([
      { id: 'a', status: 'COMPLETED', httpStatusCode: 200, body: { updateCount: 1 } },
      { id: '2', status: 'FAILED', httpStatusCode: 404, body: { errorMessage: 'gone' } },
      { id: 'c', status: 'NOT_EXECUTED', httpStatusCode: 0, body: null },
    ]);
  });
});

describe('ecwidTimeToIso', () => {
  it('gives null for what is not a time', () => {
    expect(ecwidTimeToIso('yesterday')).toBeNull();
  });
});
