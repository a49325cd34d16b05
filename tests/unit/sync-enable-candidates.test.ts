import { describe, expect, it } from 'vitest';

import { enableCandidates } from '../../utils/sync/enable-candidates.ts';
import { plan } from '../../utils/sync/plan.ts';
import {
  addCategories,
  ecomCategory,
  ecomIdOf,
  editCategory,
  historyOf,
  onlineOnly,
  removeCategory,
  retailStore,
  syncedEcom,
} from './support/store-builders.ts';

const retail = retailStore([
  { id: 1, name: 'New' },
  { id: 2, name: 'Live' },
  { id: 3, name: 'Merchant-disabled' },
  { id: 4, name: 'New but drifting' },
  { id: 5, name: 'Pending' },
]);
let ecom = removeCategory(syncedEcom(retail), ecomIdOf(5));
ecom = editCategory(ecom, ecomIdOf(2), { enabled: true });
ecom = editCategory(ecom, ecomIdOf(4), { name: 'Renamed in eCom' });
ecom = addCategories(ecom, onlineOnly(70), ecomCategory(71, { origin: 'LIGHTSPEED', externalReferenceId: '99' }));
const result = plan(retail, ecom, historyOf({ [ecomIdOf(3)]: true }));

describe('enableCandidates: the default selection of "enable new categories"', () => {
  it('selects every never-enabled synced category in eCom, drifting ones included; says why it skips the rest', () => {
    const { selected, skipped } = enableCandidates(result);
    expect(selected.map((s) => s.ecomId)).toEqual([ecomIdOf(1), ecomIdOf(4)]);
    expect(skipped.map(({ state, reason }) => [state.retailId ?? state.ecomId, reason])).toEqual([
      [2, 'already-live'],
      [3, 'merchant-disabled'],
      [5, 'not-in-ecom'],
      [70, 'online-only'],
      [71, 'orphaned'],
    ]);
  });

  it('takes a merchant-disabled category only when named, and nothing else by name', () => {
    const { selected } = enableCandidates(result, { include: [ecomIdOf(3), ecomIdOf(2), 70, 71] });
    expect(selected.map((s) => s.ecomId)).toEqual([ecomIdOf(1), ecomIdOf(3), ecomIdOf(4)]);
  });
});
