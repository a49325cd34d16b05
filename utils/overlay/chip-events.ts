import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { categoryOfLock } from '../admin-dom/rows.ts';
import { CHIP_ATTRIBUTE, CHIP_ID_ATTRIBUTE, chipTip } from './annotate.ts';
import { catalogLockOf } from './catalog-badges.ts';

export interface ChipHit {
  kind: string;
  id: string;
  /** The chip's button, inside its shadow root: focus goes back to it when what it opened closes. */
  button: HTMLElement;
}

export interface ChipHandlers {
  /** Show a tip next to `anchor`, or hide it (null). */
  tip(tip: { text: string; anchor: DOMRect } | null): void;
  /** A chip was pressed (click, Enter or Space). */
  chip(hit: ChipHit): void;
  /** The admin's own lock on a category's row was clicked. */
  lock(hit: { ecomId: number; lock: Element }): void;
}

/** The admin's lock on a category's row: in the markup Sync Lens knows, or found on an unknown one. */
function lockOf(target: Element): { ecomId: number; lock: Element } | null {
  return categoryOfLock(target) ?? catalogLockOf(target);
}

function chipIn(path: EventTarget[]): HTMLElement | null {
  for (const target of path) {
    if (target instanceof HTMLElement && target.hasAttribute(CHIP_ATTRIBUTE)) return target;
  }
  return null;
}

/**
 * One set of listeners on the window for every chip and lock in the page, however many rows there are:
 * hover and focus show the meaning, a click opens the explanation. Clicks on our chips stop here (capture), so
 * a row the admin makes clickable does not also react to them.
 */
export function listenToChips(ctx: ContentScriptContext, handlers: ChipHandlers, lockTip: () => string): void {
  // What the tip shows, and whether the pointer or the keyboard brought it: each only takes back its own (a
  // scroll makes the browser send mouse events that must not hide a tip keyboard focus opened).
  let showing: { text: string; element: Element; by: 'pointer' | 'focus' } | null = null;
  let frame = 0;
  const show = (text: string | null, element: Element, by: 'pointer' | 'focus') => {
    if (text === null) return;
    showing = { text, element, by };
    handlers.tip({ text, anchor: element.getBoundingClientRect() });
  };
  const hide = (by?: 'pointer' | 'focus') => {
    if (!showing || (by && showing.by !== by)) return;
    showing = null;
    handlers.tip(null);
  };
  // A scroll (the merchant's, or focus bringing a row into view) moves the tip with its badge.
  const follow = () => {
    if (!showing || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (showing) show(showing.text, showing.element, showing.by);
    });
  };

  const onPointer = (event: Event) => {
    const host = chipIn(event.composedPath());
    if (host) return show(chipTip(host), host, 'pointer');
    const target = event.target;
    const lock = target instanceof Element ? lockOf(target) : null;
    if (lock) return show(lockTip(), lock.lock, 'pointer');
    hide('pointer');
  };
  const onFocus = (event: Event) => {
    const host = chipIn(event.composedPath());
    if (host) show(chipTip(host), host, 'focus');
  };

  ctx.addEventListener(window, 'mouseover', onPointer, { passive: true });
  ctx.addEventListener(window, 'focusin', onFocus);
  ctx.addEventListener(window, 'focusout', () => hide('focus'));
  ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
  ctx.addEventListener(window, 'keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  ctx.addEventListener(
    window,
    'click',
    (event) => {
      // A script's click opens nothing, not even through the admin's own lock (utils/security/trusted-events.ts).
      if (!event.isTrusted) return;
      const path = event.composedPath();
      const host = chipIn(path);
      if (host) {
        const button = path.find((target): target is HTMLButtonElement => target instanceof HTMLButtonElement);
        if (!button) return;
        event.preventDefault();
        event.stopPropagation();
        hide();
        handlers.chip({
          kind: host.getAttribute(CHIP_ATTRIBUTE) ?? '',
          id: host.getAttribute(CHIP_ID_ATTRIBUTE) ?? '',
          button,
        });
        return;
      }
      const target = event.target;
      if (!(target instanceof Element)) return;
      const lock = lockOf(target);
      if (!lock) return;
      hide();
      handlers.lock(lock);
    },
    { capture: true },
  );
}

/** A chip's button, found again after its row was drawn anew (focus returns there). */
export function findChipButton(kind: string, id: string): HTMLElement | null {
  const host = document.querySelector(`[${CHIP_ATTRIBUTE}="${kind}"][${CHIP_ID_ATTRIBUTE}="${CSS.escape(id)}"]`);
  return host?.shadowRoot?.querySelector('button') ?? null;
}
