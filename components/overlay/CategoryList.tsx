import type { Words } from '../../utils/overlay/words.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import { StatusChip } from './StatusChip.tsx';

/**
 * A short list of categories in one situation (on their way from Retail, changed in Retail…), each with what
 * Retail has that eCom does not show yet: what the summary's counts open, for categories that have no row yet.
 */
export function CategoryList({
  words,
  title,
  entries,
}: {
  words: Words;
  title: string;
  entries: Array<{ state: CategoryState; lines: string[] }>;
}) {
  const { t } = words;
  return (
    <div class="sl-list">
      <h2 class="sl-details__title" tabIndex={-1} data-autofocus="">
        {title}
      </h2>
      <ul class="sl-list__items">
        {entries.map(({ state, lines }) => (
          <li key={`${state.retailId}:${state.ecomId}`} class="sl-list__item">
            <div class="sl-list__head">
              <span class="sl-list__path">{state.path}</span>
              <StatusChip words={words} status={state.status} />
            </div>
            {state.status === 'pending' && <p class="sl-muted">{t('overlay.details.pending')}</p>}
            {lines.length > 0 && (
              <ul class="sl-list__lines">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {entries.some((entry) => entry.state.status === 'drift') && <p class="sl-muted">{t('overlay.drift.next')}</p>}
    </div>
  );
}
