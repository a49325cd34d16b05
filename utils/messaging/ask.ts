import { browser } from 'wxt/browser';

import { EVIDENCE_KEY, type StoreEvidence } from '../admin-dom/store-evidence.ts';
import type { Reply, RequestOf, RequestType, Responses } from './protocol.ts';

let evidenceOfPage: (() => StoreEvidence | undefined) | undefined;

/**
 * For a content script on an admin page whose address names no store: what the page says of its store, read
 * afresh and sent beside every request (the background decides with it; see utils/messaging/store-door.ts).
 */
export function sendEvidenceWith(read: () => StoreEvidence | undefined): void {
  evidenceOfPage = read;
}

/** Sends a request to the background and waits for its answer. Never throws: failures come back as data. */
export async function ask<K extends RequestType>(request: RequestOf<K>): Promise<Reply<Responses[K]>> {
  try {
    const evidence = evidenceOfPage?.();
    const message = evidence ? { ...request, [EVIDENCE_KEY]: evidence } : request;
    const reply = (await browser.runtime.sendMessage(message)) as Reply<Responses[K]> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;
    return { ok: false, error: { code: 'unavailable', message: 'The background service did not answer.' } };
  } catch (error) {
    return {
      ok: false,
      error: { code: 'unavailable', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
