/** The log of API calls that tests and benchmarks read through GET /__sandbox/requests. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  /** ISO time the request arrived. */
  time: string;
  durationMs: number;
  /** Which API: "retail", "ecom" or "oauth"; "ecom-batch" for a request a batch carried out in-process. */
  api: string;
  /** The credential used, shortened: enough to tell tokens apart, not enough to use one. */
  token: string;
}

/** Keeps the newest entries only, so a long benchmark cannot eat the machine's memory. */
export class RequestLog {
  readonly #entries: LoggedRequest[] = [];
  readonly #limit: number;

  constructor(limit = 200_000) {
    this.#limit = limit;
  }

  add(entry: LoggedRequest): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.splice(0, this.#entries.length - this.#limit);
  }

  list(): readonly LoggedRequest[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries.length = 0;
  }
}

export function shortenToken(authorization: string | undefined): string {
  const token = authorization?.replace(/^Bearer\s+/i, '') ?? '';
  return token.length <= 10 ? token : `${token.slice(0, 10)}…`;
}
