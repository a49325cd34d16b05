import { jobCounts, type MessageKey, type Translate } from '../../utils/i18n/index.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import type { JobKind } from '../../utils/jobs/model.ts';
import type { ActivityLine } from '../../utils/own-pages/activity.ts';

/** The run log on the options page: what Sync Lens read and did lately, newest first. */
export function ActivityCard(props: { t: Translate; lines: readonly ActivityLine[] }) {
  const { t } = props;
  const when = new Intl.DateTimeFormat(t.language, { dateStyle: 'short', timeStyle: 'short' });
  const time = (iso: string) => when.format(new Date(iso));
  return (
    <section class="card" aria-labelledby="activity-heading" data-card="activity">
      <h2 id="activity-heading">{t('options.activity.heading')}</h2>
      <p>{t('options.activity.explain')}</p>
      {props.lines.length === 0 ? (
        <p data-activity="empty">{t('options.activity.empty')}</p>
      ) : (
        <ol class="activity">
          {props.lines.map((line) => (
            <li
              key={`${line.kind}-${line.at}`}
              class={`activity__line activity__line--${line.kind}`}
              data-activity={line.kind}
            >
              <time dateTime={line.at}>{time(line.at)}</time> <span>{say(t, line, time)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function say(t: Translate, line: ActivityLine, time: (iso: string) => string): string {
  switch (line.kind) {
    case 'reads': {
      const categories = t.n('count.categories', line.categories);
      return line.count === 1
        ? t('options.activity.read.once', { categories })
        : t('options.activity.read.times', { times: line.count, since: time(line.since), categories });
    }
    case 'read-failed':
      return t('options.activity.readFailed', { error: sayIn(line.error, t.language) });
    case 'job': {
      const undoWords = line.undo ? UNDO_WORDS[line.job] : undefined;
      const action = t(undoWords ?? `options.activity.job.${line.job}`);
      const counts = jobCounts(t.n, line);
      const said = t('options.activity.jobLine', { action, counts }) + refusedWords(t, line.refused);
      if (line.status === 'cancelled') return `${said} ${t('options.activity.status.cancelled')}`;
      if (line.status === 'failed') return `${said} ${t('options.activity.status.failed')}`;
      return said;
    }
  }
}

/** The changes eCom refused that no sync had met before: said on this line only, never again. */
function refusedWords(t: Translate, refused: readonly string[] | undefined): string {
  if (!refused || refused.length === 0) return '';
  const shown = refused.slice(0, MAX_REFUSED_NAMES).map((name) => `“${name}”`);
  const names = refused.length > MAX_REFUSED_NAMES ? `${shown.join(', ')}…` : shown.join(', ');
  return ` ${t.n('options.activity.refused', refused.length, { names })}`;
}

/** A long list would hide the rest of the log. */
const MAX_REFUSED_NAMES = 5;

/** Undo has words of its own for what can be undone: enabling categories, enabling products. */
const UNDO_WORDS: Partial<Record<JobKind, MessageKey>> = {
  'disable-categories': 'options.activity.undo.disable-categories',
  'disable-products': 'options.activity.undo.disable-products',
};
