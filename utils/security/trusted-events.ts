/**
 * The admin page's own scripts share the DOM with the overlay. They cannot see the content script's variables or
 * listeners (another JavaScript world), but they can find the overlay's elements (its shadow roots are open) and
 * dispatch any event on them: `button.click()`, a fake Enter key, a submit. Such events are never trusted; a
 * person's are. So every untrusted event by which someone acts, headed for something of Sync Lens's, is stopped
 * before any of its handlers runs: a page cannot press our buttons.
 */

/** Events that make things happen. Hover and focus only show tips, which a page could show by itself anyway. */
export const ACTING_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'submit',
  'change',
  'input',
  'beforeinput',
] as const;

/**
 * Sync Lens's own elements in the page: its shadow hosts (<sync-lens-…>) and its badges and notes (hosts with
 * data-sync-lens-chip). Not the admin's own elements that merely carry a data-sync-lens mark (the annotated
 * rows, and <html> while the overlay runs): every event in the page passes through those, and the admin's own
 * scripts must stay free to dispatch events on its rows.
 */
export function isOurs(target: EventTarget): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.localName.startsWith('sync-lens-') || target.hasAttribute('data-sync-lens-chip');
}

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * Listens first (capture, on the window) and stops untrusted acting events bound for our elements. Returns the
 * function that takes the guard away again.
 */
export function refuseUntrustedEvents(root: Listening): () => void {
  const guard = (event: Event) => {
    if (event.isTrusted) return;
    if (!event.composedPath().some(isOurs)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, guard, { capture: true });
  return () => {
    for (const type of ACTING_EVENTS) root.removeEventListener(type, guard, { capture: true });
  };
}
