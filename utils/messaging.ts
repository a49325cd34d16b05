import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

/**
 * The one door between the extension's pages (content script, popup, options) and the background. Every
 * request is a validated, typed message; every answer is `{ok: true, value}` or `{ok: false, error}`, so a
 * failure arrives as words the page can show instead of a rejected promise with no context.
 */

export const RequestSchema = v.variant('type', [v.strictObject({ type: v.literal('overview') })]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

/** What the background knows at a glance; grows with the engine. */
export interface Overview {
  version: string;
  connected: { retail: boolean; ecom: boolean };
}

export interface Responses {
  overview: Overview;
}

export interface MessageError {
  /** Stable, for code: "bad-request", "forbidden", "unavailable", "failed". */
  code: string;
  /** For people: what happened and what to do. */
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageError };

type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

export type Handlers = {
  [K in RequestType]: (request: RequestOf<K>) => Promise<Responses[K]>;
};

/** Sends a request to the background and waits for its answer. Never throws: failures come back as data. */
export async function ask<K extends RequestType>(request: RequestOf<K>): Promise<Reply<Responses[K]>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[K]> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: { code: 'unavailable', message: 'The background service did not answer.' } };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

/**
 * Only this extension's own pages and content scripts may talk to the background: a web page cannot reach
 * runtime messaging without externally_connectable, and another extension carries another id.
 */
export function isOwnSender(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/** Checks the sender and the shape, then runs the matching handler; the answer is always a Reply. */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  ownId: string,
): Promise<Reply<unknown>> {
  if (!isOwnSender(sender, ownId)) {
    return { ok: false, error: { code: 'forbidden', message: 'Messages are accepted from Sync Lens only.' } };
  }
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    return { ok: false, error: { code: 'bad-request', message: 'This request is not one Sync Lens knows.' } };
  }
  const request = parsed.output;
  try {
    const handler = handlers[request.type] as (request: Request) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Installs the handlers on the background's message listener. */
export function serveMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message, sender) =>
    dispatch(handlers, message, sender, browser.runtime.id),
  );
}
