import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import { shownName } from '../../utils/overlay/drift-lines.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { PageProduct } from '../../utils/messaging/protocol.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import { EnableProductsButton } from './EnableProductsButton.tsx';
import { Icon } from './Icon.tsx';
import { OutlineHelp } from './OutlineHelp.tsx';
import { StatusChip } from './StatusChip.tsx';

/** Rows drawn at first and per "show more": a store with thousands of categories stays quick to open. */
const PAGE = 100;
const NEEDS_ATTENTION: ReadonlySet<CategoryState['status']> = new Set([
  'new',
  'pending',
  'drift',
  'orphaned',
  'disabled',
  'ambiguous',
]);

/**
 * Every feature of the overlay from the engine's data alone, docked in a corner, for pages whose markup Sync
 * Lens does not recognise. A quiet note says the inline badges are off, or, where the catalog told rows of the
 * page apart (utils/admin-dom/catalog-rows.ts), how many got their badge and how many it could not tell.
 */
export function FallbackPanel({
  words,
  expanded,
  onToggle,
  summary,
  categories,
  hiddenProducts,
  storefrontProducts,
  onCategory,
  onEnableProducts,
  onHelp,
  explained,
  outline,
}: {
  words: Words;
  /** On a categories page: how many rows the catalog told (with their badges), and how many it could not. */
  explained: { rows: number; unsure: number } | null;
  /** The page's anonymised outline, made when the merchant asks for it. */
  outline: () => string;
  expanded: boolean;
  onToggle: () => void;
  /** The summary bar, in its compact form, with the job under it. */
  summary: ComponentChildren;
  categories: CategoryState[];
  hiddenProducts: PageProduct[];
  storefrontProducts: PageProduct[];
  onCategory: (state: CategoryState, opener: HTMLElement) => void;
  onEnableProducts: (opener: HTMLElement) => void;
  onHelp: (topic: HelpTopic, opener: HTMLElement) => void;
}) {
  const { t, n } = words;
  const [filter, setFilter] = useState<'attention' | 'all'>('attention');
  const [shown, setShown] = useState(PAGE);
  const listed = filter === 'all' ? categories : categories.filter((state) => NEEDS_ATTENTION.has(state.status));

  return (
    <aside class={`sl-panel${expanded ? '' : ' sl-panel--collapsed'}`} aria-label={t('overlay.panel.label')}>
      <header class="sl-panel__header">
        <span class="sl-bar__logo" aria-hidden="true">
          <Icon name="lens" size={14} />
        </span>
        <h2 class="sl-panel__title">{t('brand.name')}</h2>
        <button
          type="button"
          class="sl-icon-button sl-panel__toggle"
          aria-expanded={expanded}
          aria-controls="sl-panel-body"
          aria-label={expanded ? t('overlay.panel.collapse') : t('overlay.panel.expand')}
          onClick={onToggle}
        >
          <Icon name="chevron" size={16} />
        </button>
      </header>
      <div id="sl-panel-body" class="sl-panel__body" hidden={!expanded}>
        {explained && explained.rows > 0 ? (
          <p class="sl-panel__note" data-explained={explained.rows} data-unsure={explained.unsure}>
            {n('overlay.panel.explained', explained.rows)}
            {explained.unsure > 0 && ` ${n('overlay.panel.unsure', explained.unsure)}`}
          </p>
        ) : (
          <p class="sl-panel__note">{t('overlay.panel.note')}</p>
        )}
        <OutlineHelp words={words} outline={outline} />
        {summary}
        <section class="sl-panel__section" aria-labelledby="sl-panel-categories">
          <div class="sl-panel__section-head">
            <h3 id="sl-panel-categories">{t('overlay.panel.categories')}</h3>
            <label class="sl-panel__filter">
              <span class="sl-visually-hidden">{t('overlay.panel.filter')}</span>
              <select
                value={filter}
                onChange={(event) => {
                  setFilter(event.currentTarget.value === 'all' ? 'all' : 'attention');
                  setShown(PAGE);
                }}
              >
                <option value="attention">{t('overlay.panel.filterAttention')}</option>
                <option value="all">{t('overlay.panel.filterAll')}</option>
              </select>
            </label>
          </div>
          {listed.length === 0 ? (
            <p class="sl-muted">{t('overlay.panel.nothing')}</p>
          ) : (
            <ul class="sl-panel__list">
              {listed.slice(0, shown).map((state) => (
                <li key={`${state.retailId}:${state.ecomId}`} class="sl-panel__row" data-ecom-id={state.ecomId ?? ''}>
                  <span class="sl-panel__path">{state.path}</span>
                  <StatusChip
                    words={words}
                    status={state.status}
                    label={t('overlay.badge.label', {
                      name: shownName(state),
                      status: t(`overlay.status.${state.status}`),
                    })}
                    onOpen={(opener) => onCategory(state, opener)}
                  />
                </li>
              ))}
            </ul>
          )}
          {listed.length > shown && (
            <button type="button" class="sl-link" onClick={() => setShown(shown + PAGE)}>
              {t('overlay.panel.more', { count: Math.min(PAGE, listed.length - shown) })}
            </button>
          )}
        </section>
        {(hiddenProducts.length > 0 || storefrontProducts.length > 0) && (
          <section class="sl-panel__section" aria-labelledby="sl-panel-products">
            <div class="sl-panel__section-head">
              <h3 id="sl-panel-products">{t('overlay.panel.products')}</h3>
            </div>
            <ul class="sl-notice__lines">
              {hiddenProducts.length > 0 && (
                <li class="sl-notice__line sl-notice__line--hidden">
                  {n('overlay.products.hidden', hiddenProducts.length)}
                </li>
              )}
              {storefrontProducts.length > 0 && (
                <li class="sl-notice__line sl-notice__line--storefront">
                  {n('overlay.products.storefront', storefrontProducts.length)}
                </li>
              )}
            </ul>
            <div class="sl-panel__actions">
              <button
                type="button"
                class="sl-button sl-button--quiet"
                aria-haspopup="dialog"
                onClick={(event) => onHelp('where-products', event.currentTarget)}
              >
                {t('overlay.help.q.where-products')}
              </button>
              <EnableProductsButton words={words} count={hiddenProducts.length} onEnable={onEnableProducts} secondary />
            </div>
          </section>
        )}
      </div>
    </aside>
  );
}
