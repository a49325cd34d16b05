import type { ComponentChildren } from 'preact';

import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import type { Words } from '../../utils/overlay/words.ts';
import { HelpButton } from './HelpButton.tsx';
import { BarBrand } from './BarBrand.tsx';
import { EnableProductsButton } from './EnableProductsButton.tsx';

/**
 * At the top of the products page: how many products are disabled inside an enabled category (shoppers miss
 * them) and how many sit on the Store front page for want of a Retail category, with Enable products.
 */
export function ProductsNotice({
  words,
  hidden,
  storefront,
  onEnable,
  onHelp,
  children,
}: {
  words: Words;
  hidden: number;
  storefront: number;
  onEnable: (opener: HTMLElement) => void;
  onHelp: (topic: HelpTopic, opener: HTMLElement) => void;
  children?: ComponentChildren;
}) {
  const { t, n } = words;
  return (
    <section class="sl-bar sl-notice" aria-label={t('overlay.products.label')} data-state="ready">
      <div class="sl-bar__top">
        <BarBrand words={words} />
        <ul class="sl-notice__lines">
          {hidden > 0 && (
            <li class="sl-notice__line sl-notice__line--hidden">{n('overlay.products.hidden', hidden)}</li>
          )}
          {storefront > 0 && (
            <li class="sl-notice__line sl-notice__line--storefront">{n('overlay.products.storefront', storefront)}</li>
          )}
          {hidden === 0 && storefront === 0 && <li class="sl-notice__line">{t('overlay.products.allGood')}</li>}
        </ul>
        <span class="sl-bar__spacer" />
        <HelpButton label={t('overlay.help.q.where-products')} onOpen={(opener) => onHelp('where-products', opener)} />
        <EnableProductsButton words={words} count={hidden} onEnable={onEnable} />
      </div>
      {children}
    </section>
  );
}
