import { removeAnnotations } from './annotate.ts';

const MARK = 'data-sync-lens';
/** Asked on the window by a copy that finds the page claimed; the copy holding it answers at once. */
const ASK = 'sync-lens:owner?';
const ANSWER = 'sync-lens:owner';
/** What a copy draws outside the admin's rows. */
const OUR_HOSTS = 'sync-lens-overlay, sync-lens-layer';

/** The one end of a content script's life this needs (WXT's ContentScriptContext has it). */
interface Ending {
  onInvalidated(end: () => void): void;
}

interface Page {
  document: Document;
  window: Window & { CustomEvent: typeof CustomEvent };
}

/**
 * Whether a live copy holds the page. DOM events reach every listener of the page, whichever script world added
 * it, during `dispatchEvent`: a live copy has answered by the time it returns; a copy whose script is gone cannot.
 */
function ownerAnswers(window: Page['window']): boolean {
  let heard = false;
  const hear = () => (heard = true);
  window.addEventListener(ANSWER, hear);
  window.dispatchEvent(new window.CustomEvent(ASK));
  window.removeEventListener(ANSWER, hear);
  return heard;
}

/**
 * One copy of the overlay per page: a second copy of the content script (injected again) finds the mark, hears
 * the copy holding the page answer, and exits at once. The mark goes when its owner's context is invalidated. A
 * copy gone without that end (Firefox unloads an updated add-on's content script but keeps what it drew, then
 * runs the new one in the open tab) answers nothing: the new copy takes away what it left and holds the page.
 * A page's script could answer in its stead and keep the overlay out, as it could remove it: never a wrong write.
 */
export function claimPage(ctx: Ending, page: Page = { document, window }): boolean {
  const root = page.document.documentElement;
  if (root.hasAttribute(MARK)) {
    if (ownerAnswers(page.window)) return false;
    for (const host of page.document.querySelectorAll(OUR_HOSTS)) host.remove();
    removeAnnotations(page.document);
  }
  root.setAttribute(MARK, 'active');
  const answer = () => page.window.dispatchEvent(new page.window.CustomEvent(ANSWER));
  page.window.addEventListener(ASK, answer);
  ctx.onInvalidated(() => {
    page.window.removeEventListener(ASK, answer);
    root.removeAttribute(MARK);
  });
  return true;
}
