import { isUnderway } from '../jobs/model.ts';
import { withoutRefused } from '../jobs/refusals.ts';
import type { Settings } from '../settings.ts';
import type { Engine } from './engine.ts';

/**
 * What the refresh alarm does: read both sides again, and in sync mode (which only the merchant can choose) start
 * the one-way sync when Retail has changes eCom does not show yet and no sync is already under way. Changes eCom
 * keeps refusing were said once in the run log: they alone start no sync (it would send nothing), and the sync
 * started for other changes leaves them out. Returns whether a sync job was started.
 */
export async function scheduledRefresh(engine: Engine, settings: Pick<Settings, 'mode'>): Promise<boolean> {
  const { operations } = await engine.refresh();
  if (settings.mode !== 'sync' || operations.length === 0) return false;
  if (withoutRefused(operations, await engine.refusedChanges()).length === 0) return false;
  const { jobs } = await engine.glance();
  if (jobs.some((job) => job.kind === 'sync' && isUnderway(job.status))) return false;
  await engine.startJob({ kind: 'sync' }, 'alarm');
  return true;
}
