/**
 * The admin page's own scripts share the DOM with the overlay. They cannot see the content script's variables or
 * listeners (another JavaScript world), but they can find the overlay's elements (its shadow roots are open) and
 * dispatch any event on them: `button.click()`, a fake Enter key, a `change` on a checkbox. Such events are never
 * trusted; a person's are (a trusted Enter or Space on a <button> makes a trusted click). So nothing of Sync Lens
 * acts on an untrusted event, whatever its path. Three locks, because each one alone has a way round it:
 *
 * 1. A guard in each shadow root we create (the overlay's two and each chip's): an event a script makes is not
 *    `composed` unless asked, so it stays inside the root and never reaches a listener outside. At the root, in
 *    the capture phase, the guard sees every event bound for anything inside, composed or not, before any
 *    handler of ours (Preact puts its listeners on the elements themselves, below the root).
 * 2. A guard on the window, for events on our shadow hosts themselves and our listeners on the window (chips).
 * 3. A check where the overlay acts (actions.ts, the preview's ticks): a root open to the page lets it move one of
 *    our buttons out of the root, or keep one that was removed (Preact leaves its listeners on removed
 *    elements), and press it there, where neither guard is on the path. So what writes, ticks, opens a write
 *    dialog, confirms, undoes, stops or reads again asks whether a person's event is being handled right now.
 *    Beware: the `input` and `change` a checkbox fires after a script's click are trusted (Chromium), so the
 *    guards cancel the click itself, and the preview ticks on the click, never on `change`.
 *
 * Closed shadow roots would hide our elements from the page altogether, but Playwright's locators pierce open
 * roots only, so the end-to-end tests could no longer find the overlay's buttons to press them as a person
 * does; the roots stay open and the three locks above do the work. Hover and focus only show tips, which a
 * page could show by itself anyway: they are not guarded.
 */

/** Events that make things happen. */
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

/** Listens first (capture) on `root` for every acting event; returns the function that takes the guard away. */
function guard(root: Listening, refuses: (event: Event) => boolean): () => void {
  const stop = (event: Event) => {
    if (event.isTrusted || !refuses(event)) return;
    event.stopImmediatePropagation();
    // Cancelled, a forged click on a checkbox or a label changes nothing (the browser undoes the tick).
    event.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, stop, { capture: true });
  return () => {
    for (const type of ACTING_EVENTS) root.removeEventListener(type, stop, { capture: true });
  };
}

/** On the window: stops untrusted acting events whose path crosses one of our elements. */
export function refuseUntrustedEvents(window: Listening): () => void {
  return guard(window, (event) => event.composedPath().some(isOurs));
}

/** In one of our shadow roots: stops every untrusted acting event bound for anything inside it. */
export function refuseUntrustedEventsIn(root: Listening): () => void {
  return guard(root, () => true);
}

/** The event the overlay's handlers were last called for (see noteHandledEvent). */
let handling: Pick<Event, 'isTrusted' | 'eventPhase'> | null = null;

/**
 * Preact's `options.event` hook: Preact calls it with each event just before it calls one of our handlers with
 * it, so the overlay's actions can ask what they are running for (actingForAPerson).
 */
export function noteHandledEvent<E extends Pick<Event, 'isTrusted' | 'eventPhase'>>(event: E): E {
  handling = event;
  return event;
}

/**
 * Whether what runs now runs for a person: the event last handed to a handler of ours was made by the browser
 * and is still being dispatched (once its dispatch is over, an event's phase is NONE, 0). Anything else, a
 * script's event or code running outside any handler, is not a person asking.
 */
export function actingForAPerson(): boolean {
  return handling !== null && handling.isTrusted && handling.eventPhase !== 0;
}
