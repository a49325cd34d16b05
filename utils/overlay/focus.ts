const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What can take focus inside `root`, in tab order (visible elements only). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
}

/** The element that really has focus, looking inside shadow roots (document.activeElement stops at their host). */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Keeps Tab and Shift+Tab inside `root`: from the last element to the first and back. */
export function trapTab(event: KeyboardEvent, root: ParentNode): void {
  if (event.key !== 'Tab') return;
  const items = focusables(root);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = deepActiveElement();
  if (event.shiftKey && (active === first || !items.includes(active as HTMLElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !items.includes(active as HTMLElement))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The keys of every box that holds focus (a dialog, a popover): Escape closes it, Tab and Shift+Tab stay inside.
 * For its onKeyDown; `root` is read when the key comes, since the box may have been drawn anew.
 */
export function dialogKeys(root: () => ParentNode | null, onClose: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    const box = root();
    if (box) trapTab(event, box);
  };
}

/** Gives focus back to where it was before a dialog opened, or to a stand-in when that element is gone. */
export function returnFocus(opener: HTMLElement | null, standIn?: () => HTMLElement | null): void {
  const target = opener?.isConnected ? opener : (standIn?.() ?? null);
  target?.focus();
}
