/** A batch as the sandbox keeps it between POST /batch and the last GET /batch?ticket=. */

export type BatchMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One request of a batch as the client sent it. */
export interface BatchRequestSpec {
  id?: string | number;
  /** Relative to the store base, e.g. `/categories/42?productIds=true`. */
  path: string;
  method: BatchMethod;
  body?: unknown;
}

export interface BatchRequestResult {
  id?: string | number;
  path: string;
  method: BatchMethod;
  status: 'COMPLETED' | 'FAILED' | 'NOT_EXECUTED';
  httpStatusCode?: number;
  httpBody?: unknown;
}

export interface Batch {
  ticket: string;
  /** Milliseconds, on the sandbox's clock; tickets are dropped an hour after this. */
  createdAt: number;
  /** Sub-requests run with the token that posted the batch. */
  token: string;
  /** The origin the batch was posted to, so sub-answers carry the same URLs a direct call would. */
  origin: string;
  stopOnFirstFailure: boolean;
  requests: BatchRequestSpec[];
  /** One per request handled so far, in request order; complete once status is COMPLETED. */
  results: BatchRequestResult[];
  status: 'QUEUED' | 'IN_PROGRESS' | 'COMPLETED';
  /** Set when the world is replaced under a pending batch: what is left is not run against the new world. */
  cancelled: boolean;
}
