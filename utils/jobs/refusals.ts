import type { Said } from '../i18n/said.ts';
import type { Operation } from '../sync/model.ts';
import { splitOperations } from './create-jobs.ts';
import type { Job, JobItem } from './model.ts';

/**
 * Changes eCom keeps refusing, remembered (in the meta store) so that the refresh alarm does not send them again
 * at every tick: an automatic sync leaves them out; the merchant's own Sync sends them again, and a change of the
 * Retail record makes another change (another signature), which is sent like any other.
 */
export interface RefusedChange {
  label: string;
  /** eCom's answer, or why Sync Lens counts it as refused. */
  reason: Said | string;
  /** When it was last refused (ISO). */
  at: string;
}

/** By signatureOf the operation. */
export type RefusedChanges = Record<string, RefusedChange>;

/** Enough for every change a store could refuse at once; the oldest are let go past it. */
const MAX_REMEMBERED = 500;

/** The same operation gives the same text, whatever order its fields were written in. */
export function signatureOf(operation: Operation): string {
  return JSON.stringify(operation, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

/**
 * A 4xx says "not this change"; those that say "not now" (timeout, conflict, too many requests, import under way)
 * pass by waiting and are no refusal.
 */
export function isRefusal(status: number): boolean {
  return status >= 400 && status < 500 && ![408, 409, 429, 449].includes(status);
}

/** The items of a sync job eCom refused: answered with a refusal, or done yet read back unchanged. */
export function refusedItems(job: Job): JobItem[] {
  return job.items.filter(
    (item) =>
      item.operation !== undefined &&
      item.state === 'failed' &&
      (item.unchanged === true || (item.httpStatus !== undefined && isRefusal(item.httpStatus))),
  );
}

/**
 * What the memory becomes after a sync job: what it did is forgotten (eCom took it), what eCom refused is
 * remembered. `added` names the refusals that were not remembered yet, for the run log to say once.
 */
export function rememberRefusals(
  memory: RefusedChanges,
  job: Job,
  at: string,
): { memory: RefusedChanges; added: string[] } {
  const next: RefusedChanges = { ...memory };
  for (const item of job.items) {
    if (item.state === 'done' && item.operation) delete next[signatureOf(item.operation)];
  }
  const added: string[] = [];
  for (const item of refusedItems(job)) {
    const signature = signatureOf(item.operation!);
    if (!(signature in memory)) added.push(item.label);
    next[signature] = { label: item.label, reason: item.reason ?? '', at };
  }
  const kept = Object.entries(next)
    .sort(([, a], [, b]) => b.at.localeCompare(a.at))
    .slice(0, MAX_REMEMBERED);
  return { memory: Object.fromEntries(kept), added };
}

/** Only what is still planned: a change no longer planned was taken, or Retail changed it (another signature). */
export function keepPlanned(memory: RefusedChanges, operations: readonly Operation[]): RefusedChanges {
  const planned = new Set(splitOperations(operations).map(signatureOf));
  return Object.fromEntries(Object.entries(memory).filter(([signature]) => planned.has(signature)));
}

/**
 * The operations (one per request, as a job sends them) that a sync leaving out the remembered ones would send.
 * A category whose creation is left out takes with it what would be created or moved under it: that could only
 * wait for a parent that will not come, at every alarm. Creates come parents first, so one pass finds them all.
 */
export function withoutRefused(operations: readonly Operation[], memory: RefusedChanges): Operation[] {
  const notCreated = new Set<number>();
  return splitOperations(operations).filter((operation) => {
    const refused = signatureOf(operation) in memory || underNotCreated(operation, notCreated);
    if (refused && operation.kind === 'create-category') notCreated.add(operation.retailId);
    return !refused;
  });
}

function underNotCreated(operation: Operation, notCreated: ReadonlySet<number>): boolean {
  if (operation.kind === 'create-category') return notCreated.has(operation.parentRetailId);
  if (operation.kind === 'update-category')
    return operation.changes.parentRetailId !== undefined && notCreated.has(operation.changes.parentRetailId);
  return false;
}
