import { loadCategoryStates, loadEcom, loadRetail, saveStates } from '../db/cache.ts';
import type { Db } from '../db/open.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { CodedError } from '../i18n/said.ts';
import {
  CHOICE_ECOM_GONE,
  CHOICE_NEEDS_RETAIL,
  CHOICE_NOT_LIGHTSPEEDS,
  CHOICE_NOT_OPEN,
  CHOICE_RETAIL_GONE,
  choiceRetailTaken,
} from '../i18n/said/link-choices.ts';
import { isLightspeeds } from '../sync/category-kind.ts';
import { withChoice } from '../sync/history.ts';
import { choiceKind } from '../sync/link-choice-kind.ts';
import { NO_RETAIL } from '../sync/model.ts';
import { plan } from '../sync/plan.ts';
import { summarize, type Summary } from '../sync/summary.ts';

export type ChoiceRefusal =
  'needs-retail' | 'ecom-gone' | 'not-lightspeeds' | 'not-open' | 'retail-gone' | 'retail-taken';

/**
 * The merchant settles which Retail category an eCom category is the copy of (`retailId`), says it is the copy
 * of none (NO_RETAIL), or forgets their choice (null): checked against the last read, remembered in History, and
 * every status decided again from the cached records at once (no store is read or written), so the overlay shows
 * the result offline too. Sync Lens's own data only: nothing is sent to eCom or Retail.
 */
export async function settleLink(db: Db, ecomId: number, retailId: number | null): Promise<Summary> {
  const [retail, ecom, states, history] = await Promise.all([
    loadRetail(db),
    loadEcom(db),
    loadCategoryStates(db),
    getMeta(db, 'history'),
  ]);
  if (retail.categories.length === 0) throw new CodedError<ChoiceRefusal>('needs-retail', CHOICE_NEEDS_RETAIL);
  const category = ecom.categories.find((c) => c.id === ecomId);
  const state = states.find((s) => s.ecomId === ecomId);
  if (!category || !state) throw new CodedError<ChoiceRefusal>('ecom-gone', CHOICE_ECOM_GONE);
  if (retailId !== null) {
    if (!isLightspeeds(category)) throw new CodedError<ChoiceRefusal>('not-lightspeeds', CHOICE_NOT_LIGHTSPEEDS);
    if (choiceKind(state) === null) throw new CodedError<ChoiceRefusal>('not-open', CHOICE_NOT_OPEN);
  }
  if (retailId !== null && retailId !== NO_RETAIL) {
    const retailState = states.find((s) => s.retailId === retailId);
    if (!retail.categories.some((c) => c.id === retailId) || !retailState) {
      throw new CodedError<ChoiceRefusal>('retail-gone', CHOICE_RETAIL_GONE);
    }
    if (retailState.ecomId !== null && retailState.ecomId !== ecomId) {
      const copy = ecom.categories.find((c) => c.id === retailState.ecomId);
      throw new CodedError<ChoiceRefusal>('retail-taken', choiceRetailTaken(retailState.path, copy?.name ?? ''));
    }
  }
  const settled = withChoice(history ?? { categories: {} }, ecomId, retailId);
  const verdicts = plan(retail, ecom, settled);
  const summary = summarize(verdicts.categories, verdicts.products);
  await setMeta(db, 'history', settled);
  await saveStates(db, verdicts);
  await setMeta(db, 'summary', summary);
  return summary;
}
