/**
 * What the clients need from their surroundings, injectable so tests control time and the network. Only
 * `fetch`, `setTimeout` and `Date` are used by default: the same code runs in a service worker and in Node.
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface Runtime {
  fetch: FetchLike;
  /** Milliseconds since the epoch. */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1): the jitter of back-offs. */
  random: () => number;
}

export type RuntimeOptions = Partial<Runtime>;

export function resolveRuntime(options: RuntimeOptions): Runtime {
  return {
    // Called through a wrapper: a detached `fetch` throws "Illegal invocation" in browsers.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: options.now ?? (() => Date.now()),
    sleep: options.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
  };
}

/** A bearer token, or a function that gives the current one (so an expiring OAuth token can be refreshed). */
export type TokenSource = string | (() => string | Promise<string>);

export async function currentToken(source: TokenSource): Promise<string> {
  return typeof source === 'string' ? source : await source();
}
