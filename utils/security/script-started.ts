/**
 * WXT lets a newer copy of a content script stop an older one: the newer one dispatches a CustomEvent on the
 * document, named after the extension's id and the script's entrypoint (`ContentScriptContext
 * .SCRIPT_STARTED_MESSAGE_TYPE`), and every older copy that hears it tears itself down. The id is public (it is
 * the store's, and the add-on's in Firefox) and WXT even posted the name to the page's window, so the admin
 * page's own scripts can dispatch the same event: one line of a page's script took the whole overlay away, in
 * Chromium and in Firefox alike (tests/e2e/both/security.test.ts).
 *
 * Sync Lens does not need that event: a second copy stays out of a page already claimed (single-instance.ts), and
 * an orphaned copy notices within seconds that its extension is gone (LIVENESS_MS in the content script). So it is
 * stopped on the window, in the capture phase, before it reaches the listener WXT put on the document.
 */
export function refuseScriptStartedEvents(
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  name: string,
): () => void {
  const stop = (event: Event) => event.stopImmediatePropagation();
  window.addEventListener(name, stop, { capture: true });
  return () => window.removeEventListener(name, stop, { capture: true });
}
