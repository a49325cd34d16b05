import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

import { CodedError, saidOf } from '../../utils/i18n/said.ts';
import { refusalFor, type SenderFacts } from '../../utils/messaging/policy.ts';
import type { Handlers, Reply, Request } from '../../utils/messaging/protocol.ts';
import type { StoreEvidence } from '../../utils/admin-dom/store-evidence.ts';
import { EVIDENCE_KEY, RequestSchema, StoreEvidenceSchema } from '../../utils/messaging/requests.ts';

/** A failure whose message is meant for the merchant, with a code pages can act on. */
export class HandlerError extends CodedError<string> {
  override name = 'HandlerError';
}

/**
 * Only this extension's own pages and content scripts may talk to the background: a web page cannot reach
 * runtime messaging without externally_connectable, and another extension carries another id.
 */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * Whether the sender is one of the extension's own pages (options, popup) rather than a content script: its
 * URL is under the extension's own origin (chrome-extension://id/, moz-extension://uuid/). A content script's
 * sender URL is the web page's.
 */
export function isExtensionPage(sender: Browser.runtime.MessageSender, pagesOrigin: string | undefined): boolean {
  return pagesOrigin !== undefined && typeof sender.url === 'string' && sender.url.startsWith(pagesOrigin);
}

/**
 * Checks the sender and the shape, then runs the matching handler; the answer is always a Reply.
 * `pagesOrigin` is the extension's own URL prefix (browser.runtime.getURL('/')); without it, every sender is
 * treated as a content script. `facts` tells a content script's page from another store's (policy.ts); without
 * them, a content script is answered nothing about a store.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
  pagesOrigin?: string,
  facts?: SenderFacts,
): Promise<Reply<unknown>> {
  if (!isOwnSender(sender, ownId)) {
    return { ok: false, error: { code: 'forbidden', message: 'Messages are accepted from Sync Lens only.' } };
  }
  const { request: raw, evidence } = splitEvidence(message);
  const parsed = v.safeParse(RequestSchema, raw);
  if (!parsed.success || evidence === false) {
    return { ok: false, error: { code: 'bad-request', message: 'This request is not one Sync Lens knows.' } };
  }
  const request: Request = parsed.output;
  try {
    const refusal = await refusalFor(request, sender, isExtensionPage(sender, pagesOrigin), facts ?? null, evidence);
    if (refusal) return { ok: false, error: refusal };
    const handler = handlers[request.type] as (request: Request) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'failed';
    const said = saidOf(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code, message, ...(said ? { said } : {}) } };
  }
}

/** The request apart from the page evidence a content script may send beside it; false when that is malformed. */
function splitEvidence(message: unknown): { request: unknown; evidence: StoreEvidence | undefined | false } {
  if (typeof message !== 'object' || message === null || !(EVIDENCE_KEY in message)) {
    return { request: message, evidence: undefined };
  }
  const { [EVIDENCE_KEY]: raw, ...request } = message as Record<string, unknown>;
  const parsed = v.safeParse(StoreEvidenceSchema, raw);
  return { request, evidence: parsed.success ? parsed.output : false };
}

/** Installs the handlers on the background's message listener. */
export function serveMessages(handlers: Handlers, facts: SenderFacts): void {
  const pagesOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(handlers, message, sender, browser.runtime.id, pagesOrigin, facts),
  );
}
