import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * Keeps a shadow-root UI inside the element `findAnchor` returns, through the admin's re-renders: the admin is a
 * single-page app that replaces its page content on navigation, so the anchor we mounted into can vanish while
 * an equal one appears. WXT's autoMount only notices the anchor's presence, not its replacement; this moves the
 * UI's host into the new anchor (keeping the UI's state) and removes it when no anchor is left.
 */
export function keepMounted<T>(
  ctx: ContentScriptContext,
  ui: ShadowRootContentScriptUi<T>,
  findAnchor: () => Element | null,
): void {
  let mounted = false;
  let scheduled = false;

  const sync = () => {
    scheduled = false;
    if (ctx.isInvalid) return;
    const anchor = findAnchor();
    if (!anchor) {
      if (mounted) ui.remove();
      mounted = false;
      return;
    }
    if (!mounted) {
      ui.mount();
      mounted = true;
    } else if (ui.shadowHost.parentElement !== anchor) {
      anchor.prepend(ui.shadowHost);
    }
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(sync);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-page'],
  });
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (mounted) ui.remove();
  });
  sync();
}
