import { jobCounts, type MessageKey, type Translate } from '../../utils/i18n/index.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import { isUnderway, type JobProgress } from '../../utils/jobs/model.ts';

/** A job's progress while it runs, and its outcome once finished, with an undo where one makes sense. */
export function PopupJob(props: { t: Translate; job: JobProgress; onUndo: (() => void) | null }) {
  const { t, job } = props;
  const finished = job.done + job.failed + job.skipped;
  const running = isUnderway(job.status);
  return (
    <section class="job" aria-labelledby="job-heading" data-job-status={job.status} data-job-kind={job.kind}>
      <h2 id="job-heading">{t(`popup.job.${job.kind}` as MessageKey)}</h2>
      {running ? (
        <>
          <progress max={Math.max(job.total, 1)} value={finished} aria-labelledby="job-heading" />
          <p class="job__count" role="status">
            {t('popup.job.progress', { finished, total: job.total })}
          </p>
        </>
      ) : job.status === 'failed' && job.error ? (
        <p class="notice notice--error" role="alert">
          {t('popup.job.failed', { error: sayIn(job.error, t.language) })}
        </p>
      ) : (
        <p class="job__count" role="status" data-job-done={job.done} data-job-failed={job.failed}>
          {t('popup.job.done', { counts: jobCounts(t.n, job) })}
        </p>
      )}
      {!running && props.onUndo && job.done > 0 && (
        <button type="button" class="button" onClick={props.onUndo}>
          {t('popup.undo')}
        </button>
      )}
    </section>
  );
}
