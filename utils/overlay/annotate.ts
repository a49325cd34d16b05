import type { Slot } from '../admin-dom/rows.ts';
import { refuseUntrustedEventsIn } from '../security/trusted-events.ts';
import { styleShadowRoot } from './chip-styles.ts';

/** On every element of the admin that carries something of ours: what it carries, to redo nothing unchanged. */
export const ROW_MARK = 'data-sync-lens';
/** On every host element of ours inside the admin's markup, with what kind of thing it is. */
export const CHIP_ATTRIBUTE = 'data-sync-lens-chip';
/** The id of the category or product a chip is about. */
export const CHIP_ID_ATTRIBUTE = 'data-sync-lens-id';
/**
 * What a category chip says, as the engine's status ("live", "ambiguous"…; "storefront" on the Store front page's
 * row). With the two above, the testing contract every category chip keeps, wherever it is placed.
 */
export const CHIP_STATUS_ATTRIBUTE = 'data-sync-lens-status';

export interface Target {
  /** The admin's element we annotate; it carries ROW_MARK. Replaced by the admin, it loses both mark and chip. */
  owner: Element;
  slot: Slot;
  kind: 'category' | 'product' | 'field';
  id: string;
  /** For a category chip: its status (CHIP_STATUS_ATTRIBUTE). */
  status?: string;
  /** What the chip shows, as a short key: equal signatures mean nothing to redo. Null: no chip here. */
  signature: string | null;
  /** Draws the chip's content into its shadow root (called only when the signature changed). */
  fill(root: ShadowRoot): void;
}

const chips = new WeakMap<Element, HTMLElement>();

/**
 * A custom element's name, never defined: the admin's rules for spans and divs do not match it, the browser lets
 * it hold a shadow root, and it reads as ours in the page (like the overlay's own <sync-lens-…> hosts).
 */
const CHIP_TAG = 'sync-lens-chip';

function createChip(kind: Target['kind']): HTMLElement {
  const host = document.createElement(CHIP_TAG);
  host.setAttribute(CHIP_ATTRIBUTE, kind);
  const root = host.attachShadow({ mode: 'open' });
  styleShadowRoot(root);
  // Only a person presses a chip (utils/security/trusted-events.ts).
  refuseUntrustedEventsIn(root);
  return host;
}

/**
 * Puts each target's chip in place, idempotently: unchanged targets are only read, changed ones get their chip
 * redrawn, targets that need none lose theirs. Returns how many chips were written.
 */
export function annotate(targets: Iterable<Target>): number {
  let written = 0;
  for (const target of targets) {
    const { owner, slot, signature } = target;
    const existing = chips.get(owner);
    const inPlace = existing !== undefined && existing.parentNode === slot.parent;
    if (signature === null) {
      if (existing) existing.remove();
      if (owner.hasAttribute(ROW_MARK)) owner.removeAttribute(ROW_MARK);
      chips.delete(owner);
      continue;
    }
    if (inPlace && owner.getAttribute(ROW_MARK) === signature) continue;
    const host = inPlace ? existing : createChip(target.kind);
    host.setAttribute(CHIP_ID_ATTRIBUTE, target.id);
    if (target.status === undefined) host.removeAttribute(CHIP_STATUS_ATTRIBUTE);
    else host.setAttribute(CHIP_STATUS_ATTRIBUTE, target.status);
    const root = host.shadowRoot!;
    for (const child of [...root.childNodes]) if (child.nodeName !== 'STYLE') child.remove();
    target.fill(root);
    if (!inPlace) {
      existing?.remove();
      slot.parent.insertBefore(host, slot.before());
      chips.set(owner, host);
    }
    owner.setAttribute(ROW_MARK, signature);
    written += 1;
  }
  return written;
}

/** Takes every chip and mark of ours out of the admin's markup. */
export function removeAnnotations(root: ParentNode): void {
  // The page's own mark (the same attribute on <html>) says which copy holds the page: not a row's.
  const top =
    'documentElement' in root ? (root as Document).documentElement : (root as Node).ownerDocument?.documentElement;
  for (const chip of root.querySelectorAll(`[${CHIP_ATTRIBUTE}]`)) chip.remove();
  for (const owner of root.querySelectorAll(`[${ROW_MARK}]`)) {
    if (owner !== top) owner.removeAttribute(ROW_MARK);
  }
}

/**
 * Takes ours away from every annotated element but these: a row the catalog no longer tells (a virtualised list
 * reused it for another category, or a name it cannot tell apart) must not keep the badge it had.
 */
export function removeAnnotationsExcept(root: ParentNode, keep: ReadonlySet<Element>): void {
  for (const owner of root.querySelectorAll(`[${ROW_MARK}]`)) {
    if (owner === document.documentElement || keep.has(owner)) continue;
    chips.get(owner)?.remove();
    chips.delete(owner);
    owner.removeAttribute(ROW_MARK);
  }
}

/** Whether a node is one of our chips (so our own insertions do not wake the observer's work again). */
export function isChip(node: Node): boolean {
  return node instanceof Element && node.hasAttribute(CHIP_ATTRIBUTE);
}

/** Builds a chip's button: a dot, the text, and the sentence a hover or focus shows (also read by screen readers). */
export function chipButton(
  root: ShadowRoot,
  options: { tone: string; text: string; tip: string; label?: string; popup?: boolean },
): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `chip chip--${options.tone}`;
  button.setAttribute('aria-describedby', 'tip');
  if (options.label) button.setAttribute('aria-label', options.label);
  if (options.popup) button.setAttribute('aria-haspopup', 'dialog');
  const dot = document.createElement('span');
  dot.className = 'dot';
  dot.setAttribute('aria-hidden', 'true');
  button.append(dot, options.text);
  const tip = document.createElement('span');
  tip.id = 'tip';
  tip.hidden = true;
  tip.textContent = options.tip;
  root.append(button, tip);
  return button;
}

/** The sentence a chip's hover or focus shows. */
export function chipTip(host: Element): string | null {
  return host.shadowRoot?.getElementById('tip')?.textContent ?? null;
}
