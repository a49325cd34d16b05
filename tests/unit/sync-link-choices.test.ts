import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { withChoice } from '../../utils/sync/history.ts';
import { LINK_HOWS, NO_RETAIL, type EcomSnapshot, type History } from '../../utils/sync/model.ts';
import { plan } from '../../utils/sync/plan.ts';
import { addCategories, ecomCategory, emptyHistory, retailStore } from './support/store-builders.ts';

/**
 * What evidence cannot settle, the merchant does (issue 11, utils/sync/linker.ts step 0): their choice wins over
 * every other evidence, "none" takes a category out of every tie, and undoing it gives the evidence back its say.
 */

/** One Retail "Vestes", and two Lightspeed categories of that name that nothing tells apart. */
function twins(): { retail: ReturnType<typeof retailStore>; ecom: EcomSnapshot } {
  return {
    retail: retailStore([{ id: 3, name: 'Vestes' }]),
    ecom: addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED' }),
      ecomCategory(2002, { name: 'Vestes', origin: 'LIGHTSPEED', orderBy: 20 }),
    ),
  };
}

const stateOf = (result: ReturnType<typeof plan>, ecomId: number) => result.categories.find((s) => s.ecomId === ecomId);

/** Retail's "Vestes" (3) and "Manteaux" (4), and their Lightspeed copies 2001 and 2002, with Retail ids or none. */
function vestesAndManteaux({ withIds }: { withIds: boolean }) {
  return {
    retail: retailStore([
      { id: 3, name: 'Vestes' },
      { id: 4, name: 'Manteaux' },
    ]),
    ecom: addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED', externalReferenceId: withIds ? '3' : null }),
      ecomCategory(2002, {
        name: 'Manteaux',
        origin: 'LIGHTSPEED',
        externalReferenceId: withIds ? '4' : null,
        orderBy: 20,
      }),
    ),
  };
}

/** A history that remembers these category links (eCom id, Retail id) from an earlier read. */
function rememberedCategories(...pairs: Array<[number, number]>): History {
  return {
    ...emptyHistory(),
    links: {
      categories: { ecomIds: pairs.map(([e]) => e), retailIds: pairs.map(([, r]) => r) },
      products: { ecomIds: [], retailIds: [] },
    },
  };
}

describe('the merchant’s choice of a category’s Retail counterpart', () => {
  it('settles a tie: the chosen pair is linked as chosen, the other copy is no longer a candidate', () => {
    const { retail, ecom } = twins();
    const result = plan(retail, ecom, withChoice(emptyHistory(), 2002, 3));
    expect(stateOf(result, 2002)).toMatchObject({ retailId: 3, status: 'new', link: 'chosen' });
    expect(stateOf(result, 2001)).toMatchObject({ retailId: null, status: 'orphaned' });
    expect(stateOf(result, 2001)?.candidates).toBeUndefined();
    expect(result.categories.filter((s) => s.status === 'ambiguous')).toEqual([]);
    expect(result.operations.filter((o) => o.kind === 'create-category')).toEqual([]);
  });

  it('wins over the id eCom keeps', () => {
    const { retail, ecom } = vestesAndManteaux({ withIds: true });
    // The merchant says the two were swapped.
    const result = plan(retail, ecom, withChoice(withChoice(emptyHistory(), 2001, 4), 2002, 3));
    expect(stateOf(result, 2001)).toMatchObject({ retailId: 4, link: 'chosen' });
    expect(stateOf(result, 2002)).toMatchObject({ retailId: 3, link: 'chosen' });
  });

  it('wins over a link remembered from an earlier read, where ids are not there to decide', () => {
    const { retail, ecom } = vestesAndManteaux({ withIds: false });
    const remembered = rememberedCategories([2001, 3], [2002, 4]);
    expect(stateOf(plan(retail, ecom, remembered), 2001)).toMatchObject({ retailId: 3, link: 'remembered' });
    const swapped = withChoice(withChoice(remembered, 2001, 4), 2002, 3);
    const result = plan(retail, ecom, swapped);
    expect(stateOf(result, 2001)).toMatchObject({ retailId: 4, link: 'chosen' });
    expect(stateOf(result, 2002)).toMatchObject({ retailId: 3, link: 'chosen' });
  });

  it('"none" takes a category out of every tie: the Retail category counts as not in eCom yet', () => {
    const { retail, ecom } = twins();
    const history = withChoice(withChoice(emptyHistory(), 2001, NO_RETAIL), 2002, NO_RETAIL);
    const result = plan(retail, ecom, history);
    expect(stateOf(result, 2001)).toMatchObject({ status: 'orphaned', noRetail: true });
    expect(stateOf(result, 2002)).toMatchObject({ status: 'orphaned', noRetail: true });
    expect(result.categories.find((s) => s.retailId === 3)).toMatchObject({ ecomId: null, status: 'pending' });
    // What the merchant said is what a sync then does: Retail's category gets its own copy.
    expect(result.operations).toContainEqual(expect.objectContaining({ kind: 'create-category', retailId: 3 }));
  });

  it('"none" outranks the id the category carries', () => {
    const retail = retailStore([{ id: 3, name: 'Vestes' }]);
    const ecom = addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED', externalReferenceId: '3' }),
    );
    const result = plan(retail, ecom, withChoice(emptyHistory(), 2001, NO_RETAIL));
    expect(stateOf(result, 2001)).toMatchObject({ retailId: null, noRetail: true });
  });

  it('is no evidence once it names a Retail category that is gone: the evidence decides again', () => {
    const { retail, ecom } = twins();
    const result = plan(retail, ecom, withChoice(emptyHistory(), 2002, 99));
    expect(stateOf(result, 2002)).toMatchObject({ status: 'ambiguous', candidates: [3] });
  });

  it('undone, gives the evidence back its say, including over the link the choice itself had made remembered', () => {
    const { retail, ecom } = twins();
    const chosen = withChoice(emptyHistory(), 2002, 3);
    const afterRead: History = { ...chosen, links: plan(retail, ecom, chosen).links! };
    expect(afterRead.links!.categories).toEqual({
      ecomIds: [2002],
      retailIds: [3],
      hows: [LINK_HOWS.indexOf('chosen')],
    });
    const undone = withChoice(afterRead, 2002, null);
    expect(undone.choices).toBeUndefined();
    expect(undone.links!.categories).toEqual({ ecomIds: [], retailIds: [], hows: [] });
    expect(stateOf(plan(retail, ecom, undone), 2002)).toMatchObject({ status: 'ambiguous' });
  });

  it('keeps, read after read, the evidence that first made a link', () => {
    const retail = retailStore([{ id: 3, name: 'Vestes' }]);
    const ecom = addCategories(
      { categories: [], products: [] },
      ecomCategory(2001, { name: 'Vestes', origin: 'LIGHTSPEED' }),
    );
    const first = plan(retail, ecom, emptyHistory());
    expect(stateOf(first, 2001)).toMatchObject({ link: 'path' });
    const second = plan(retail, ecom, { ...emptyHistory(), links: first.links! });
    expect(stateOf(second, 2001)).toMatchObject({ link: 'remembered', firstLink: 'path' });
    const third = plan(retail, ecom, { ...emptyHistory(), links: second.links! });
    expect(stateOf(third, 2001)).toMatchObject({ link: 'remembered', firstLink: 'path' });
    // A cache written before the evidence was kept still reads, as plainly remembered.
    const { hows: _hows, ...older } = second.links!.categories;
    const fourth = plan(retail, ecom, { ...emptyHistory(), links: { ...second.links!, categories: older } });
    expect(stateOf(fourth, 2001)?.firstLink).toBeUndefined();
  });

  it('lets ids alone decide where Lightspeed writes them: memory neither outranks an id nor is kept', () => {
    const { retail, ecom } = vestesAndManteaux({ withIds: true });
    const result = plan(retail, ecom, rememberedCategories([2001, 4], [2002, 3]));
    expect(stateOf(result, 2001)).toMatchObject({ retailId: 3, link: 'id' });
    expect(stateOf(result, 2002)).toMatchObject({ retailId: 4, link: 'id' });
    expect(result.links!.categories.ecomIds).toEqual([]);
  });

  it('keeps one choice per eCom category and one eCom category per Retail category', () => {
    let history = withChoice(emptyHistory(), 2001, 3);
    history = withChoice(history, 2001, 4);
    expect(history.choices).toEqual({ ecomIds: [2001], retailIds: [4] });
    history = withChoice(history, 2002, 4);
    expect(history.choices).toEqual({ ecomIds: [2002], retailIds: [4] });
    history = withChoice(withChoice(history, 2003, NO_RETAIL), 2004, NO_RETAIL);
    expect(history.choices).toEqual({ ecomIds: [2002, 2003, 2004], retailIds: [4, 0, 0] });
  });

  it('always wins, on random choices over a random tie', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (copies, picks) => {
          const retail = retailStore([
            { id: 3, name: 'Vestes' },
            { id: 4, name: 'Vestes' },
          ]);
          const ecom = addCategories(
            { categories: [], products: [] },
            ...Array.from({ length: copies }, (_, i) =>
              ecomCategory(2001 + i, { name: 'Vestes', origin: 'LIGHTSPEED', orderBy: 10 * (i + 1) }),
            ),
          );
          let history = emptyHistory();
          for (const [e, r] of picks) history = withChoice(history, 2001 + (e % copies), [3, 4, NO_RETAIL][r % 3]!);
          const result = plan(retail, ecom, history);
          const choices = history.choices ?? { ecomIds: [], retailIds: [] };
          for (let i = 0; i < choices.ecomIds.length; i++) {
            const state = stateOf(result, choices.ecomIds[i]!)!;
            if (choices.retailIds[i] === NO_RETAIL) expect(state).toMatchObject({ retailId: null, noRetail: true });
            else expect(state).toMatchObject({ retailId: choices.retailIds[i], link: 'chosen' });
          }
          // Never a create while a Lightspeed "Vestes" nobody settled could still be the copy.
          const open = result.categories.some((s) => s.ecomId !== null && s.retailId === null && !s.noRetail);
          if (open) expect(result.operations.some((o) => o.kind === 'create-category')).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});
