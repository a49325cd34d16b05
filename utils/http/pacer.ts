/** What a pacer is told of a request: enough to know what it costs (R-Series charges by path and query). */
export interface PacedRequest {
  method: string;
  /** The full URL, query included. */
  url: string;
}

/**
 * Something that spaces requests out to stay within a service's budget before the service has to refuse one.
 * The request layer asks it before every attempt (retries included) and tells it about every answer.
 */
export interface Pacer {
  /** How long to wait before this request may go; 0 when it may go now. */
  delayMs(request: PacedRequest, now: number): number;
  /** The request is being sent now; called right after delayMs said 0, with nothing awaited in between. */
  sent(request: PacedRequest, now: number): void;
  /** The request was answered (its status and headers), or failed without an answer (null). */
  answered(request: PacedRequest, answer: { status: number; headers: Headers } | null, now: number): void;
}
