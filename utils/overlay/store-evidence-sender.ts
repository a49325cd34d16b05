import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { hasEvidence, readStoreEvidence } from '../admin-dom/store-evidence.ts';
import { sendEvidenceWith } from '../messaging/ask.ts';

/** How long an admin app still drawing its first page may take to show a link that names its store. */
const EVIDENCE_WAIT_MS = 15_000;

/**
 * On an admin page whose address names no store (/cp/#…): every request carries what the page says of its
 * store, read afresh each time, and the first waits until the admin's app has drawn something that says it (or
 * gives up, and the background then answers that it cannot tell).
 */
export function sendStoreEvidence(ctx: ContentScriptContext): Promise<void> {
  const read = () => readStoreEvidence(document, location.href);
  sendEvidenceWith(read);
  if (hasEvidence(read())) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (hasEvidence(read())) done();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(done, EVIDENCE_WAIT_MS);
    ctx.onInvalidated(done);
    ctx.addEventListener(window, 'hashchange', () => {
      if (hasEvidence(read())) done();
    });
  });
}
