import type { Batch } from './batch-types.ts';

/** How long Ecwid remembers a ticket and a deduplication key. */
export const BATCH_MEMORY_MS = 60 * 60 * 1000;

/**
 * The tickets of recent batches and their deduplication keys, held in memory and forgotten after an hour.
 * A key belongs to the token that used it: another token's batch with the same key is its own.
 */
export class BatchBook {
  readonly #clock: () => number;
  readonly #batches = new Map<string, Batch>();
  readonly #byKey = new Map<string, Batch>();

  constructor(clock: () => number) {
    this.#clock = clock;
  }

  add(batch: Batch, deduplicationKey?: string): void {
    this.#forgetOld();
    this.#batches.set(batch.ticket, batch);
    if (deduplicationKey !== undefined) this.#byKey.set(keyOf(batch.token, deduplicationKey), batch);
  }

  get(ticket: string): Batch | undefined {
    this.#forgetOld();
    return this.#batches.get(ticket);
  }

  /** The batch this token already posted with this key within the hour, if any. */
  byDeduplicationKey(token: string, deduplicationKey: string): Batch | undefined {
    this.#forgetOld();
    return this.#byKey.get(keyOf(token, deduplicationKey));
  }

  /** After a world reset a key must run again: the work it stood for was done in a world that is gone. */
  forgetDeduplicationKeys(): void {
    this.#byKey.clear();
  }

  #forgetOld(): void {
    // Maps iterate in insertion order, which is creation order: stop at the first batch still young.
    const cutoff = this.#clock() - BATCH_MEMORY_MS;
    for (const [ticket, batch] of this.#batches) {
      if (batch.createdAt > cutoff) break;
      this.#batches.delete(ticket);
    }
    for (const [key, batch] of this.#byKey) {
      if (batch.createdAt > cutoff) break;
      this.#byKey.delete(key);
    }
  }
}

function keyOf(token: string, deduplicationKey: string): string {
  return `${token}\u0000${deduplicationKey}`;
}
