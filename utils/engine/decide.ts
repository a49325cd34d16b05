import { saveStates } from '../db/cache.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { ecomOnlyStates } from '../sync/ecom-only.ts';
import { rememberCategories } from '../sync/history.ts';
import type { EcomSnapshot, History, Operation, RetailSnapshot } from '../sync/model.ts';
import { plan } from '../sync/plan.ts';
import { summarize, type Summary } from '../sync/summary.ts';
import type { EngineDeps } from './ports.ts';

const EMPTY_HISTORY: History = { categories: {} };

export interface Decided {
  summary: Summary;
  operations: Operation[];
}

/**
 * Decides every category's and product's status from what is known of both stores, and keeps it all: the states,
 * the summary, the memory of categories and links. Shared by a read of both stores and by the read after a job,
 * which takes Retail from the cache.
 *
 * `complete` false: eCom may have records the read did not see. A category missing from an incomplete read is not
 * missing from eCom: a sync planned from it would create it a second time, move its children or edit another copy
 * of it. Statuses are shown; nothing is planned, and the memory forgets nothing.
 */
export async function decideAndKeep(
  deps: EngineDeps,
  stores: { retail: RetailSnapshot | null; ecom: EcomSnapshot; complete: boolean; readAt: string },
): Promise<Decided> {
  const { db } = deps;
  const { retail, ecom, complete, readAt } = stores;
  const history = rememberCategories((await getMeta(db, 'history')) ?? EMPTY_HISTORY, ecom, readAt, { complete });
  const verdicts = retail ? plan(retail, ecom, history) : { ...ecomOnlyStates(ecom, history), operations: [] };
  const operations = complete ? verdicts.operations : [];

  const summary = summarize(verdicts.categories, verdicts.products);
  await saveStates(db, verdicts);
  await setMeta(db, 'summary', summary);
  // The links this read rests on are remembered for the next (utils/sync/linker.ts); an incomplete read keeps
  // the ones before, since a record it missed is not gone.
  await setMeta(
    db,
    'history',
    complete && 'links' in verdicts && verdicts.links ? { ...history, links: verdicts.links } : history,
  );
  await setMeta(db, 'ecomComplete', complete);
  return { summary, operations };
}
