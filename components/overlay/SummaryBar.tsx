import type { ComponentChildren } from 'preact';

import type { NextAction } from '../../utils/overlay/next-action.ts';
import type { Phase } from '../../utils/overlay/session.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { Summary } from '../../utils/sync/summary.ts';
import { BarBrand } from './BarBrand.tsx';
import { HelpButton } from './HelpButton.tsx';
import { Icon } from './Icon.tsx';

/** The counts that open a list of their categories (they have no row of their own, or little room in it). */
export type ListedStatus = 'pending' | 'drift' | 'disabled' | 'orphaned';

/**
 * The summary at the top of the categories page (and of the docked panel): when both stores were read, how
 * many categories are new and still disabled, on their way, changed in Retail; and the merchant's next useful
 * action as its main button.
 */
export function SummaryBar({
  words,
  phase,
  problem,
  version,
  summary,
  readAt,
  retailRead,
  now,
  refreshing,
  refreshError,
  readOnly,
  hiddenProducts,
  action,
  compact = false,
  onAction,
  onRefresh,
  onHelp,
  onList,
  onOptions,
  children,
}: {
  words: Words;
  phase: Phase;
  problem: string | null;
  version: string;
  summary: Summary | null;
  readAt: string | null;
  /** Retail POS was part of the last read. */
  retailRead: boolean;
  now: number;
  refreshing: boolean;
  refreshError: string | null;
  /** Connected with a public token: say what it cannot see. */
  readOnly: boolean;
  hiddenProducts: number;
  action: NextAction;
  compact?: boolean;
  onAction: (opener: HTMLElement) => void;
  onRefresh: () => void;
  onHelp: (opener: HTMLElement) => void;
  onList: (status: ListedStatus, opener: HTMLElement) => void;
  /** On another store's admin, the way to the options page (where the store is chosen). */
  onOptions: () => void;
  /** The running or finished job, under the counts. */
  children?: ComponentChildren;
}) {
  const { t, n } = words;
  const ready = phase === 'ready' && summary !== null && readAt !== null;
  const counts = summary?.categories;

  const chip = (status: ListedStatus, count: number, text: string) =>
    count > 0 && (
      <li key={status}>
        <button
          type="button"
          class={`sl-count sl-count--${status}`}
          aria-haspopup="dialog"
          onClick={(event) => onList(status, event.currentTarget)}
        >
          <span class="sl-count__dot" aria-hidden="true" />
          {text}
        </button>
      </li>
    );

  const actionLabel = (() => {
    switch (action.kind) {
      case 'show-job':
        return t('overlay.action.showJob');
      case 'enable-categories':
        return n('overlay.action.enableNew', action.count);
      case 'enable-products':
        return n('overlay.action.enableProducts', action.count);
      case 'refresh':
        return null;
    }
  })();

  return (
    <section
      class={`sl-bar${compact ? ' sl-bar--compact' : ''}${phase === 'unreachable' ? ' sl-bar--error' : ''}`}
      aria-label={t('overlay.label')}
      aria-busy={phase === 'loading' || refreshing}
      data-state={phase}
    >
      <div class="sl-bar__top">
        {!compact && <BarBrand words={words} title={t('overlay.active', { version })} />}
        <p class="sl-bar__read" role="status">
          {phase === 'loading' && t('overlay.loading')}
          {phase === 'not-connected' && t('overlay.notConnected')}
          {phase === 'unreachable' && t('overlay.unreachable', { reason: problem ?? '' })}
          {phase === 'other-store' && problem}
          {phase === 'ready' &&
            (refreshing ? (
              t('overlay.refreshing')
            ) : readAt ? (
              <span title={t('overlay.readAtTitle', { date: words.dateTime(readAt) })}>
                {t('overlay.readAt', { time: words.ago(readAt, now) })}
              </span>
            ) : (
              t('overlay.readNever')
            ))}
        </p>
        {phase === 'ready' && (
          <button type="button" class="sl-button sl-button--quiet" onClick={onRefresh} disabled={refreshing}>
            <Icon name="refresh" size={14} />
            {t('overlay.refresh')}
          </button>
        )}
        <span class="sl-bar__spacer" />
        {phase === 'other-store' && (
          <button type="button" class="sl-button" data-action="open-options" onClick={onOptions}>
            {t('overlay.otherStore.options')}
          </button>
        )}
        {/* Without the background, the help's words are not here either; on another store's, nothing is offered. */}
        {phase !== 'unreachable' && phase !== 'other-store' && (
          <HelpButton label={t('overlay.action.help')} onOpen={onHelp} />
        )}
        {ready && actionLabel && (
          <button
            type="button"
            class="sl-button sl-button--primary"
            data-action={action.kind}
            aria-haspopup="dialog"
            onClick={(event) => onAction(event.currentTarget)}
          >
            {actionLabel}
          </button>
        )}
      </div>
      {refreshError && (
        <p class="sl-bar__problem" role="alert">
          {t('overlay.refreshFailed', { reason: refreshError })}
        </p>
      )}
      {ready && readOnly && (
        <p class="sl-bar__note" data-read-only="">
          {t('overlay.readOnly')}
        </p>
      )}
      {ready && counts && (
        <div class="sl-bar__counts">
          <h2 class="sl-visually-hidden">{t('overlay.counts')}</h2>
          <ul class="sl-bar__chips">
            {summary.newDisabled > 0 && (
              <li key="new">
                <span class="sl-count sl-count--new">
                  <span class="sl-count__dot" aria-hidden="true" />
                  {n('overlay.chip.new', summary.newDisabled)}
                </span>
              </li>
            )}
            {chip('pending', counts.pending, n('overlay.chip.pending', counts.pending))}
            {chip('drift', counts.drift, n('overlay.chip.drift', counts.drift))}
            {chip('disabled', counts.disabled, n('overlay.chip.disabled', counts.disabled))}
            {chip('orphaned', counts.orphaned, n('overlay.chip.orphaned', counts.orphaned))}
            {hiddenProducts > 0 && (
              <li key="hidden">
                <span class="sl-count sl-count--hidden">
                  <span class="sl-count__dot" aria-hidden="true" />
                  {n('overlay.chip.hiddenProducts', hiddenProducts)}
                </span>
              </li>
            )}
            {summary.newDisabled + counts.pending + counts.drift + counts.orphaned === 0 && (
              <li key="all-live" class="sl-bar__ok">
                <Icon name="check" size={14} />
                {t('overlay.allLive')}
              </li>
            )}
          </ul>
          {!retailRead && <p class="sl-bar__hint">{t('overlay.connectedEcomOnly')}</p>}
        </div>
      )}
      {children}
    </section>
  );
}
