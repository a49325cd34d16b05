import type { FetchLike } from '../../../utils/http/runtime.ts';

/** A clock the test owns: sleeping moves it forward at once and is recorded. */
export function fakeTime(start = Date.UTC(2026, 10, 1)) {
  const time = {
    current: start,
    sleeps: [] as number[],
    now: () => time.current,
    sleep: async (ms: number) => {
      time.sleeps.push(ms);
      time.current += ms;
    },
  };
  return time;
}

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

type Reply = Response | Error | 'hang' | ((request: SeenRequest) => Response | Error | 'hang');

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/**
 * A fetch that answers from a script of replies, one per call (the last one repeats), and records each request.
 * 'hang' never answers until the request is aborted, as a stuck server.
 */
export function scriptedFetch(...replies: Reply[]) {
  const seen: SeenRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url: new URL(input),
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    const scripted = replies[Math.min(seen.length - 1, replies.length - 1)];
    const reply = typeof scripted === 'function' ? scripted(request) : scripted;
    if (reply === undefined) throw new Error('no reply scripted');
    if (reply === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    }
    if (reply instanceof Error) throw reply;
    return reply.clone();
  };
  return { fetch, seen };
}
