import type { ComponentChildren } from 'preact';

import type { HelpTopic } from '../../utils/overlay/help-topics.ts';
import { shownName } from '../../utils/overlay/drift-lines.ts';
import type { Words } from '../../utils/overlay/words.ts';
import type { CategoryState } from '../../utils/sync/model.ts';
import { HelpButton } from './HelpButton.tsx';
import { BarBrand } from './BarBrand.tsx';
import { EnableProductsButton } from './EnableProductsButton.tsx';
import { StatusChip } from './StatusChip.tsx';

/**
 * At the top of a category's settings: where it stands, which of its fields belong to Retail POS and which to
 * the merchant (each field also says so beside it), and its products that shoppers cannot see.
 */
export function CategoryNotice({
  words,
  state,
  hidden,
  onDetails,
  onEnable,
  onHelp,
  children,
}: {
  words: Words;
  state: CategoryState;
  hidden: number;
  onDetails: (opener: HTMLElement) => void;
  onEnable: (opener: HTMLElement) => void;
  onHelp: (topic: HelpTopic, opener: HTMLElement) => void;
  children?: ComponentChildren;
}) {
  const { t, n } = words;
  const fromRetail = state.retailId !== null;
  return (
    <section
      class="sl-bar sl-notice"
      aria-label={t('overlay.category.label')}
      data-state="ready"
      data-status={state.status}
    >
      <div class="sl-bar__top">
        <BarBrand words={words} />
        <StatusChip
          words={words}
          status={state.status}
          label={t('overlay.badge.label', { name: shownName(state), status: t(`overlay.status.${state.status}`) })}
          onOpen={onDetails}
        />
        <span class="sl-bar__spacer" />
        <HelpButton
          label={fromRetail ? t('overlay.help.q.why-lock') : t('overlay.help.q.online-only')}
          onOpen={(opener) => onHelp(fromRetail ? 'why-lock' : 'online-only', opener)}
        />
        <EnableProductsButton words={words} count={hidden} onEnable={onEnable} />
      </div>
      <ul class="sl-notice__lines">
        <li class="sl-notice__line">{fromRetail ? t('overlay.category.retail') : t('overlay.category.online')}</li>
        {hidden > 0 && <li class="sl-notice__line sl-notice__line--hidden">{n('overlay.category.hidden', hidden)}</li>}
      </ul>
      {children}
    </section>
  );
}
