import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';

import type { Handlers, Reply, Request } from './protocol.ts';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const EcomIds = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(100_000));

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
  v.strictObject({ type: v.literal('refresh') }),
  v.strictObject({ type: v.literal('start-job'), job: JobRequestSchema }),
  v.strictObject({ type: v.literal('job'), id: Id }),
  v.strictObject({ type: v.literal('undo'), id: Id }),
  v.strictObject({ type: v.literal('cancel'), id: Id }),
]);

/** A failure whose message is meant for the merchant, with a code pages can act on. */
export class HandlerError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
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
  const request: Request = parsed.output;
  try {
    const handler = handlers[request.type] as (request: Request) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'failed';
    return { ok: false, error: { code, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** Installs the handlers on the background's message listener. */
export function serveMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, sender, browser.runtime.id));
}
