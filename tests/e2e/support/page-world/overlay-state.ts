/**
 * Runs in the page's own world: what the overlay shows that a press, a tick or a key could change (which dialogs,
 * popovers and panels are open, each control's label, ticks, disabled and expanded state).
 */
export function overlayState(): string[] {
  return [...document.querySelectorAll('sync-lens-overlay, sync-lens-layer, [data-sync-lens-chip]')]
    .flatMap((host) =>
      host.shadowRoot
        ? [...host.shadowRoot.querySelectorAll('[role="dialog"], button, input, [aria-expanded], [hidden]')]
        : [],
    )
    .map((element) =>
      [
        element.localName,
        element.getAttribute('role'),
        element.getAttribute('aria-label') ?? (element.matches('button') ? element.textContent?.trim() : ''),
        element instanceof HTMLInputElement ? String(element.checked) : '',
        element.matches(':disabled') ? 'disabled' : '',
        element.getAttribute('aria-expanded'),
        element.hasAttribute('hidden') ? 'hidden' : '',
      ].join('|'),
    );
}
