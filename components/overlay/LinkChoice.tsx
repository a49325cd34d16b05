import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import type { LinkOption } from '../../utils/overlay/link-options.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { CategoryState } from '../../utils/sync/model.ts';

/** The select's value for "none"; a Retail id otherwise, and '' while nothing is chosen. */
const NONE = 'none';

/**
 * What evidence could not settle, the merchant does (issue 11): which Retail category an ambiguous or orphaned eCom
 * category is the copy of, or none. The choice is previewed in words before it is kept, and once kept it is shown
 * with its undo. Sync Lens's own memory only: nothing here writes to either store.
 */
export function LinkChoice({
  words,
  state,
  options,
  settled,
  busy,
  error,
  onChoose,
}: {
  words: Words;
  state: CategoryState;
  options: LinkOption[];
  /** The merchant settled it before: their choice is shown, with its undo. */
  settled: boolean;
  busy: boolean;
  error: string | null;
  /** A Retail id, 0 for none, null to undo the earlier choice. */
  onChoose: (retailId: number | null) => void;
}) {
  const { t } = words;
  const [picked, setPicked] = useState('');
  const section = useRef<HTMLElement>(null);
  // Taking or undoing a choice swaps this section for the other one, and the button that had focus goes with
  // it: focus would fall to the page, where Escape and Tab no longer reach the popover. It lands here instead.
  useLayoutEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) section.current?.focus();
  }, [settled]);
  const failure = error && (
    <p class="sl-error" role="alert">
      {t('overlay.choice.failed', { reason: error })}
    </p>
  );

  if (settled) {
    return (
      <section class="sl-details__section sl-choice" data-choice="settled" tabIndex={-1} ref={section}>
        <p>{state.noRetail ? t('overlay.choice.saidNone') : t('overlay.choice.saidPair', { path: state.path })}</p>
        <button
          type="button"
          class="sl-button"
          data-action="undo-choice"
          disabled={busy}
          onClick={() => onChoose(null)}
        >
          {t('overlay.choice.undo')}
        </button>
        {failure}
      </section>
    );
  }

  const option = options.find((o) => String(o.retailId) === picked);
  const preview =
    picked === NONE
      ? t('overlay.choice.preview.none', { name: state.name })
      : option && t('overlay.choice.preview.pair', { name: state.name, path: option.path });
  const selectId = `sl-choice-${state.ecomId}`;
  return (
    <section
      class="sl-details__section sl-choice"
      data-choice="open"
      aria-labelledby="sl-choice-heading"
      tabIndex={-1}
      ref={section}
    >
      <h3 id="sl-choice-heading" class="sl-details__heading">
        {t('overlay.choice.heading')}
      </h3>
      <p>{t(state.status === 'ambiguous' ? 'overlay.choice.intro.ambiguous' : 'overlay.choice.intro.orphaned')}</p>
      <label class="sl-choice__label" for={selectId}>
        {t('overlay.choice.label')}
      </label>
      <select
        id={selectId}
        class="sl-choice__select"
        value={picked}
        disabled={busy}
        onChange={(event) => setPicked(event.currentTarget.value)}
      >
        <option value="">{t('overlay.choice.placeholder')}</option>
        {options.map((o) => (
          <option key={o.retailId} value={String(o.retailId)}>
            {o.likely ? t('overlay.choice.likely', { path: o.path }) : o.path}
          </option>
        ))}
        <option value={NONE}>{t('overlay.choice.none')}</option>
      </select>
      {preview && (
        <div class="sl-choice__preview" data-preview>
          <p>{preview}</p>
          <p class="sl-muted">{t('overlay.choice.preview.local')}</p>
          <div class="sl-actions">
            <button type="button" class="sl-button" disabled={busy} onClick={() => setPicked('')}>
              {t('overlay.choice.cancel')}
            </button>
            <button
              type="button"
              class="sl-button sl-button--primary"
              data-action="confirm-choice"
              disabled={busy}
              onClick={() => onChoose(picked === NONE ? 0 : Number(picked))}
            >
              {t('overlay.choice.confirm')}
            </button>
          </div>
        </div>
      )}
      {failure}
    </section>
  );
}
