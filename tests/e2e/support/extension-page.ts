import type { Page } from 'playwright-core';

import type { Reply, Request, RequestType, Responses } from '../../../utils/messaging/protocol.ts';
import type { ExtensionSession } from './extension.ts';

/**
 * A page inside the extension's own origin, from which a test speaks to the background exactly as the popup and
 * the options page do: through runtime messaging, with the extension's own sender id.
 */
export async function openExtensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
  return page;
}

export async function askFrom<K extends RequestType>(
  page: Page,
  request: Extract<Request, { type: K }>,
): Promise<Reply<Responses[K]>> {
  return page.evaluate(
    (message) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(message),
    request,
  ) as Promise<Reply<Responses[K]>>;
}

/** The value of a successful reply; a failed one fails the test with the background's own words. */
export async function valueFrom<K extends RequestType>(
  page: Page,
  request: Extract<Request, { type: K }>,
): Promise<Responses[K]> {
  const reply = await askFrom(page, request);
  if (!reply.ok) throw new Error(`${request.type}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}
