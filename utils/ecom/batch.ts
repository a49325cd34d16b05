import { ApiError } from '../http/api-error.ts';
import { chunksOf } from '../http/chunks.ts';
import { formatWait } from '../i18n/failures/parts.ts';
import type { HttpMethod } from '../http/request.ts';
import type { BatchPollOptions } from './config.ts';
import { BatchStatusAnswer, TicketAnswer, type BATCH_REQUEST_STATUSES, type BATCH_STATUSES } from './schemas.ts';
import type { EcomCall } from './transport.ts';

/** eCom's limit on requests per batch. */
export const BATCH_SIZE_LIMIT = 500;

export const DEFAULT_BATCH_POLL: BatchPollOptions = { firstMs: 500, maxMs: 5_000, giveUpAfterMs: 10 * 60_000 };

export interface BatchRequest {
  /** Unique within one runBatch call; results are matched to requests by it. */
  id: string;
  method: HttpMethod;
  /** Below the store base, e.g. "/categories/42". */
  path: string;
  body?: unknown;
}

export type BatchRequestStatus = (typeof BATCH_REQUEST_STATUSES)[number];

export interface BatchResult {
  id: string;
  status: BatchRequestStatus;
  /** 0 when the request was not executed. */
  httpStatusCode: number;
  body: unknown;
}

export interface BatchState {
  ticket: string;
  status: (typeof BATCH_STATUSES)[number];
  totalRequests: number;
  completedRequests: number;
  /** The results so far, in request order; one per request once status is COMPLETED. */
  results: Array<Omit<BatchResult, 'id'> & { id: string | null }>;
}

export interface SubmitBatchOptions {
  /** eCom runs a batch with a key it has seen in the past hour only once, and answers with the first ticket. */
  deduplicationKey: string;
  /** Stop at the first failed request; the rest are NOT_EXECUTED. Default false: sync changes are independent. */
  stopOnFirstFailure?: boolean;
}

export interface BatchProgress {
  completedRequests: number;
  totalRequests: number;
}

export interface RunBatchOptions extends SubmitBatchOptions {
  onProgress?: (progress: BatchProgress) => void;
}

export interface BatchRunner {
  submitBatch(requests: readonly BatchRequest[], options: SubmitBatchOptions): Promise<string>;
  pollBatch(ticket: string): Promise<BatchState>;
  runBatch(requests: readonly BatchRequest[], options: RunBatchOptions): Promise<BatchResult[]>;
}

/**
 * The key of chunk `index` (0-based) of `count`: derived from the caller's key and nothing random, so a
 * runBatch repeated after a crash or a lost answer sends the same keys, and eCom runs no chunk twice.
 */
export function chunkDeduplicationKey(key: string, index: number, count: number): string {
  return count === 1 ? key : `${key}.${index + 1}of${count}`;
}

function checkRequests(requests: readonly BatchRequest[]): void {
  const ids = new Set<string>();
  for (const request of requests) {
    if (request.id === '' || ids.has(request.id)) {
      throw new TypeError(`Batch request ids must be unique and not empty; "${request.id}" is not.`);
    }
    if (!request.path.startsWith('/')) {
      throw new TypeError(`Batch request "${request.id}": the path must start with "/", not "${request.path}".`);
    }
    ids.add(request.id);
  }
}

function notExecuted(id: string): BatchResult {
  return { id, status: 'NOT_EXECUTED', httpStatusCode: 0, body: null };
}

export function createBatchRunner(
  call: EcomCall,
  runtime: { now: () => number; sleep: (ms: number) => Promise<void> },
  poll: BatchPollOptions,
): BatchRunner {
  const submitBatch = async (requests: readonly BatchRequest[], options: SubmitBatchOptions): Promise<string> => {
    if (requests.length === 0 || requests.length > BATCH_SIZE_LIMIT) {
      throw new RangeError(`A batch holds 1 to ${BATCH_SIZE_LIMIT} requests, not ${requests.length}: use runBatch.`);
    }
    if (options.deduplicationKey.trim() === '') throw new TypeError('A batch needs a deduplication key.');
    checkRequests(requests);
    const answer = await call('POST', '/batch', TicketAnswer, {
      query: { deduplicationKey: options.deduplicationKey, stopOnFirstFailure: options.stopOnFirstFailure ?? false },
      body: requests.map(({ id, method, path, body }) => ({
        id,
        method,
        path,
        ...(body === undefined ? {} : { body }),
      })),
      // Safe to send again: the deduplication key keeps eCom from running it twice.
      idempotent: true,
    });
    return answer.ticket;
  };

  const pollBatch = async (ticket: string): Promise<BatchState> => {
    const answer = await call('GET', '/batch', BatchStatusAnswer, { query: { ticket } });
    return {
      ticket,
      status: answer.status,
      totalRequests: answer.totalRequests,
      completedRequests: answer.completedRequests,
      results: answer.requests,
    };
  };

  /** Polls gently, waiting longer each time, until the batch is COMPLETED. */
  const waitForBatch = async (ticket: string, onPoll: (state: BatchState) => void): Promise<BatchState> => {
    const started = runtime.now();
    let wait = poll.firstMs;
    for (;;) {
      await runtime.sleep(wait);
      const state = await pollBatch(ticket);
      onPoll(state);
      if (state.status === 'COMPLETED') return state;
      const elapsed = runtime.now() - started;
      if (elapsed >= poll.giveUpAfterMs) {
        throw new ApiError({
          kind: 'timeout',
          service: 'ecom',
          endpoint: 'GET /batch',
          status: null,
          retryable: true,
          retryAfterMs: poll.maxMs,
          detail: `batch ${ticket} still ${state.status} after ${Math.round(elapsed / 1000)} s`,
          said: {
            en:
              `eCom is still applying the changes: it has not finished after ${formatWait(elapsed)}. ` +
              'Check again in a few minutes; running the same sync again will not apply them twice.',
            fr:
              `eCom applique encore les modifications : il n’a pas fini après ${formatWait(elapsed, 'fr')}. ` +
              'Revenez voir dans quelques minutes ; relancer la même synchronisation ne les appliquera pas deux fois.',
          },
        });
      }
      wait = Math.min(poll.maxMs, Math.round(wait * 1.5));
    }
  };

  const runBatch = async (requests: readonly BatchRequest[], options: RunBatchOptions): Promise<BatchResult[]> => {
    checkRequests(requests);
    if (options.deduplicationKey.trim() === '') throw new TypeError('A batch needs a deduplication key.');
    const chunks = chunksOf(requests, BATCH_SIZE_LIMIT);
    const results = new Map<string, BatchResult>();
    let done = 0;
    let stopped = false;

    for (const [index, chunk] of chunks.entries()) {
      if (stopped) continue;
      const ticket = await submitBatch(chunk, {
        deduplicationKey: chunkDeduplicationKey(options.deduplicationKey, index, chunks.length),
        ...(options.stopOnFirstFailure === undefined ? {} : { stopOnFirstFailure: options.stopOnFirstFailure }),
      });
      const state = await waitForBatch(ticket, (progress) =>
        options.onProgress?.({ completedRequests: done + progress.completedRequests, totalRequests: requests.length }),
      );
      // Matched by id; a result without one is taken to be in request order, as eCom runs them.
      state.results.forEach((result, position) => {
        const id = result.id ?? chunk[position]?.id;
        if (id !== undefined) results.set(id, { ...result, id });
      });
      done += chunk.length;
      if (options.stopOnFirstFailure && chunk.some((request) => results.get(request.id)?.status === 'FAILED')) {
        stopped = true;
      }
    }
    return requests.map((request) => results.get(request.id) ?? notExecuted(request.id));
  };

  return { submitBatch, pollBatch, runBatch };
}
