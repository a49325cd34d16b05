import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

import { OverviewBar } from '../../components/OverviewBar.tsx';
import { ADMIN_MATCHES } from '../../utils/admin-dom/hosts.ts';
import { SELECTORS } from '../../utils/admin-dom/selectors.ts';
import { detectLanguage, translator } from '../../utils/i18n/index.ts';
import { keepMounted } from '../../utils/overlay/keep-mounted.ts';
import { claimPage } from '../../utils/overlay/single-instance.ts';
import './style.css';

export default defineContentScript({
  matches: ADMIN_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (!claimPage(ctx)) return;
    const t = translator(detectLanguage(document.documentElement.lang, navigator.languages));

    const ui = await createShadowRootUi<HTMLElement>(ctx, {
      name: 'sync-lens-overlay',
      position: 'inline',
      anchor: () => document.querySelector(SELECTORS.categoriesPage),
      append: 'first',
      // Keys typed in the overlay stay in the overlay: the admin's shortcuts must not fire.
      isolateEvents: true,
      onMount(container) {
        render(<OverviewBar t={t} />, container);
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    keepMounted(ctx, ui, () => document.querySelector(SELECTORS.categoriesPage));
  },
});
