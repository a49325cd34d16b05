import { describe, expect, it } from 'vitest';

import { chunkDeduplicationKey, type BatchRequest } from '../../utils/ecom/batch.ts';
import { createEcomClient } from '../../utils/ecom/client.ts';
import { ApiError } from '../../utils/http/api-error.ts';
import type { FetchLike } from '../../utils/http/runtime.ts';
import { fakeTime, json } from './support/fake-api.ts';

interface FakeBatch {
  requests: Array<{ id: string; method: string; path: string; body?: unknown }>;
  stopOnFirstFailure: boolean;
  polls: number;
}

/**
 * An eCom batch endpoint in memory: runs each request when first polled (after `pollsUntilDone` polls),
 * remembers deduplication keys, and counts how often each request id really ran.
 */
function fakeBatchServer(
  options: { pollsUntilDone?: number; failIds?: Set<string>; loseFirstPostAnswer?: boolean } = {},
) {
  const batches = new Map<string, FakeBatch>();
  const byKey = new Map<string, string>();
  const executions = new Map<string, number>();
  const posts: URL[] = [];
  let lostOne = false;

  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    if (init.method === 'POST' && url.pathname.endsWith('/batch')) {
      posts.push(url);
      const key = url.searchParams.get('deduplicationKey')!;
      let ticket = byKey.get(key);
      if (ticket === undefined) {
        ticket = `t${batches.size + 1}`;
        byKey.set(key, ticket);
        batches.set(ticket, {
          requests: JSON.parse(String(init.body)),
          stopOnFirstFailure: url.searchParams.get('stopOnFirstFailure') === 'true',
          polls: 0,
        });
      }
      if (options.loseFirstPostAnswer && !lostOne) {
        lostOne = true;
        throw new TypeError('fetch failed: socket hang up');
      }
      return json({ ticket });
    }
    if (init.method === 'GET' && url.pathname.endsWith('/batch')) {
      const batch = batches.get(url.searchParams.get('ticket')!);
      if (!batch) return json({ errorMessage: 'no such ticket' }, { status: 404 });
      batch.polls += 1;
      const done = batch.polls >= (options.pollsUntilDone ?? 1);
      if (!done) return json({ status: 'IN_PROGRESS', totalRequests: batch.requests.length, completedRequests: 0 });
      if (batch.polls === (options.pollsUntilDone ?? 1)) {
        let stopped = false;
        (batch as FakeBatch & { results?: unknown[] }).results = batch.requests.map((request) => {
          if (stopped) return { id: request.id, status: 'NOT_EXECUTED' };
          executions.set(request.id, (executions.get(request.id) ?? 0) + 1);
          const failed = options.failIds?.has(request.id) ?? false;
          if (failed && batch.stopOnFirstFailure) stopped = true;
          return failed
            ? { id: request.id, status: 'FAILED', httpStatusCode: 404, httpBody: { errorMessage: 'not found' } }
            : { id: request.id, status: 'COMPLETED', httpStatusCode: 200, httpBody: { updateCount: 1 } };
        });
      }
      const results = (batch as FakeBatch & { results: unknown[] }).results;
      return json({
        status: 'COMPLETED',
        totalRequests: batch.requests.length,
        completedRequests: batch.requests.length,
        requests: results,
      });
    }
    return json({ errorMessage: 'unexpected' }, { status: 400 });
  };
  return { fetch, posts, executions, batches };
}

function client(fetch: FetchLike) {
  const time = fakeTime();
  const ecom = createEcomClient({
    apiBase: 'https://app.example.com/api/v3',
    storeId: 1003,
    token: 'secret_abc',
    fetch,
    now: time.now,
    sleep: time.sleep,
    random: () => 0,
  });
  return { ecom, time };
}

const updates = (count: number): BatchRequest[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `r${index}`,
    method: 'PUT',
    path: `/products/${index + 1}`,
    body: { enabled: true },
  }));

describe('chunkDeduplicationKey', () => {
  it('derives the same key for the same chunk every time, and keeps a single chunk on the given key', () => {
    expect(chunkDeduplicationKey('sync-42', 0, 1)).toBe('sync-42');
    expect(chunkDeduplicationKey('sync-42', 1, 3)).toBe('sync-42.2of3');
    expect(chunkDeduplicationKey('sync-42', 1, 3)).toBe(chunkDeduplicationKey('sync-42', 1, 3));
    expect(chunkDeduplicationKey('sync-42', 0, 3)).not.toBe(chunkDeduplicationKey('sync-42', 1, 3));
  });
});

describe('runBatch', () => {
  it('splits into batches of at most 500, each with its own derived key, and returns one result per request in order', async () => {
    const server = fakeBatchServer();
    const { ecom } = client(server.fetch);
    const progress: number[] = [];
    const results = await ecom.runBatch(updates(1200), {
      deduplicationKey: 'job-7',
      onProgress: ({ completedRequests, totalRequests }) => {
        expect(totalRequests).toBe(1200);
        progress.push(completedRequests);
      },
    });
    expect(server.posts.map((url) => url.searchParams.get('deduplicationKey'))).toEqual([
      'job-7.1of3',
      'job-7.2of3',
      'job-7.3of3',
    ]);
    expect([...server.batches.values()].map((batch) => batch.requests.length)).toEqual([500, 500, 200]);
    expect(server.posts.every((url) => url.searchParams.get('stopOnFirstFailure') === 'false')).toBe(true);
    expect(results).toHaveLength(1200);
    expect(results.map((result) => result.id)).toEqual(updates(1200).map((request) => request.id));
    expect(results.every((result) => result.status === 'COMPLETED' && result.httpStatusCode === 200)).toBe(true);
    expect(progress).toEqual([500, 1000, 1200]);
  });

  it('never runs a request twice when the same runBatch is repeated', async () => {
    const server = fakeBatchServer();
    const { ecom } = client(server.fetch);
    const first = await ecom.runBatch(updates(700), { deduplicationKey: 'job-8' });
    const again = await ecom.runBatch(updates(700), { deduplicationKey: 'job-8' });
    expect(again).toEqual(first);
    expect(Math.max(...server.executions.values())).toBe(1);
    expect(server.executions.size).toBe(700);
  });

  it('posts again with the same key when the answer to a POST is lost, and the batch runs once', async () => {
    const server = fakeBatchServer({ loseFirstPostAnswer: true });
    const { ecom } = client(server.fetch);
    const results = await ecom.runBatch(updates(10), { deduplicationKey: 'job-9' });
    expect(server.posts).toHaveLength(2);
    expect(server.batches.size).toBe(1);
    expect(results.every((result) => result.status === 'COMPLETED')).toBe(true);
    expect([...server.executions.values()].every((count) => count === 1)).toBe(true);
  });

  it('with stopOnFirstFailure, submits no further batch after one that failed', async () => {
    const server = fakeBatchServer({ failIds: new Set(['r3']) });
    const { ecom } = client(server.fetch);
    const results = await ecom.runBatch(updates(600), { deduplicationKey: 'job-10', stopOnFirstFailure: true });
    expect(server.posts).toHaveLength(1);
    expect(results[3]).toMatchObject({ status: 'FAILED', httpStatusCode: 404, body: { errorMessage: 'not found' } });
    expect(results[4]).toEqual({ id: 'r4', status: 'NOT_EXECUTED', httpStatusCode: 0, body: null });
    expect(results[599]).toEqual({ id: 'r599', status: 'NOT_EXECUTED', httpStatusCode: 0, body: null });
  });

  it('without it, goes on after a failure', async () => {
    const server = fakeBatchServer({ failIds: new Set(['r3']) });
    const results = await client(server.fetch).ecom.runBatch(updates(600), { deduplicationKey: 'job-11' });
    expect(server.posts).toHaveLength(2);
    expect(results.filter((result) => result.status === 'FAILED').map((result) => result.id)).toEqual(['r3']);
    expect(results.filter((result) => result.status === 'COMPLETED')).toHaveLength(599);
  });

  it('polls gently, waiting longer each time', async () => {
    const server = fakeBatchServer({ pollsUntilDone: 5 });
    const { ecom, time } = client(server.fetch);
    await ecom.runBatch(updates(3), { deduplicationKey: 'job-12' });
    expect(time.sleeps).toEqual([500, 750, 1125, 1688, 2532]);
  });

  it('gives up on a batch that never finishes with a retryable error, and the same key finds it again later', async () => {
    const server = fakeBatchServer({ pollsUntilDone: 1_000_000 });
    const time = fakeTime();
    const ecom = createEcomClient({
      apiBase: 'https://app.example.com/api/v3',
      storeId: 1003,
      token: 'secret_abc',
      fetch: server.fetch,
      now: time.now,
      sleep: time.sleep,
      batchPoll: { giveUpAfterMs: 30_000 },
    });
    const error = await ecom.runBatch(updates(3), { deduplicationKey: 'job-13' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'timeout', retryable: true, endpoint: 'GET /batch' });
    expect((error as ApiError).message).toContain('will not apply them twice');
    expect(server.batches.size).toBe(1);
  });

  it('refuses requests it cannot match to results', async () => {
    const { ecom } = client(fakeBatchServer().fetch);
    const twice: BatchRequest[] = [
      { id: 'a', method: 'GET', path: '/categories/1' },
      { id: 'a', method: 'GET', path: '/categories/2' },
    ];
    await expect(ecom.runBatch(twice, { deduplicationKey: 'k' })).rejects.toThrow(/unique/);
    await expect(
      ecom.runBatch([{ id: 'b', method: 'GET', path: 'categories/1' }], { deduplicationKey: 'k' }),
    ).rejects.toThrow(/start with "\/"/);
    await expect(ecom.runBatch(updates(1), { deduplicationKey: ' ' })).rejects.toThrow(/deduplication key/);
  });
});

describe('submitBatch and pollBatch, for a job that resumes after a restart', () => {
  it('returns the ticket, and the status and results when polled', async () => {
    const server = fakeBatchServer();
    const { ecom } = client(server.fetch);
    const ticket = await ecom.submitBatch(updates(2), { deduplicationKey: 'resumable-1' });
    expect(server.posts[0]!.searchParams.get('deduplicationKey')).toBe('resumable-1');
    // A new client, as after the service worker restarted.
    const state = await client(server.fetch).ecom.pollBatch(ticket);
    expect(state).toMatchObject({ ticket, status: 'COMPLETED', totalRequests: 2, completedRequests: 2 });
    expect(state.results.map((result) => result.id)).toEqual(['r0', 'r1']);
  });

  it('refuses more than 500 requests in one batch', async () => {
    const { ecom } = client(fakeBatchServer().fetch);
    await expect(ecom.submitBatch(updates(501), { deduplicationKey: 'x' })).rejects.toThrow(RangeError);
  });
});
