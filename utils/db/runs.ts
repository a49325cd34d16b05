import type { Db } from './open.ts';
import type { RunRecord } from './schema.ts';

/** Keeps the log short: a merchant needs the recent story, not every refresh since install. */
const KEEP = 200;

export async function addRun(db: Db, run: RunRecord): Promise<void> {
  const tx = db.transaction('runs', 'readwrite');
  await tx.store.add(run);
  const count = await tx.store.count();
  if (count > KEEP) {
    let cursor = await tx.store.openCursor();
    for (let extra = count - KEEP; extra > 0 && cursor; extra--) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

/** The newest `limit` entries, newest first. */
export async function recentRuns(db: Db, limit: number): Promise<RunRecord[]> {
  const runs: RunRecord[] = [];
  let cursor = await db.transaction('runs').store.openCursor(null, 'prev');
  while (cursor && runs.length < limit) {
    runs.push(cursor.value);
    cursor = await cursor.continue();
  }
  return runs;
}
