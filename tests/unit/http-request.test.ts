import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { ApiError } from '../../utils/http/api-error.ts';
import type { Pacer } from '../../utils/http/pacer.ts';
import { createHttpClient, type RequestPolicy } from '../../utils/http/request.ts';
import { retailVoice } from '../../utils/retail/voice.ts';
import { fakeTime, json, scriptedFetch } from './support/fake-api.ts';

const Answer = v.looseObject({ ok: v.boolean() });
const BASE = 'https://api.example.com/API/V3/Account/7';

function setup(
  fetch: ReturnType<typeof scriptedFetch>['fetch'],
  options: { policy?: Partial<RequestPolicy>; pacer?: Pacer; random?: number } = {},
) {
  const time = fakeTime();
  const http = createHttpClient({
    voice: retailVoice,
    token: 'tok-123',
    runtime: { fetch, now: time.now, sleep: time.sleep, random: () => options.random ?? 0.5 },
    policy: { backoff: { baseMs: 1000, maxMs: 30_000 }, ...options.policy },
    ...(options.pacer ? { pacer: options.pacer } : {}),
  });
  return { http, time };
}

const get = { method: 'GET' as const, url: `${BASE}/Category.json?limit=100`, path: '/Category.json', schema: Answer };
const post = { ...get, method: 'POST' as const, body: { name: 'x' } };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the request layer', () => {
  it('sends the token and JSON, and returns the checked answer', async () => {
    const { fetch, seen } = scriptedFetch(json({ ok: true }));
    const { http } = setup(fetch);
    await expect(http.send(post)).resolves.toEqual({ ok: true });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer tok-123');
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(seen[0]!.body).toEqual({ name: 'x' });
  });

  it('asks a token function for the current token on every attempt', async () => {
    const { fetch, seen } = scriptedFetch(json({}, { status: 500 }), json({ ok: true }));
    let calls = 0;
    const time = fakeTime();
    const http = createHttpClient({
      voice: retailVoice,
      token: async () => `fresh-${++calls}`,
      runtime: { fetch, now: time.now, sleep: time.sleep, random: () => 0 },
    });
    await http.send(get);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual(['Bearer fresh-1', 'Bearer fresh-2']);
  });

  it('retries a 5xx with a growing, jittered back-off, then succeeds', async () => {
    const { fetch, seen } = scriptedFetch(json({}, { status: 500 }), json({}, { status: 502 }), json({ ok: true }));
    const { http, time } = setup(fetch, { random: 0.5 });
    await expect(http.send(get)).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    // Ceilings 1000 and 2000, each half fixed and half jitter (random 0.5).
    expect(time.sleeps).toEqual([750, 1500]);
  });

  it('honours Retry-After in seconds on a 429', async () => {
    const { fetch } = scriptedFetch(
      json({ message: 'slow down' }, { status: 429, headers: { 'Retry-After': '7' } }),
      json({ ok: true }),
    );
    const { http, time } = setup(fetch);
    await http.send(get);
    expect(time.sleeps).toEqual([7000]);
  });

  it('honours Retry-After as an HTTP date on a 503', async () => {
    const time0 = fakeTime();
    const at = new Date(time0.now() + 12_000).toUTCString();
    const { fetch } = scriptedFetch(json({}, { status: 503, headers: { 'Retry-After': at } }), json({ ok: true }));
    const { http, time } = setup(fetch);
    await http.send(get);
    expect(time.sleeps).toEqual([12_000]);
  });

  it('retries 449 (catalog import in progress) even for a POST, which was not run', async () => {
    const { fetch, seen } = scriptedFetch(json({ errorMessage: 'import' }, { status: 449 }), json({ ok: true }));
    const { http } = setup(fetch);
    await expect(http.send(post)).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('does not sleep through a wait longer than the cap: it throws a retryable error saying when', async () => {
    const { fetch, seen } = scriptedFetch(json({}, { status: 429, headers: { 'Retry-After': '300' } }));
    const { http, time } = setup(fetch, { policy: { maxWaitMs: 60_000 } });
    const error = await failure(http.send(get));
    expect(error).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 300_000, status: 429 });
    expect(error.message).toContain('Try again in about 5 min');
    expect(time.sleeps).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('gives up after maxAttempts with a retryable error that suggests when to try again', async () => {
    const { fetch, seen } = scriptedFetch(json({}, { status: 500 }));
    const { http } = setup(fetch, { policy: { maxAttempts: 3 } });
    const error = await failure(http.send(get));
    expect(seen).toHaveLength(3);
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true, endpoint: 'GET /Category.json' });
    expect(error.retryAfterMs).toBeGreaterThan(0);
  });

  it('does not retry other 4xx, and passes on what the server said', async () => {
    const { fetch, seen } = scriptedFetch(
      json({ httpCode: '400', message: 'parentID: category 99 does not exist' }, { status: 400 }),
    );
    const { http } = setup(fetch);
    const error = await failure(http.send(get));
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      retryable: false,
      detail: 'parentID: category 99 does not exist',
    });
    expect(error.message).toContain('parentID: category 99 does not exist');
  });

  it.each([
    [401, 'auth'],
    [403, 'forbidden'],
    [404, 'not-found'],
  ] as const)('maps %i to %s, without retrying', async (status, kind) => {
    const { fetch, seen } = scriptedFetch(json({ message: 'no' }, { status }));
    const { http } = setup(fetch);
    const error = await failure(http.send(get));
    expect(error).toMatchObject({ kind, status, retryable: false });
    expect(seen).toHaveLength(1);
  });

  it('does not repeat a POST after a 500, and says it may have been saved', async () => {
    const { fetch, seen } = scriptedFetch(json({}, { status: 500 }), json({ ok: true }));
    const { http } = setup(fetch);
    const error = await failure(http.send(post));
    expect(seen).toHaveLength(1);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('may have been saved');
  });

  it('repeats a POST marked idempotent', async () => {
    const { fetch, seen } = scriptedFetch(new TypeError('fetch failed'), json({ ok: true }));
    const { http } = setup(fetch);
    await expect(http.send({ ...post, idempotent: true })).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('retries network errors, and names them when they persist', async () => {
    const { fetch, seen } = scriptedFetch(new TypeError('fetch failed'));
    const { http } = setup(fetch, { policy: { maxAttempts: 2 } });
    const error = await failure(http.send(get));
    expect(seen).toHaveLength(2);
    expect(error).toMatchObject({ kind: 'network', status: null, retryable: true });
    expect(error.message).toContain('could not reach Retail POS');
  });

  it('times out a request that hangs, and retries it', async () => {
    const { fetch, seen } = scriptedFetch('hang', json({ ok: true }));
    const { http } = setup(fetch, { policy: { timeoutMs: 20 } });
    await expect(http.send(get)).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it('reports a persistent timeout as kind timeout', async () => {
    const { fetch } = scriptedFetch('hang');
    const { http } = setup(fetch, { policy: { timeoutMs: 15, maxAttempts: 2 } });
    const error = await failure(http.send(get));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true, endpoint: 'GET /Category.json' });
  });

  it('times out a body that stalls after the headers, even if the fetch ignores the signal', async () => {
    const stalled = () =>
      new Response(
        new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"ok":')) }),
        { status: 200 },
      );
    const { fetch } = scriptedFetch(stalled);
    const { http } = setup(fetch, { policy: { timeoutMs: 20, maxAttempts: 1 } });
    const error = await failure(http.send(get));
    expect(error).toMatchObject({ kind: 'timeout', endpoint: 'GET /Category.json' });
    expect(error.message).toContain('did not answer within 20 ms');
  });

  it('retries an answer that is not JSON, naming the endpoint when it persists', async () => {
    const broken = () => new Response('{"Category": [{"categoryID": "1"\u0000', { status: 200 });
    const { fetch, seen } = scriptedFetch(broken, json({ ok: true }));
    const { http } = setup(fetch);
    await expect(http.send(get)).resolves.toEqual({ ok: true });
    expect(seen).toHaveLength(2);

    const always = scriptedFetch(broken);
    const error = await failure(setup(always.fetch, { policy: { maxAttempts: 2 } }).http.send(get));
    expect(error.kind).toBe('malformed');
    expect(error.detail).toMatch(/^GET \/Category\.json: the answer is not valid JSON/);
  });

  it('reports an answer of the wrong shape with endpoint and field, without retrying', async () => {
    const { fetch, seen } = scriptedFetch(json({ ok: 'yes' }));
    const { http } = setup(fetch);
    const error = await failure(http.send(get));
    expect(seen).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'malformed', retryable: false, status: 200 });
    expect(error.detail).toMatch(/^GET \/Category\.json: ok: /);
  });

  it('never puts the host, the query or the token in the endpoint or the message', async () => {
    const { fetch } = scriptedFetch(json({}, { status: 404 }));
    const { http } = setup(fetch);
    const error = await failure(http.send(get));
    expect(error.endpoint).toBe('GET /Category.json');
    expect(`${error.message} ${error.detail ?? ''}`).not.toMatch(/example\.com|limit=|tok-123/);
  });

  it('waits as long as the pacer says before sending, and throws instead of waiting past the cap', async () => {
    const delays = [1500, 0];
    const events: string[] = [];
    const pacer: Pacer = {
      delayMs: () => delays.shift() ?? 0,
      sent: () => events.push('sent'),
      answered: (_method, headers) => events.push(headers ? 'answered' : 'failed'),
    };
    const { fetch } = scriptedFetch(json({ ok: true }));
    const { http, time } = setup(fetch, { pacer });
    await http.send(get);
    expect(time.sleeps).toEqual([1500]);
    expect(events).toEqual(['sent', 'answered']);

    const slow: Pacer = { delayMs: () => 90_000, sent: () => {}, answered: () => {} };
    const paced = setup(scriptedFetch(json({ ok: true })).fetch, { pacer: slow, policy: { maxWaitMs: 60_000 } });
    const error = await failure(paced.http.send(get));
    expect(error).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 90_000 });
    expect(paced.time.sleeps).toEqual([]);
  });
});
