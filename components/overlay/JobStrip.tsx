import { isJobActive, type WatchedJob } from '../../utils/overlay/session.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { jobOutcome, JobProgressBar } from './JobProgress.tsx';

/**
 * A job's state in one line, wherever the merchant is: its progress while it runs (it goes on in the
 * background across pages and reloads), then what it did, with Undo.
 */
export function JobStrip({
  words,
  job,
  error,
  canUndo,
  onDetails,
  onUndo,
  onDismiss,
}: {
  words: Words;
  job: WatchedJob;
  error: string | null;
  canUndo: boolean;
  onDetails: (opener: HTMLElement) => void;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = words;
  const { progress } = job;
  const active = isJobActive(job);
  return (
    <div
      class={`sl-job${active ? ' sl-job--active' : ''}`}
      data-job-status={progress.status}
      data-settled={job.settled}
    >
      <div class="sl-job__head">
        <strong class="sl-job__title">
          {active ? t(`overlay.job.title.${progress.kind}`) : t(`overlay.job.doneTitle.${progress.kind}`)}
        </strong>
        {active ? (
          <JobProgressBar words={words} progress={progress} />
        ) : (
          <span class="sl-job__summary" role="status">
            {jobOutcome(words, progress)}
          </span>
        )}
        <span class="sl-job__actions">
          <button
            type="button"
            class="sl-button sl-button--quiet"
            aria-haspopup="dialog"
            onClick={(event) => onDetails(event.currentTarget)}
          >
            {t('overlay.job.details')}
          </button>
          {!active && canUndo && (
            <button type="button" class="sl-button" onClick={onUndo} disabled={!job.settled}>
              {t('overlay.job.undo')}
            </button>
          )}
          {!active && (
            <button type="button" class="sl-button sl-button--quiet" onClick={onDismiss}>
              {t('overlay.job.close')}
            </button>
          )}
        </span>
      </div>
      {error && (
        <p class="sl-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
