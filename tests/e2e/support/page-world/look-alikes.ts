import type { Request } from '../../../../utils/messaging/protocol.ts';

/**
 * Runs in the page's own world (self-contained): everything a page's script could try in place of the runtime
 * messaging it does not have. Each request is posted to the window (as an object, wrapped as if from Sync Lens,
 * as text) and dispatched as DOM events; then the page makes look-alikes of the overlay's own elements (a chip
 * with its shadow root and button, a bar with the overlay's `data-action` buttons, rows marked as ours) and
 * clicks and presses them, and takes them away again; last, it sends the event by which a newer copy of a WXT
 * content script stops an older one (`scriptStarted`, named after the extension's public id). Returns what the
 * page could see of an extension: whether `chrome.runtime` is there, and how many messages reached it that it did
 * not post itself.
 */
export async function tryLookAlikes({
  requests,
  scriptStarted,
}: {
  requests: Request[];
  scriptStarted: string;
}): Promise<string[]> {
  const found: string[] = [];
  const scope = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } };
  found.push(`runtime: ${typeof scope.chrome?.runtime}`);
  found.push(`sendMessage: ${typeof scope.chrome?.runtime?.sendMessage}`);
  const settle = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

  // Anything posted to the page that it did not post itself would be an answer, recorded here.
  const posted = new Set<string>();
  const post = (message: unknown) => {
    posted.add(JSON.stringify(message));
    window.postMessage(message, '*');
  };
  const answers: unknown[] = [];
  window.addEventListener('message', (event) => {
    // (The page's own CustomEvents named "message" are not answers.)
    if (event instanceof MessageEvent && !posted.has(JSON.stringify(event.data))) answers.push(event.data);
  });
  for (const request of requests) {
    post(request);
    post({ source: 'sync-lens', ...request });
    post(JSON.stringify(request));
    for (const target of [window, document, document.documentElement]) {
      target.dispatchEvent(new CustomEvent(`sync-lens:${request.type}`, { detail: request, bubbles: true }));
      target.dispatchEvent(new CustomEvent('message', { detail: request, bubbles: true }));
    }
  }
  await settle();

  // Look-alikes of our elements, by the attributes the overlay marks them with.
  const made: Element[] = [];
  const newId =
    document
      .querySelector('[data-sync-lens-chip="category"][data-sync-lens-status="new"]')
      ?.getAttribute('data-sync-lens-id') ?? '1';
  const chip = document.createElement('span');
  chip.setAttribute('data-sync-lens-chip', 'category');
  chip.setAttribute('data-sync-lens-id', newId);
  chip.setAttribute('data-sync-lens-status', 'new');
  const chipButton = chip.attachShadow({ mode: 'open' }).appendChild(document.createElement('button'));
  const bar = document.createElement('sync-lens-overlay');
  const barButtons = ['enable-categories', 'enable-products', 'confirm', 'undo', 'open-options'].map((action) => {
    const button = bar.appendChild(document.createElement('button'));
    button.setAttribute('data-action', action);
    return button;
  });
  document.body.append(chip, bar);
  made.push(chip, bar);
  const rows = [...document.querySelectorAll('li[data-category-id]')].slice(0, 3);
  for (const row of rows) row.setAttribute('data-sync-lens', 'planted');
  for (const target of [chipButton, chip, bar, ...barButtons, ...rows]) {
    for (const composed of [false, true]) {
      const options = { bubbles: true, cancelable: true, composed };
      target.dispatchEvent(new MouseEvent('click', options));
      target.dispatchEvent(new KeyboardEvent('keydown', { ...options, key: 'Enter', code: 'Enter' }));
    }
    if (target instanceof HTMLElement) target.click();
  }
  await settle();
  for (const element of made) element.remove();
  for (const row of rows) row.removeAttribute('data-sync-lens');
  await settle();

  // "A newer copy of the admin content script started": the older copy would take the whole overlay away.
  for (const target of [document, window, document.documentElement]) {
    const detail = { contentScriptName: 'admin', messageId: 'the-page' };
    target.dispatchEvent(new CustomEvent(scriptStarted, { detail, bubbles: true }));
  }
  await settle();

  found.push(`answers: ${answers.length}`);
  return found;
}
