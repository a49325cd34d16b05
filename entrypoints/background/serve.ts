import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

import { saidOf, WordedError, type Said } from '../../utils/i18n/said.ts';
import { AUDIENCE, refusalFor, type SenderFacts } from '../../utils/messaging/policy.ts';
import type { Handlers, Reply, Request, RequestType } from '../../utils/messaging/protocol.ts';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const EcomIds = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(100_000));

/** What a person types into a form field: bounded, so a message cannot carry megabytes. */
const Field = v.pipe(v.string(), v.maxLength(2_000));
const Credential = v.pipe(v.string(), v.minLength(1), v.maxLength(4_000));

const SettingsChanges = v.strictObject({
  mode: v.optional(v.picklist(['watch', 'sync'])),
  refreshMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60))),
  language: v.optional(v.picklist(['auto', 'en', 'fr'])),
});

const JobRequestSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('enable-categories'), ecomIds: v.optional(EcomIds) }),
  v.strictObject({ kind: v.literal('disable-categories'), ecomIds: EcomIds }),
  v.strictObject({ kind: v.literal('enable-products'), ecomIds: v.optional(EcomIds) }),
  v.strictObject({ kind: v.literal('sync') }),
]);

/** Every request a page may send; anything else is refused before any handler runs. */
export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('overview') }),
  v.strictObject({ type: v.literal('status') }),
  v.strictObject({ type: v.literal('refresh'), full: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('start-job'), job: JobRequestSchema }),
  v.strictObject({ type: v.literal('job'), id: Id }),
  v.strictObject({ type: v.literal('job-progress'), id: Id }),
  v.strictObject({ type: v.literal('undo'), id: Id }),
  v.strictObject({ type: v.literal('cancel'), id: Id }),
  v.strictObject({ type: v.literal('connections') }),
  v.strictObject({ type: v.literal('connect-ecom'), storeId: Field, token: Credential, apiBase: v.optional(Field) }),
  v.strictObject({ type: v.literal('connect-retail'), token: Credential, accountId: v.optional(Field), apiBase: v.optional(Field) }),
  v.strictObject({
    type: v.literal('retail-oauth'),
    clientId: Field,
    clientSecret: v.optional(Credential),
    apiBase: v.optional(Field),
    authBase: v.optional(Field),
  }),
  v.strictObject({ type: v.literal('connect-sandbox'), url: v.optional(Field) }),
  v.strictObject({ type: v.literal('forget') }),
  v.strictObject({ type: v.literal('settings') }),
  v.strictObject({ type: v.literal('save-settings'), settings: SettingsChanges }),
  v.strictObject({ type: v.literal('activity') }),
  v.strictObject({ type: v.literal('words'), part: v.literal('overlay'), language: v.picklist(['en', 'fr']) }),
  v.strictObject({ type: v.literal('open-options') }),
]);

/**
 * Requests only the extension's own pages (options, popup) may send: they handle credentials or change what
 * the extension is connected to. Who may send what is decided in policy.ts (AUDIENCE).
 */
export const PAGE_ONLY_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>(
  (Object.keys(AUDIENCE) as RequestType[]).filter((type) => AUDIENCE[type] === 'own-pages'),
);

/** A failure whose message is meant for the merchant, with a code pages can act on. */
export class HandlerError extends WordedError {
  readonly code: string;
  constructor(code: string, message: string | Said) {
    super(message);
    this.code = code;
  }
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
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: 'This request is not one Sync Lens knows.' } };
  }
  const request: Request = parsed.output;
  try {
    const refusal = await refusalFor(request, sender, isExtensionPage(sender, pagesOrigin), facts ?? null);
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

/** Installs the handlers on the background's message listener. */
export function serveMessages(handlers: Handlers, facts: SenderFacts): void {
  const pagesOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(handlers, message, sender, browser.runtime.id, pagesOrigin, facts),
  );
}
