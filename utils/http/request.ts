import type * as v from 'valibot';

import { ApiError } from './api-error.ts';
import { attemptOnce } from './attempt.ts';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import { readAnswer, type Outcome } from './answer.ts';
import { classifyNoAnswer, classifyStatus, type AttemptFailure } from './classify.ts';
import type { ServiceVoice } from './voice.ts';
import type { Pacer } from './pacer.ts';
import { currentToken, type Runtime, type TokenSource } from './runtime.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest<S extends v.GenericSchema> {
  method: HttpMethod;
  /** The full URL, query included. */
  url: string;
  /** The path below the API base, for errors: "/Category.json". Never the host, the query or a token. */
  path: string;
  body?: unknown;
  /** The answer's schema: an answer that does not fit is a 'malformed' ApiError naming the field. */
  schema: S;
  /**
   * Sending twice does no harm. Default: every method but POST. Only such requests are repeated after a
   * failure that may have reached the server (timeout, dropped connection, 500).
   */
  idempotent?: boolean;
}

/** How requests are retried, timed out and paced. */
export interface RequestPolicy {
  /** Per attempt, the answer's body included. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /**
   * The longest single wait (back-off, Retry-After or pacing) a request sleeps through. A longer one throws a
   * retryable ApiError with retryAfterMs instead, so a job in a service worker that may be stopped at any
   * moment can schedule itself rather than sleep.
   */
  maxWaitMs: number;
  backoff: BackoffPolicy;
}

export const DEFAULT_POLICY: RequestPolicy = {
  timeoutMs: 20_000,
  maxAttempts: 5,
  maxWaitMs: 60_000,
  backoff: DEFAULT_BACKOFF,
};

export interface HttpClientOptions {
  voice: ServiceVoice;
  token: TokenSource;
  runtime: Runtime;
  policy?: Partial<RequestPolicy>;
  pacer?: Pacer;
  /**
   * Gets a new token after a 401, for tokens that can be renewed (R-Series OAuth); resolves to whether it did.
   * The refused request is then sent once more with the new token.
   */
  renewToken?: () => Promise<boolean>;
}

export interface HttpClient {
  send<S extends v.GenericSchema>(request: HttpRequest<S>): Promise<v.InferOutput<S>>;
  /** Builds an ApiError in this service's voice, for problems found after the answer was checked. */
  fail(facts: FailureReport): ApiError;
}

export interface FailureReport {
  method: HttpMethod;
  path: string;
  kind: ApiError['kind'];
  status: number | null;
  detail: string;
  retryable?: boolean;
  retryAfterMs?: number | null;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { voice, runtime, pacer } = options;
  const policy: RequestPolicy = { ...DEFAULT_POLICY, ...options.policy };

  const toError = (request: { method: HttpMethod; path: string }, failure: AttemptFailure): ApiError => {
    const endpoint = `${request.method} ${request.path}`;
    const facts = { ...failure, method: request.method, endpoint, timeoutMs: policy.timeoutMs };
    const detail =
      failure.kind === 'malformed' && failure.detail !== null ? `${endpoint}: ${failure.detail}` : failure.detail;
    return new ApiError({
      kind: failure.kind,
      service: voice.service,
      endpoint,
      status: failure.status,
      retryable: failure.retryable,
      retryAfterMs: failure.retryAfterMs,
      detail,
      said: voice.describe({ ...facts, detail }),
      cause: failure.cause,
    });
  };

  /** Waits until the pacer lets a request go, or throws when that wait is longer than a request may sleep. */
  const paced = async (request: { method: HttpMethod; path: string; url: string }) => {
    if (!pacer) return;
    for (;;) {
      const wait = pacer.delayMs(request, runtime.now());
      if (wait <= 0) {
        pacer.sent(request, runtime.now());
        return;
      }
      if (wait > policy.maxWaitMs) {
        throw toError(request, {
          kind: 'rate-limited',
          status: null,
          retryable: true,
          maybeApplied: false,
          retryAfterMs: wait,
          detail: 'paused to stay within the rate limit',
        });
      }
      await runtime.sleep(wait);
    }
  };

  async function once<S extends v.GenericSchema>(
    request: HttpRequest<S>,
    idempotent: boolean,
  ): Promise<Outcome<v.InferOutput<S>>> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await currentToken(options.token)}`,
      Accept: 'application/json',
    };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    };

    await paced(request);
    const outcome = await attemptOnce(runtime.fetch, request.url, init, policy.timeoutMs);
    pacer?.answered(request, outcome.type === 'answer' ? outcome : null, runtime.now());

    if (outcome.type === 'timeout') return { ok: false, failure: classifyNoAnswer('timeout', idempotent) };
    if (outcome.type === 'network')
      return { ok: false, failure: classifyNoAnswer('network', idempotent, outcome.cause) };
    const { status, headers: answerHeaders, text } = outcome;
    if (status < 200 || status >= 300) {
      return { ok: false, failure: classifyStatus(status, answerHeaders, text, idempotent, runtime.now()) };
    }
    return readAnswer(status, text, request.schema, idempotent);
  }

  return {
    async send(request) {
      const idempotent = request.idempotent ?? request.method !== 'POST';
      let renewed = false;
      for (let attempt = 0; ; attempt += 1) {
        const outcome = await once(request, idempotent);
        if (outcome.ok) return outcome.value;
        const { failure } = outcome;
        // An access token can die before its stated expiry (revoked, clocks apart). A 401 means nothing was
        // done, so one more try with a fresh token is safe for any method.
        if (failure.kind === 'auth' && !renewed && options.renewToken) {
          renewed = true;
          if (await options.renewToken()) continue;
        }
        if (!failure.retryable) throw toError(request, failure);

        const wait = failure.retryAfterMs ?? backoffDelayMs(attempt, policy.backoff, runtime.random);
        if (attempt + 1 >= policy.maxAttempts || wait > policy.maxWaitMs) {
          throw toError(request, { ...failure, retryAfterMs: wait });
        }
        await runtime.sleep(wait);
      }
    },

    fail({ method, path, kind, status, detail, retryable = false, retryAfterMs = null }) {
      return toError({ method, path }, { kind, status, retryable, maybeApplied: false, retryAfterMs, detail });
    },
  };
}
