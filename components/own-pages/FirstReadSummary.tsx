import type { Language, Translate } from '../../utils/i18n/index.ts';
import type { Overview } from '../../utils/messaging/protocol.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import { timeAgo } from '../../utils/i18n/time-ago.ts';

/**
 * The end of connecting: what the first read found, and the way to the page where every category is explained.
 * While the read runs, it says so; a failed read shows the engine's own words.
 */
export function FirstReadSummary(props: {
  t: Translate;
  language: Language;
  overview: Overview | null;
  adminUrl: string | null;
  waiting: boolean;
}) {
  const { t, overview } = props;
  const readAt = overview?.readAt?.ecom ?? null;
  const summary = overview?.summary ?? null;
  if (!overview?.connected.ecom) return null;

  return (
    <section class="card card--result" aria-labelledby="read-heading" data-card="first-read" aria-live="polite">
      <h2 id="read-heading" class="visually-hidden">
        {t('options.openAdmin')}
      </h2>
      {readAt && summary ? (
        <p data-read="done">
          {t('options.read', {
            time: timeAgo(readAt, props.language),
            categories: t.n('count.categories', summary.categories.total),
            new: summary.newDisabled,
            pending: summary.categories.pending,
            live: summary.categories.live,
          })}
        </p>
      ) : overview.lastError && !props.waiting ? (
        <p class="notice notice--error" role="alert" data-read="failed">
          {sayIn(overview.lastError.said ?? overview.lastError.message, props.language)}
        </p>
      ) : (
        <p data-read="reading">{t('options.reading')}</p>
      )}
      {props.adminUrl && (
        <a class="button button--primary" href={props.adminUrl} target="_blank" rel="noopener noreferrer">
          {t('options.openAdmin')}
        </a>
      )}
    </section>
  );
}
