import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyOperations } from '../../utils/sync/apply.ts';
import type { EcomCategory, EcomSnapshot, Operation, RetailSnapshot } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import { allocateTestId, type Store, storeWithRetailIds } from './support/arbitrary-stores.ts';

/** Properties of the planner over random stores (see support/arbitrary-stores.ts). */

const RUNS = { numRuns: 300 };

const isOnlineOnly = (c: EcomCategory) => c.origin !== 'LIGHTSPEED' && c.externalReferenceId === null;
/** Categories that name a Retail category: membership of Retail products follows Retail in them. */
const namesRetail = (c: EcomCategory) => c.externalReferenceId !== null;

function synced(ecom: EcomSnapshot, retail: RetailSnapshot): Map<number, EcomCategory> {
  // Retail id → its eCom copy: the exact reference, lowest eCom id first (the planner's documented rule).
  const retailIds = new Set(retail.categories.map((c) => c.id));
  const copies = new Map<number, EcomCategory>();
  for (const c of [...ecom.categories].sort((a, b) => a.id - b.id)) {
    const id = Number(c.externalReferenceId);
    if (c.externalReferenceId === String(id) && retailIds.has(id) && !copies.has(id)) copies.set(id, c);
  }
  return copies;
}

function afterPlan({ retail, ecom, history }: Store): EcomSnapshot {
  return applyOperations(ecom, plan(retail, ecom, history).operations, allocateTestId);
}

describe('plan over random stores', () => {
  it('(1) idempotence: applying the plan, then planning again, gives no operation', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const after = afterPlan(store);
        expect(plan(store.retail, after, store.history).operations).toEqual([]);
      }),
      RUNS,
    );
  });

  it('(2) online-only categories and every eCom-owned field come out unchanged', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const after = afterPlan(store);
        const byId = new Map(after.categories.map((c) => [c.id, c]));
        for (const before of store.ecom.categories) {
          const now = byId.get(before.id);
          expect(now, `category ${before.id} still there`).toBeDefined();
          if (isOnlineOnly(before)) {
            expect(now).toEqual(before);
            continue;
          }
          const { enabled, description, imageUrl, origin, externalReferenceId } = before;
          expect(now).toMatchObject({ enabled, description, imageUrl, origin, externalReferenceId });
        }
        // Products: only their memberships move, never out of (or into) a category that names no Retail one.
        const onlineOnlyIds = new Set(store.ecom.categories.filter((c) => !namesRetail(c)).map((c) => c.id));
        after.products.forEach((now, i) => {
          const before = store.ecom.products[i]!;
          const { categoryIds: _c, defaultCategoryId: _d, ...fields } = before;
          expect(now).toMatchObject(fields);
          const kept = (p: typeof before) => p.categoryIds.filter((id) => onlineOnlyIds.has(id));
          expect(kept(now)).toEqual(kept(before));
        });
      }),
      RUNS,
    );
  });

  it("(3) synced siblings come out in Retail's order, numbered 10, 20, 30…, under their Retail parent", () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const after = afterPlan(store);
        const copies = synced(after, store.retail);
        expect(copies.size).toBe(store.retail.categories.length);
        const inOrder = [...store.retail.categories].sort((a, b) => a.leftNode - b.leftNode);
        const siblings = new Map<number, number[]>();
        for (const c of inOrder) siblings.set(c.parentId, [...(siblings.get(c.parentId) ?? []), c.id]);
        for (const [parentRetailId, retailIds] of siblings) {
          const parentEcomId = parentRetailId === 0 ? 0 : copies.get(parentRetailId)!.id;
          const ecomSiblings = [...copies.entries()]
            .filter(([, c]) => c.parentId === parentEcomId)
            .sort(([, a], [, b]) => a.orderBy - b.orderBy || a.id - b.id);
          expect(ecomSiblings.map(([retailId]) => retailId)).toEqual(retailIds);
          expect(ecomSiblings.map(([, c]) => c.orderBy)).toEqual(retailIds.map((_, i) => (i + 1) * 10));
        }
      }),
      RUNS,
    );
  });

  it('(4) every category the plan creates is disabled, made by Lightspeed, linked to its Retail category', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const after = afterPlan(store);
        const existing = new Set(store.ecom.categories.map((c) => c.id));
        const created = after.categories.filter((c) => !existing.has(c.id));
        const { operations } = plan(store.retail, store.ecom, store.history);
        const creates = operations.filter((o) => o.kind === 'create-category');
        expect(created).toHaveLength(creates.length);
        for (const c of created) {
          expect(c).toMatchObject({ enabled: false, origin: 'LIGHTSPEED', description: '', imageUrl: '' });
          expect(c.id).toBe(allocateTestId(Number(c.externalReferenceId)));
        }
      }),
      RUNS,
    );
  });

  it('(5) the plan is deterministic, and its operations do not depend on the order records are listed in', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), fc.integer(), ({ retail, ecom, history }, seed) => {
        const first = plan(retail, ecom, history);
        expect(plan(structuredClone(retail), structuredClone(ecom), structuredClone(history))).toEqual(first);
        const shuffle = <T>(list: T[]) =>
          list
            .map((value, i) => ({ value, key: Math.imul(i + 1, 2654435761 ^ seed) >>> 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ value }) => value);
        const shuffled = plan(
          { categories: shuffle(retail.categories), items: shuffle(retail.items) },
          { categories: shuffle(ecom.categories), products: shuffle(ecom.products) },
          history,
        );
        expect(shuffled.operations).toEqual(first.operations);
        const key = (s: { retailId: number | null; ecomId: number | null }) => `${s.retailId}/${s.ecomId}`;
        expect(shuffled.categories.map(key).sort()).toEqual(first.categories.map(key).sort());
        expect(shuffled.products.map(key).sort()).toEqual(first.products.map(key).sort());
      }),
      RUNS,
    );
  });

  it('(6) after the plan is applied, no category is pending or drifting, and no product misplaced', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const again = plan(store.retail, afterPlan(store), store.history);
        expect(again.categories.filter((s) => s.status === 'pending' || s.status === 'drift')).toEqual([]);
        const misplaced = again.products.filter((p) =>
          p.issues.some((i) => i === 'extra-retail-category' || i === 'missing-retail-category'),
        );
        expect(misplaced).toEqual([]);
      }),
      RUNS,
    );
  });

  it("(7) membership follows Retail: a synced item's products sit in just its category among those naming one", () => {
    fc.assert(
      fc.property(storeWithRetailIds(), (store) => {
        const after = afterPlan(store);
        const copies = synced(after, store.retail);
        const retailMade = new Set(after.categories.filter(namesRetail).map((c) => c.id));
        const items = new Map(store.retail.items.map((i) => [String(i.id), i]));
        for (const p of after.products) {
          const it = p.externalReferenceId === null ? undefined : items.get(p.externalReferenceId);
          if (!it || it.archived || !it.publishToEcom) continue;
          const expected = it.categoryId === 0 ? [] : [copies.get(it.categoryId)!.id];
          expect(p.categoryIds.filter((id) => retailMade.has(id))).toEqual(expected);
        }
      }),
      RUNS,
    );
  });

  it('(8) operations never name an online-only category and never delete; the plan has a state for everything', () => {
    fc.assert(
      fc.property(storeWithRetailIds(), ({ retail, ecom, history }) => {
        const result = plan(retail, ecom, history);
        const onlineOnlyIds = new Set(ecom.categories.filter(isOnlineOnly).map((c) => c.id));
        const named = (op: Operation): number[] =>
          op.kind === 'order-categories'
            ? [op.parentId, ...op.orderBy.map((o) => o.ecomId)]
            : op.kind === 'update-category'
              ? [op.ecomId, op.changes.parentId ?? 0]
              : op.kind === 'create-category'
                ? []
                : [op.ecomId];
        for (const op of result.operations) {
          for (const id of named(op)) expect(onlineOnlyIds.has(id), JSON.stringify(op)).toBe(false);
        }
        expect(result.categories).toHaveLength(
          retail.categories.length + ecom.categories.length - synced(ecom, retail).size,
        );
        const pendingItems = retail.items.filter(
          (i) => i.publishToEcom && !i.archived && !ecom.products.some((p) => p.externalReferenceId === String(i.id)),
        );
        expect(result.products).toHaveLength(ecom.products.length + pendingItems.length);
      }),
      RUNS,
    );
  });
});
