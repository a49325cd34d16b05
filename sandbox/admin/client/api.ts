import type { AdminConfig } from './config.ts';

/** An eCom API answer that was not a success, with Ecwid's own {errorMessage, errorCode} when it sent one. */
export class ApiError extends Error {
  override name = 'ApiError';
  /** 0 when no answer came back at all. */
  status: number;
  code: string;

  constructor(status: number, message: string, code = '') {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export interface Api {
  get<T>(path: string): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  del<T>(path: string): Promise<T>;
}

/** Calls `{apiBase}/{storeId}{path}` with the store's token, as any Ecwid v3 client does. */
export function createApi(config: AdminConfig): Api {
  const base = `${config.apiBase}/${config.storeId}`;

  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${config.token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, error instanceof Error ? error.message : String(error));
    }
    const text = await response.text().catch(() => '');
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      // A success whose body is not JSON is as useless as an error: say what came back.
      throw new ApiError(response.status, `The answer to ${method} ${path} is not valid JSON`);
    }
    if (!response.ok) {
      const error = (json ?? {}) as { errorMessage?: unknown; errorCode?: unknown };
      const message = typeof error.errorMessage === 'string' ? error.errorMessage : response.statusText || 'Error';
      throw new ApiError(response.status, message, typeof error.errorCode === 'string' ? error.errorCode : '');
    }
    return json as T;
  };

  return {
    get: (path) => call('GET', path),
    put: (path, body) => call('PUT', path, body),
    post: (path, body) => call('POST', path, body),
    del: (path) => call('DELETE', path),
  };
}
