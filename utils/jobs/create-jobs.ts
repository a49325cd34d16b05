import type { CategoryState, Operation, ProductState } from '../sync/model.ts';
import type { Job, JobItem, JobKind } from './model.ts';

/** Ecwid takes at most this many product ids in one assign or unassign call. */
const MAX_PRODUCT_IDS = 2000;

function newJob(kind: JobKind, items: JobItem[], now: Date, extra: Partial<Job> = {}): Job {
  const time = now.toISOString();
  return {
    id: crypto.randomUUID(),
    kind,
    status: 'queued',
    createdAt: time,
    updatedAt: time,
    items,
    cursor: { chunk: 0 },
    lease: null,
    nextRunAt: null,
    attempts: 0,
    ...extra,
  };
}

export function createCategoryJob(
  kind: 'enable-categories' | 'disable-categories',
  categories: readonly CategoryState[],
  now: Date,
): Job {
  const items = categories
    .filter((state) => state.ecomId !== null)
    .map((state): JobItem => ({
      key: `c${state.ecomId}`,
      ecomId: state.ecomId,
      label: state.path,
      state: 'pending',
      before: state.availability,
    }));
  return newJob(kind, items, now);
}

export function createProductJob(
  kind: 'enable-products' | 'disable-products',
  products: readonly ProductState[],
  now: Date,
): Job {
  const items = products
    .filter((state) => state.ecomId !== null)
    .map((state): JobItem => ({ key: `p${state.ecomId}`, ecomId: state.ecomId, label: state.name, state: 'pending' }));
  return newJob(kind, items, now);
}

/** One item per API request: big product moves are split, and per-category reorders are spread out. */
export function splitOperations(operations: readonly Operation[]): Operation[] {
  const split: Operation[] = [];
  for (const operation of operations) {
    if (
      (operation.kind === 'assign-products' || operation.kind === 'unassign-products') &&
      operation.productIds.length > MAX_PRODUCT_IDS
    ) {
      for (let start = 0; start < operation.productIds.length; start += MAX_PRODUCT_IDS) {
        split.push({ ...operation, productIds: operation.productIds.slice(start, start + MAX_PRODUCT_IDS) });
      }
    } else if (operation.kind === 'order-categories' && !operation.sortable) {
      for (const entry of operation.orderBy) split.push({ ...operation, orderBy: [entry] });
    } else {
      split.push(operation);
    }
  }
  return split;
}

function labelOf(operation: Operation): string {
  switch (operation.kind) {
    case 'create-category':
      // A Retail name of spaces only leaves eCom nothing to show.
      return operation.name === '' ? `Retail #${operation.retailId}` : operation.name;
    case 'update-category':
      return operation.changes.name ?? `#${operation.ecomId}`;
    case 'order-categories':
      return `#${operation.parentId}`;
    case 'assign-products':
    case 'unassign-products':
      return `#${operation.ecomId}`;
  }
}

export function syncItems(operations: readonly Operation[], round: number): JobItem[] {
  return splitOperations(operations).map((operation, index) => ({
    key: `s${round}.${index}`,
    ecomId: 'ecomId' in operation ? operation.ecomId : null,
    label: labelOf(operation),
    state: 'pending',
    operation,
  }));
}

/** A sync to run: it has no items until its first step plans it (sync-rounds.ts). */
export function createSyncJob(now: Date, by: 'merchant' | 'alarm' = 'merchant'): Job {
  return newJob('sync', [], now, by === 'alarm' ? { automatic: true } : {});
}

const REVERSE: Partial<Record<JobKind, JobKind>> = {
  'enable-categories': 'disable-categories',
  'disable-categories': 'enable-categories',
  'enable-products': 'disable-products',
  'disable-products': 'enable-products',
};

/** Puts back what a job changed: only the items it really did. A sync job is not undone this way. */
export function createUndoJob(original: Job, now: Date): Job | undefined {
  const kind = REVERSE[original.kind];
  if (!kind) return undefined;
  const items = original.items
    .filter((item) => item.state === 'done')
    .map((item): JobItem => ({
      key: item.key,
      ecomId: item.ecomId,
      label: item.label,
      state: 'pending',
      ...(item.before === undefined ? {} : { before: item.before }),
    }));
  if (items.length === 0) return undefined;
  return newJob(kind, items, now, { undoOf: original.id });
}
