/**
 * What a shared flow points at, the same way in Playwright and in Puppeteer: a CSS selector in which `>>>` steps
 * into the open shadow roots of the elements before it (the overlay draws in shadow roots), narrowed by the text
 * a person reads (or the accessible name a screen reader reads), or a form field found by its label.
 */
export type Target = string | { css?: string; text?: string; has?: string; label?: string; nth?: number };

export interface Found {
  count: number;
  /** The middle of the first visible match, in the viewport, after scrolling it into view (when asked). */
  x: number;
  y: number;
  visible: boolean;
  text: string;
  value: string | null;
  checked: boolean | null;
  disabled: boolean;
  attribute: string | null;
}

/**
 * Runs inside the page (self-contained: it is sent as source): finds `target` and describes its first visible
 * match, or its first match when none is visible.
 */
export const findInPage = (args: {
  target: Target;
  scroll: boolean;
  focus: boolean;
  attribute: string | null;
}): Found => {
  const spec = typeof args.target === 'string' ? { css: args.target } : args.target;
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  // Every root below `scope`: itself and each open shadow root in it, at any depth.
  const rootsIn = (scope: ParentNode): ParentNode[] => {
    const roots: ParentNode[] = [scope];
    for (let at = 0; at < roots.length; at++)
      for (const element of roots[at]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    return roots;
  };
  const within = (scopes: ParentNode[], css: string): Element[] => {
    const found = new Set<Element>();
    for (const scope of scopes)
      for (const root of rootsIn(scope)) for (const el of root.querySelectorAll(css)) found.add(el);
    return [...found];
  };
  let matches: Element[];
  if (spec.label !== undefined) {
    // As a screen reader names a field: by its label's words or its aria-label, which may say more than `label`.
    const wanted = squash(spec.label).toLowerCase();
    const says = (text: string | null) => squash(text).toLowerCase().includes(wanted);
    const labelled: Element[] = [];
    for (const label of within([document], 'label'))
      if (says(label.textContent) && (label as HTMLLabelElement).control)
        labelled.push((label as HTMLLabelElement).control!);
    for (const element of within([document], '[aria-label]'))
      if (says(element.getAttribute('aria-label'))) labelled.push(element);
    matches = [...new Set(labelled)];
  } else {
    const steps = (spec.css ?? '*').split('>>>').map((step) => step.trim());
    let scopes: ParentNode[] = [document];
    matches = [];
    steps.forEach((step, index) => {
      matches = within(scopes, step);
      if (index < steps.length - 1)
        scopes = matches.map((element) => element.shadowRoot ?? element).filter((scope) => scope !== null);
    });
  }
  const named = (element: Element) => squash(element.getAttribute('aria-label') ?? element.textContent);
  if (spec.text !== undefined) matches = matches.filter((element) => named(element) === squash(spec.text));
  if (spec.has !== undefined) matches = matches.filter((element) => named(element).includes(squash(spec.has)));
  if (spec.nth !== undefined) matches = matches.slice(spec.nth, spec.nth + 1);
  const isVisible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const first = matches.find(isVisible) ?? matches[0];
  if (!first)
    return {
      count: 0,
      x: 0,
      y: 0,
      visible: false,
      text: '',
      value: null,
      checked: null,
      disabled: false,
      attribute: null,
    };
  if (args.scroll) first.scrollIntoView({ block: 'center', inline: 'center' });
  if (args.focus) (first as HTMLElement).focus();
  const box = first.getBoundingClientRect();
  const field = first as HTMLInputElement;
  return {
    count: matches.length,
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
    visible: isVisible(first),
    text: squash(first.textContent),
    value: 'value' in field && typeof field.value === 'string' ? field.value : null,
    checked: 'checked' in field && typeof field.checked === 'boolean' ? field.checked : null,
    disabled: 'disabled' in field && field.disabled === true,
    attribute: args.attribute === null ? null : first.getAttribute(args.attribute),
  };
};

export function describeTarget(target: Target): string {
  return typeof target === 'string' ? target : JSON.stringify(target);
}
