import type { JobRun, RunRecord } from '../db/schema.ts';
import type { Said } from '../i18n/said.ts';

/** One line of the options page's activity list, newest first. */
export type ActivityLine =
  | {
      kind: 'reads';
      /** When the newest of these reads ended, and the oldest. */
      at: string;
      since: string;
      count: number;
      /** Categories the newest read found. */
      categories: number;
    }
  | { kind: 'read-failed'; at: string; error: Said | string }
  | ({ kind: 'job'; at: string } & Pick<JobRun, 'job' | 'undo' | 'status' | 'done' | 'failed' | 'skipped' | 'refused'>);

/**
 * The run log as a merchant reads it: newest first, every job and every failed read on a line of its own, and
 * the reads that worked in a row folded into one line (the engine reads every few minutes: a hundred lines of
 * "read the stores" would hide the rest). At most `limit` lines.
 */
export function activityLines(runs: readonly RunRecord[], limit: number): ActivityLine[] {
  const lines: ActivityLine[] = [];
  for (const run of runs) {
    const previous = lines.at(-1);
    if (run.kind === 'refresh' && run.ok) {
      if (previous?.kind === 'reads') {
        previous.count += 1;
        previous.since = run.finishedAt;
        continue;
      }
      if (lines.length === limit) break;
      lines.push({
        kind: 'reads',
        at: run.finishedAt,
        since: run.finishedAt,
        count: 1,
        categories: run.categories ?? 0,
      });
      continue;
    }
    if (lines.length === limit) break;
    if (run.kind === 'refresh') lines.push({ kind: 'read-failed', at: run.finishedAt, error: run.error ?? '' });
    else {
      const { job, undo, status, done, failed, skipped, refused } = run;
      lines.push({
        kind: 'job',
        at: run.finishedAt,
        job,
        undo,
        status,
        done,
        failed,
        skipped,
        ...(refused ? { refused } : {}),
      });
    }
  }
  return lines;
}
