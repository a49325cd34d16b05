import { describe, expect, it } from 'vitest';

import { READ_BACK_REASONS as REASONS } from '../../utils/i18n/said/jobs.ts';
import { judgeAfter, judgeBefore, judgeSyncAfter } from '../../utils/jobs/read-back.ts';
import type { EcomCategory, Operation } from '../../utils/sync/model.ts';
import { ecomCategory } from './support/store-builders.ts';

const store = (...categories: EcomCategory[]) => new Map(categories.map((category) => [category.id, category]));
const noParents = () => undefined;

describe('what eCom holds now says of an item', () => {
  it('before a job: as wanted already is skipped with a reason, gone is skipped, the rest is to do', () => {
    expect(judgeBefore(true, true)).toEqual({ state: 'skipped', reason: REASONS.alreadyEnabled });
    expect(judgeBefore(false, false)).toEqual({ state: 'skipped', reason: REASONS.alreadyDisabled });
    expect(judgeBefore(null, true)).toEqual({ state: 'skipped', reason: REASONS.gone });
    expect(judgeBefore(false, true)).toEqual({ state: 'pending' });
  });

  it('after a lost batch: as wanted is done, not as wanted is sent again, gone is skipped', () => {
    expect(judgeAfter(true, true)).toEqual({ state: 'done' });
    expect(judgeAfter(true, false)).toEqual({ state: 'pending' });
    expect(judgeAfter(undefined, false)).toEqual({ state: 'skipped', reason: REASONS.gone });
  });

  it('finds a created category by its Retail reference, or by its name under its parent', () => {
    const create: Operation = {
      kind: 'create-category',
      retailId: 7,
      name: 'Bottes ',
      parentRetailId: 3,
      orderBy: 10,
      productIds: [],
    };
    expect(
      judgeSyncAfter(create, store(ecomCategory(40, { externalReferenceId: '7', parentId: 99 })), noParents),
    ).toEqual({ state: 'done', ecomId: 40 });
    expect(
      judgeSyncAfter(create, store(ecomCategory(41, { name: 'Bottes', parentId: 30 })), (id) =>
        id === 3 ? 30 : undefined,
      ),
    ).toEqual({ state: 'done', ecomId: 41 });
    // Same name elsewhere, or linked to another Retail category: not this one.
    expect(
      judgeSyncAfter(
        create,
        store(
          ecomCategory(42, { name: 'Bottes', parentId: 31 }),
          ecomCategory(43, { name: 'Bottes', parentId: 30, externalReferenceId: '8' }),
        ),
        () => 30,
      ),
    ).toEqual({ state: 'pending' });
  });

  it('compares an update’s fields, a reorder’s order and a product move’s products', () => {
    const vestes = ecomCategory(5, { name: 'Manteaux', parentId: 0, orderBy: 20, productIds: [1, 2] });
    expect(
      judgeSyncAfter(
        { kind: 'update-category', ecomId: 5, retailId: 9, changes: { name: 'Manteaux', orderBy: 20 } },
        store(vestes),
        noParents,
      ),
    ).toEqual({ state: 'done' });
    expect(
      judgeSyncAfter(
        { kind: 'update-category', ecomId: 5, retailId: 9, changes: { parentId: 8 } },
        store(vestes),
        noParents,
      ),
    ).toEqual({ state: 'pending' });
    expect(
      judgeSyncAfter(
        { kind: 'update-category', ecomId: 6, retailId: 9, changes: { name: 'X' } },
        store(vestes),
        noParents,
      ),
    ).toEqual({ state: 'skipped', reason: REASONS.gone });

    const a = ecomCategory(1, { orderBy: 10 });
    const b = ecomCategory(2, { orderBy: 30 });
    const sorted: Operation = {
      kind: 'order-categories',
      parentId: 0,
      sortable: true,
      orderBy: [
        { ecomId: 2, orderBy: 10 },
        { ecomId: 1, orderBy: 20 },
      ],
    };
    expect(judgeSyncAfter(sorted, store(a, b), noParents)).toEqual({ state: 'pending' });
    expect(judgeSyncAfter(sorted, store({ ...a, orderBy: 20 }, { ...b, orderBy: 10 }), noParents)).toEqual({
      state: 'done',
    });

    expect(
      judgeSyncAfter({ kind: 'assign-products', ecomId: 5, productIds: [1, 2] }, store(vestes), noParents),
    ).toEqual({ state: 'done' });
    expect(judgeSyncAfter({ kind: 'unassign-products', ecomId: 5, productIds: [2] }, store(vestes), noParents)).toEqual(
      { state: 'pending' },
    );
  });
});
