import { CATEGORY_ID_ATTRIBUTE, PRODUCT_ID_ATTRIBUTE, SELECTORS } from './selectors.ts';

export type AvailabilityChange = { kind: 'category' | 'product'; ecomIds: readonly number[]; enabled: boolean };

function switchesOf(kind: AvailabilityChange['kind'], ecomIds: readonly number[]): HTMLInputElement[] {
  const wanted = new Set(ecomIds.map(String));
  const switches: HTMLInputElement[] = [];
  if (kind === 'category') {
    for (const row of document.querySelectorAll(SELECTORS.categoryRowOfNode)) {
      if (!wanted.has(row.parentElement?.getAttribute(CATEGORY_ID_ATTRIBUTE) ?? '')) continue;
      const input = row.querySelector<HTMLInputElement>(`:scope > label ${SELECTORS.categorySwitch}`);
      if (input) switches.push(input);
    }
  } else {
    for (const row of document.querySelectorAll(SELECTORS.productRow)) {
      if (!wanted.has(row.getAttribute(PRODUCT_ID_ATTRIBUTE) ?? '')) continue;
      const input = row.querySelector<HTMLInputElement>(SELECTORS.productSwitch);
      if (input) switches.push(input);
    }
  }
  return switches;
}

/**
 * Shows a change Sync Lens made through the API in the admin's own list, without the merchant reloading:
 * the rows' switches flip at once (setting `checked` fires no event, so the admin writes nothing), their labels
 * take the admin's own word for that state from a row already in it (so the admin's language is kept), and the
 * admin is nudged to fetch its data again, as it does when its window gets focus; it then draws the rows itself.
 */
export function reflectAvailability(change: AvailabilityChange): void {
  const switches = switchesOf(change.kind, change.ecomIds);
  const all = change.kind === 'category' ? SELECTORS.categoryRowOfNode : SELECTORS.productRow;
  let word: string | null = null;
  for (const row of document.querySelectorAll(all)) {
    const input = row.querySelector<HTMLInputElement>(SELECTORS.categorySwitch);
    if (input && input.checked === change.enabled && !switches.includes(input)) {
      word = input.parentElement?.querySelector(SELECTORS.switchLabel)?.textContent ?? null;
      break;
    }
  }
  for (const input of switches) {
    input.checked = change.enabled;
    const label = input.parentElement?.querySelector(SELECTORS.switchLabel);
    if (label && word !== null) label.textContent = word;
  }
  nudgeAdminToReload();
}

/** The admin fetches its data again when its window gets focus. */
export function nudgeAdminToReload(): void {
  window.dispatchEvent(new Event('focus'));
}
