import { LINK_CHANGED, NOW_AMBIGUOUS } from '../i18n/said/jobs.ts';
import type { Said } from '../i18n/said.ts';
import type { CategoryState } from '../sync/model.ts';
import type { Job, JobItem } from './model.ts';

/** What the engine knows now of an eCom category: its status and the Retail category it is linked to. */
export type CategoryNow = Pick<CategoryState, 'status' | 'retailId'>;

/**
 * Why an item may no longer be sent as its job was made, or null when it may: a category that turned ambiguous
 * since (nothing acts on one: utils/sync/linker.ts), or, for a sync's change, one now linked to another Retail
 * category than the change was planned for. Products and creations rest on no link of an existing category.
 */
export function linkVerdict(job: Job, item: JobItem, now: (ecomId: number) => CategoryNow | undefined): Said | null {
  if (job.kind === 'enable-products') return null;
  const operation = item.operation;
  const ecomId =
    operation === undefined
      ? item.ecomId
      : operation.kind === 'update-category' ||
          operation.kind === 'assign-products' ||
          operation.kind === 'unassign-products'
        ? operation.ecomId
        : null;
  if (ecomId === null) return null;
  const state = now(ecomId);
  if (state === undefined) return null;
  if (state.status === 'ambiguous') return NOW_AMBIGUOUS;
  if (operation?.kind === 'update-category' && state.retailId !== null && state.retailId !== operation.retailId) {
    return LINK_CHANGED;
  }
  return null;
}
