/**
 * Runs in the page's own world (sent as source, so self-contained): every way a script can work a control of the
 * overlay, tried on every control in every shadow root of ours, in three rounds (a first press would open the
 * preview, a second confirm it). Events made by a script are not composed unless asked, and then never leave the
 * shadow root: both kinds are tried. Returns what was tried, as "kind label" ("button Undo", "checkbox on",
 * "chip …", "help …").
 */
export async function pokeEveryControl(): Promise<string[]> {
  const roots = [...document.querySelectorAll('sync-lens-overlay, sync-lens-layer, [data-sync-lens-chip]')].flatMap(
    (host) => (host.shadowRoot ? [{ host, root: host.shadowRoot }] : []),
  );
  const describe = (host: Element, control: Element) => {
    if (control instanceof HTMLInputElement && control.type === 'checkbox')
      return `checkbox ${control.checked ? 'on' : 'off'}`;
    const label = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
    if (host.hasAttribute('data-sync-lens-chip')) return `chip ${label}`;
    if (control.closest('.sl-help')) return `help ${label}`;
    return `${control.localName} ${label}`;
  };
  const poke = (control: Element, composed: boolean) => {
    const options = { bubbles: true, cancelable: true, composed };
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      control.dispatchEvent(
        type.startsWith('pointer') ? new PointerEvent(type, options) : new MouseEvent(type, options),
      );
    }
    for (const type of ['click', 'dblclick', 'auxclick']) control.dispatchEvent(new MouseEvent(type, options));
    for (const type of ['beforeinput', 'input', 'change']) control.dispatchEvent(new Event(type, options));
    for (const [key, code] of [
      ['Enter', 'Enter'],
      [' ', 'Space'],
      ['Escape', 'Escape'],
    ] as const) {
      for (const type of ['keydown', 'keypress', 'keyup'])
        control.dispatchEvent(new KeyboardEvent(type, { ...options, key, code }));
    }
    control.dispatchEvent(new SubmitEvent('submit', options));
  };
  const tried: string[] = [];
  for (let round = 0; round < 3; round++) {
    const controls = roots.flatMap(({ host, root }) =>
      [...root.querySelectorAll('button, a, input, select, textarea, label, summary, form, [role], [tabindex]')].map(
        (control) => ({ host, control }),
      ),
    );
    for (const { host, control } of controls) {
      if (round === 0 && control.matches('button, a, input, select, textarea, summary'))
        tried.push(describe(host, control));
      poke(control, false);
      poke(control, true);
      if (control instanceof HTMLElement) control.click();
      if (control instanceof HTMLFormElement) control.requestSubmit();
    }
    for (const { root } of roots) {
      poke(root.host, false);
      root.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  return tried;
}
