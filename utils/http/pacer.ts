/**
 * Something that spaces requests out to stay within a service's budget before the service has to refuse one.
 * The request layer asks it before every attempt (retries included) and tells it about every answer.
 */
export interface Pacer {
  /** How long to wait before a request with this method may go; 0 when it may go now. */
  delayMs(method: string, now: number): number;
  /** The request is being sent now; called right after delayMs said 0, with nothing awaited in between. */
  sent(method: string, now: number): void;
  /** The request was answered (its headers), or failed without an answer (null). */
  answered(method: string, headers: Headers | null, now: number): void;
}
