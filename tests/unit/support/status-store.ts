import { plan } from '../../../utils/sync/plan.ts';
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
} from './store-builders.ts';

/**
 * A store with a category of every kind the planner tells apart, by Retail id (eCom id for the last two): 1 new,
 * 2 live, 3 disabled by the merchant, 4 new and drifting, 5 pending, 6 live and drifting, 70 online-only,
 * 71 orphaned. Planned, so the statuses are the engine's own.
 */
export function planOfEveryStatus() {
  const retail = retailStore([
    { id: 1, name: 'New' },
    { id: 2, name: 'Live' },
    { id: 3, name: 'Merchant-disabled' },
    { id: 4, name: 'New but drifting' },
    { id: 5, name: 'Pending' },
    { id: 6, name: 'Live but drifting' },
  ]);
  let ecom = removeCategory(syncedEcom(retail), ecomIdOf(5));
  ecom = editCategory(ecom, ecomIdOf(2), { enabled: true });
  ecom = editCategory(ecom, ecomIdOf(4), { name: 'Renamed in eCom' });
  ecom = editCategory(ecom, ecomIdOf(6), { name: 'Renamed too', enabled: true });
  ecom = addCategories(ecom, onlineOnly(70), ecomCategory(71, { origin: 'LIGHTSPEED', externalReferenceId: '99' }));
  return plan(retail, ecom, historyOf({ [ecomIdOf(3)]: true, [ecomIdOf(6)]: true }));
}
