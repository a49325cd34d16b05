import type { Pair } from '../connect/change.ts';
import type { Said } from '../i18n/said.ts';
import type { RefusedChanges } from '../jobs/refusals.ts';
import type { History } from '../sync/model.ts';
import type { Summary } from '../sync/summary.ts';
import type { Db } from './open.ts';

/** A problem the engine met: `message` in English, `said` in every language when the engine has that. */
export interface Problem {
  at: string;
  message: string;
  said?: Said;
}

/** The small named records kept in the meta store, each with its type. */
export interface MetaRecords {
  history: History;
  /** When each side was last read completely or incrementally (ISO), null when never. */
  readAt: { retail: string | null; ecom: string | null };
  /** Where the next incremental read starts, per kind of record. */
  cursors: {
    /**
     * Retail: the page of each list (R-Series' own link, sorted by timeStamp) the next read starts at; absent
     * before the first read (or in a memory from before issue 13: then the next read is whole). countedAt: when
     * Retail's categories were last counted (a deletion is seen only that way; see refresh.ts).
     */
    retail: { categoriesFrom?: string; itemsFrom?: string; countedAt?: string | null };
    /** eCom: the newest product change time seen. */
    ecomProducts: string | null;
  };
  /** Whether the cached eCom records were read completely (see RefreshResult.complete). */
  ecomComplete: boolean;
  /** The counts of the last refresh, kept so a glance need not read every record. */
  summary: Summary;
  /** When everything was last read whole (an incremental read cannot see deletions). */
  lastFullRefresh: string;
  /** The last problem the engine met, in words, until a refresh succeeds. */
  lastError: Problem | null;
  /** Changes eCom keeps refusing, which the alarm's syncs leave out (utils/jobs/refusals.ts). */
  refused: RefusedChanges;
  /** The eCom ids of the arrived categories a note told of, or was taken as told of (utils/toolbar/arrivals.ts). */
  toldArrivals: number[];
  /** The store and account this memory belongs to: memory of another pair is never used (see entrypoints/background/engine-host.ts). */
  pair: Pair;
}

export async function getMeta<K extends keyof MetaRecords>(db: Db, key: K): Promise<MetaRecords[K] | undefined> {
  return (await db.get('meta', key)) as MetaRecords[K] | undefined;
}

export async function setMeta<K extends keyof MetaRecords>(db: Db, key: K, value: MetaRecords[K]): Promise<void> {
  await db.put('meta', value, key);
}
