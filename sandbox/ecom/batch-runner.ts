import type { Batch, BatchRequestResult, BatchRequestSpec } from './batch-types.ts';

/** The answer of one sub-request. */
export interface SubAnswer {
  status: number;
  body: unknown;
}

export type Dispatch = (batch: Batch, request: BatchRequestSpec) => Promise<SubAnswer>;

export interface BatchPacing {
  /** How long a batch stays QUEUED before it starts, even with nothing ahead of it. */
  startDelayMs: number;
  /** Requests run back to back before the runner yields to the server. */
  chunkSize: number;
  pauseMs: number;
}

/** About 1 s for 500 requests, as a real batch takes, while the server keeps answering other calls. */
export const REALISTIC_PACING: BatchPacing = { startDelayMs: 40, chunkSize: 5, pauseMs: 10 };

/** Unref'd so that a pending batch never keeps a finished process alive. */
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Runs batches one after another, in the order they were posted (later ones wait QUEUED), each request in
 * order. A request answered with 400 or more is FAILED; with stopOnFirstFailure the rest are NOT_EXECUTED.
 */
export class BatchRunner {
  readonly #dispatch: Dispatch;
  readonly #pacing: BatchPacing;
  readonly #queue: Batch[] = [];
  #draining = false;

  constructor(dispatch: Dispatch, pacing: BatchPacing = REALISTIC_PACING) {
    this.#dispatch = dispatch;
    this.#pacing = pacing;
  }

  enqueue(batch: Batch): void {
    this.#queue.push(batch);
    if (!this.#draining) void this.#drain();
  }

  /** Stops every batch not yet finished: what is left of them is NOT_EXECUTED. */
  cancelPending(): void {
    for (const batch of this.#queue) batch.cancelled = true;
  }

  async #drain(): Promise<void> {
    this.#draining = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue[0]!;
        await pause(this.#pacing.startDelayMs);
        await this.#run(batch);
        this.#queue.shift();
      }
    } finally {
      this.#draining = false;
    }
  }

  async #run(batch: Batch): Promise<void> {
    batch.status = 'IN_PROGRESS';
    let stopped = false;
    for (const [index, request] of batch.requests.entries()) {
      if (batch.cancelled || stopped) {
        batch.results.push(notExecuted(request));
        continue;
      }
      const result = await this.#runOne(batch, request);
      batch.results.push(result);
      if (result.status === 'FAILED' && batch.stopOnFirstFailure) stopped = true;
      if ((index + 1) % this.#pacing.chunkSize === 0) await pause(this.#pacing.pauseMs);
    }
    batch.status = 'COMPLETED';
  }

  async #runOne(batch: Batch, request: BatchRequestSpec): Promise<BatchRequestResult> {
    let answer: SubAnswer;
    try {
      answer = await this.#dispatch(batch, request);
    } catch (error) {
      // A request the sandbox could not even form (a bad path) fails like a 400 would.
      const message = error instanceof Error ? error.message : String(error);
      answer = { status: 400, body: { errorMessage: message, errorCode: 'BAD_REQUEST' } };
    }
    return {
      ...(request.id === undefined ? {} : { id: request.id }),
      path: request.path,
      method: request.method,
      status: answer.status >= 400 ? 'FAILED' : 'COMPLETED',
      httpStatusCode: answer.status,
      httpBody: answer.body,
    };
  }
}

function notExecuted(request: BatchRequestSpec): BatchRequestResult {
  return {
    ...(request.id === undefined ? {} : { id: request.id }),
    path: request.path,
    method: request.method,
    status: 'NOT_EXECUTED',
  };
}
