/**
 * Sync Lens's own elements in the admin: its shadow hosts (<sync-lens-…>) and its badges and notes (hosts with
 * data-sync-lens-chip). What is read from an unknown page (its rows, its outline) leaves them out.
 * (utils/security/trusted-events.ts › isOurs asks the same of an event's target; it lives on this same floor.)
 */
export function isOwnElement(element: Element): boolean {
  return element.localName.startsWith('sync-lens-') || element.hasAttribute('data-sync-lens-chip');
}

/** Whether an element is one of Sync Lens's own, or inside one. */
export function withinOwnElement(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (isOwnElement(at)) return true;
  return false;
}
