import type { RecordKind } from './ports.ts';
import type { Said } from '../i18n/said.ts';
import { READ_BACK_REASONS } from '../i18n/said/jobs.ts';
import type { EcomCategory, Operation } from '../sync/model.ts';
import type { Job } from './model.ts';

/**
 * What an item's record in eCom says about it now: already as the job wants it (done, or skipped when the job has
 * yet to act), gone, or still to do. Pure: the steps that read eCom (check-first.ts, in-flight.ts) decide with it.
 */
export type Outcome = { state: 'done'; ecomId?: number } | { state: 'pending' } | { state: 'skipped'; reason: Said };

/** For jobs that set `enabled`: on which records, and to what. Null for sync jobs. */
export function enabledTarget(job: Job): { kind: RecordKind; enabled: boolean } | null {
  switch (job.kind) {
    case 'enable-categories':
      return { kind: 'categories', enabled: true };
    case 'disable-categories':
      return { kind: 'categories', enabled: false };
    case 'enable-products':
      return { kind: 'products', enabled: true };
    case 'disable-products':
      return { kind: 'products', enabled: false };
    case 'sync':
      return null;
  }
}

/** Before a job acts: a record already as wanted is left alone (and so never undone), a gone one is skipped. */
export function judgeBefore(enabledNow: boolean | null | undefined, target: boolean): Outcome {
  if (enabledNow === null || enabledNow === undefined) return { state: 'skipped', reason: READ_BACK_REASONS.gone };
  if (enabledNow === target)
    return { state: 'skipped', reason: target ? READ_BACK_REASONS.alreadyEnabled : READ_BACK_REASONS.alreadyDisabled };
  return { state: 'pending' };
}

/** After a batch whose results are lost: a record as wanted was set by it; one that is not goes back to be sent. */
export function judgeAfter(enabledNow: boolean | null | undefined, target: boolean): Outcome {
  if (enabledNow === null || enabledNow === undefined) return { state: 'skipped', reason: READ_BACK_REASONS.gone };
  return enabledNow === target ? { state: 'done' } : { state: 'pending' };
}

/** eCom trims what it stores; a name is compared the way it keeps it. */
const sameName = (a: string, b: string) => a.trim() === b.trim();

/**
 * After a sync batch whose results are lost: whether eCom's categories now show the operation carried out.
 * `parentOf` gives the eCom id of a Retail parent (0 at the top), as the job resolved it when it sent the batch.
 */
export function judgeSyncAfter(
  operation: Operation,
  categories: ReadonlyMap<number, EcomCategory>,
  parentOf: (retailId: number) => number | undefined,
): Outcome {
  switch (operation.kind) {
    case 'create-category': {
      const parentId = operation.parentRetailId === 0 ? 0 : parentOf(operation.parentRetailId);
      const reference = String(operation.retailId);
      for (const category of categories.values()) {
        if (category.externalReferenceId === reference) return { state: 'done', ecomId: category.id };
      }
      for (const category of categories.values()) {
        if (
          category.externalReferenceId === null &&
          category.parentId === parentId &&
          sameName(category.name, operation.name)
        ) {
          return { state: 'done', ecomId: category.id };
        }
      }
      return { state: 'pending' };
    }
    case 'update-category': {
      const category = categories.get(operation.ecomId);
      if (!category) return { state: 'skipped', reason: READ_BACK_REASONS.gone };
      const { name, parentId, parentRetailId, orderBy } = operation.changes;
      const wantedParent =
        parentRetailId === undefined ? parentId : parentRetailId === 0 ? 0 : parentOf(parentRetailId);
      const applied =
        (name === undefined || sameName(category.name, name)) &&
        (wantedParent === undefined || category.parentId === wantedParent) &&
        (orderBy === undefined || category.orderBy === orderBy);
      return applied ? { state: 'done' } : { state: 'pending' };
    }
    case 'order-categories': {
      const placed = operation.orderBy.map((entry) => categories.get(entry.ecomId));
      if (placed.some((category) => category === undefined))
        return { state: 'skipped', reason: READ_BACK_REASONS.gone };
      // The sort endpoint renumbers every child: what counts is their order, not the numbers.
      const applied = operation.sortable
        ? placed.every((category, index) => index === 0 || placed[index - 1]!.orderBy < category!.orderBy)
        : placed.every((category, index) => category!.orderBy === operation.orderBy[index]!.orderBy);
      return applied ? { state: 'done' } : { state: 'pending' };
    }
    case 'assign-products':
    case 'unassign-products': {
      const category = categories.get(operation.ecomId);
      if (!category) return { state: 'skipped', reason: READ_BACK_REASONS.gone };
      const holds = new Set(category.productIds);
      const wanted = operation.kind === 'assign-products';
      return operation.productIds.every((id) => holds.has(id) === wanted) ? { state: 'done' } : { state: 'pending' };
    }
  }
}
