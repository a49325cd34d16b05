import { browser } from 'wxt/browser';

import type { Reply, RequestOf, RequestType, Responses } from './protocol.ts';

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
