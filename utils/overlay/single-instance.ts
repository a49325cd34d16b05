import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const MARK = 'data-sync-lens';

/**
 * One copy of the overlay per page: a second copy of the content script (injected again, or a stale one after
 * an update) finds the mark and exits at once. The mark goes when its owner's context is invalidated.
 */
export function claimPage(ctx: ContentScriptContext): boolean {
  const root = document.documentElement;
  if (root.hasAttribute(MARK)) return false;
  root.setAttribute(MARK, 'active');
  ctx.onInvalidated(() => root.removeAttribute(MARK));
  return true;
}
