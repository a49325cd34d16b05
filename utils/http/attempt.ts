import type { FetchLike } from './runtime.ts';

/** What one try of a request came to, before anyone decides whether it failed. */
export type AttemptOutcome =
  | { type: 'answer'; status: number; headers: Headers; text: string }
  | { type: 'network'; cause: unknown }
  | { type: 'timeout' };

/**
 * Sends once and reads the whole body, all under one deadline: a server that sends headers and then stalls
 * mid-body is as stuck as one that never answers.
 */
export async function attemptOnce(
  fetch: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const controller = new AbortController();
  // Raced as well as passed on: the deadline holds even for a fetch (or a body) that ignores the signal.
  const deadline = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('timed out')), { once: true });
  });
  deadline.catch(() => {});
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await Promise.race([fetch(url, { ...init, signal: controller.signal }), deadline]);
    const text = await Promise.race([response.text(), deadline]);
    return { type: 'answer', status: response.status, headers: response.headers, text };
  } catch (cause) {
    return controller.signal.aborted ? { type: 'timeout' } : { type: 'network', cause };
  } finally {
    clearTimeout(timer);
  }
}
