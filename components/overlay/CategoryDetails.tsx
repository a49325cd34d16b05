import { shownName } from '../../utils/overlay/drift-lines.ts';
import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import type { LinkOption } from '../../utils/overlay/link-options.ts';
import { choiceKind } from '../../utils/sync/link-choice-kind.ts';
import { Icon } from './Icon.tsx';
import { LinkChoice } from './LinkChoice.tsx';
import { StatusChip } from './StatusChip.tsx';

/** The help question each status raises first. */
const QUESTION_OF: Partial<Record<CategoryState['status'], HelpTopic>> = {
  new: 'why-disabled',
  pending: 'why-disabled',
  disabled: 'what-disabling-does',
  live: 'what-disabling-does',
  'online-only': 'online-only',
  drift: 'why-lock',
  orphaned: 'why-lock',
  ambiguous: 'why-lock',
};

/**
 * Everything about one category: its status and what it means, what Retail has that eCom does not show yet,
 * and for a Retail category what its lock locks, why, what stays the merchant's, and where to change the rest.
 */
export function CategoryDetails({
  words,
  state,
  focus,
  driftLines,
  retailConnected,
  choice,
  onHelp,
}: {
  words: Words;
  state: CategoryState;
  /** Opened from the lock: the lock's explanation comes first and takes focus. */
  focus: 'status' | 'lock';
  driftLines: string[];
  retailConnected: boolean;
  /** Where the merchant may settle its Retail counterpart (link-options.ts): what to offer, and how it went. */
  choice?: {
    options: LinkOption[];
    busy: boolean;
    error: string | null;
    onChoose: (retailId: number | null) => void;
  };
  onHelp: (topic: HelpTopic, opener: HTMLElement) => void;
}) {
  const { t, n } = words;
  const fromRetail = state.retailId !== null;
  const question = QUESTION_OF[state.status];
  const kind = choiceKind(state);

  const status = (
    <section class="sl-details__section" key="status">
      <p class="sl-details__status">
        <StatusChip words={words} status={state.status} />
        <span class="sl-details__path">{t('overlay.details.path', { path: state.path })}</span>
      </p>
      <p>{t(`overlay.meaning.${state.status}`)}</p>
      {state.status === 'pending' && <p>{t('overlay.details.pending')}</p>}
      {state.candidates && (
        <p data-candidates={state.candidates.length}>{n('overlay.details.candidates', state.candidates.length)}</p>
      )}
      {driftLines.length > 0 && (
        <div class="sl-details__drift">
          <p>{t('overlay.drift.intro')}</p>
          <ul>
            {driftLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p class="sl-muted">{t('overlay.drift.next')}</p>
        </div>
      )}
      {state.ecomId !== null && (
        <p class="sl-muted">
          {state.link && (
            <span data-link={state.link} data-first-link={state.firstLink}>
              {t(`overlay.link.${state.link}`)}{' '}
              {state.firstLink && `${t('overlay.link.first', { how: t(`overlay.linkBy.${state.firstLink}`) })} `}
            </span>
          )}
          {state.productCount === 0
            ? t('overlay.details.noProducts')
            : t('overlay.details.products', { enabled: state.enabledProductCount, count: state.productCount })}
        </p>
      )}
    </section>
  );

  const lock = fromRetail ? (
    <section class="sl-details__section sl-details__lock" key="lock" aria-labelledby="sl-lock-heading">
      <h3
        id="sl-lock-heading"
        class="sl-details__heading"
        tabIndex={-1}
        data-autofocus={focus === 'lock' ? '' : undefined}
      >
        <Icon name="lock" size={14} />
        {t('overlay.lock.heading')}
      </h3>
      <ul class="sl-details__facts">
        <li>{t('overlay.lock.what')}</li>
        <li>{t('overlay.lock.why')}</li>
        <li>{t('overlay.lock.yours')}</li>
        <li>{t('overlay.lock.disable')}</li>
      </ul>
      <p class="sl-details__where">
        {retailConnected ? t('overlay.lock.where', { path: state.path }) : t('overlay.lock.whereNoRetail')}
      </p>
    </section>
  ) : null;

  return (
    <div class="sl-details">
      <h2 class="sl-details__title" tabIndex={-1} data-autofocus={focus === 'status' || !fromRetail ? '' : undefined}>
        {shownName(state)}
      </h2>
      {focus === 'lock' ? [lock, status] : [status, lock]}
      {choice && retailConnected && kind !== null && (
        <LinkChoice
          key={`choice-${state.ecomId}`}
          words={words}
          state={state}
          options={choice.options}
          settled={kind === 'settled'}
          busy={choice.busy}
          error={choice.error}
          onChoose={choice.onChoose}
        />
      )}
      <div class="sl-details__links">
        {fromRetail && (
          <button type="button" class="sl-link" onClick={(event) => onHelp('why-lock', event.currentTarget)}>
            {t('overlay.help.q.why-lock')}
          </button>
        )}
        {question && question !== 'why-lock' && (
          <button type="button" class="sl-link" onClick={(event) => onHelp(question, event.currentTarget)}>
            {t(`overlay.help.q.${question}`)}
          </button>
        )}
      </div>
    </div>
  );
}
