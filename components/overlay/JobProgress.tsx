import { jobCounts } from '../../utils/i18n/language.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import type { JobProgress } from '../../utils/jobs/model.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { ProgressBar } from './ProgressBar.tsx';

/** A running job's bar: how many of its items are handled, of how many. */
export function JobProgressBar({ words, progress }: { words: Words; progress: JobProgress }) {
  const { t } = words;
  const handled = progress.done + progress.failed + progress.skipped;
  return (
    <ProgressBar
      label={t('overlay.job.progressLabel')}
      value={handled}
      max={progress.total}
      text={t('overlay.job.progress', { done: handled, total: progress.total })}
    />
  );
}

/** How a job that is over ended, in one sentence (the job strip and the job dialog say the same). */
export function jobOutcome(words: Words, progress: JobProgress): string {
  const { t } = words;
  if (progress.status === 'cancelled') return t('overlay.job.cancelled');
  if (progress.status === 'failed') return t('overlay.job.failed', { reason: sayIn(progress.error, words.language) });
  return jobCounts(words.n, progress);
}
