import { sayIn } from '../../utils/i18n/said.ts';
import type { JobItem } from '../../utils/jobs/model.ts';
import { isJobActive, type WatchedJob } from '../../utils/overlay/session.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { jobOutcome, JobProgressBar } from './JobProgress.tsx';

/** What became of one item, in words. */
function outcome(words: Words, kind: string, item: JobItem): string {
  const { t } = words;
  switch (item.state) {
    case 'done':
      return kind.startsWith('enable') ? t('overlay.job.item.done.enable') : t('overlay.job.item.done.disable');
    case 'failed':
      return t('overlay.job.item.failed', { reason: sayIn(item.reason, words.language) });
    case 'skipped':
      return t('overlay.job.item.skipped', { reason: sayIn(item.reason, words.language) });
    case 'pending':
      return t('overlay.job.item.pending');
  }
}

/**
 * A job in full, in the job dialog: its progress bar while it runs (with Stop), then a line per category or
 * product with what became of it, and Undo.
 */
export function JobDetails({ words, job, error }: { words: Words; job: WatchedJob; error: string | null }) {
  const { t } = words;
  const { progress } = job;
  const items = job.job?.items ?? [];
  const active = isJobActive(job);
  return (
    <div class="sl-job-details" data-job-status={progress.status}>
      {active ? (
        <>
          <JobProgressBar words={words} progress={progress} />
          <p class="sl-muted" role="status">
            {progress.status === 'queued'
              ? t('overlay.job.queued')
              : progress.error
                ? t('overlay.job.retrying', { reason: sayIn(progress.error, words.language) })
                : t('overlay.job.running')}
          </p>
        </>
      ) : (
        <p class="sl-job-details__summary" role="status">
          {jobOutcome(words, progress)}
          {!job.settled && ` ${t('overlay.job.updating')}`}
        </p>
      )}
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
      {/* The line per item once it is over: redrawing hundreds of lines on every poll would cost the page. */}
      {!active && items.length > 0 && (
        <ul class="sl-results" aria-label={t(`overlay.job.title.${progress.kind}`)}>
          {items.map((item) => (
            <li key={item.key} class={`sl-results__item sl-results__item--${item.state}`} data-item-state={item.state}>
              <span class="sl-results__label">{item.label}</span>
              <span class="sl-results__state">{outcome(words, progress.kind, item)}</span>
            </li>
          ))}
        </ul>
      )}
      {!active && progress.done > 0 && job.job?.undoOf === undefined && (
        <p class="sl-muted">
          {progress.kind.endsWith('categories')
            ? t('overlay.job.undoHint.categories')
            : t('overlay.job.undoHint.products')}
        </p>
      )}
    </div>
  );
}
