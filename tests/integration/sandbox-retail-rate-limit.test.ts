import { afterEach, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { getList, retailState, send } from './support/retail.ts';
import { retailFetch, startTestSandbox } from './support/sandbox.ts';

const state = retailState([{ categoryID: 1, name: 'Vestes' }]);

function level(headers: Headers): number {
  const header = headers.get('X-LS-API-Bucket-Level');
  expect(header).toMatch(/^\d+(\.\d{1,2})?\/\d+$/);
  return Number(header!.split('/')[0]);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("R-Series' limits of today (changelog 2026-03)", () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('size the bucket and its drip by the registers, and say so with every header', async () => {
    sandbox = await startTestSandbox({ state, config: { retailRegisters: 5, retailBurstPerSecond: 50 } });
    const read = await retailFetch(sandbox, '/Category.json');
    expect(read.status).toBe(200);
    // Header names are case-insensitive: the answer is read here in lower case.
    expect(read.headers.get('x-ls-api-bucket-level')).toBe('1/130');
    expect(read.headers.get('x-ls-api-drip-rate')).toBe('3');
    expect(read.headers.get('x-ls-api-request-cost')).toBe('1');
    expect(read.headers.get('x-ls-api-burst-level')).toBe('1/50');
    expect(read.headers.get('x-ls-api-ratelimit-type')).toBe('bucket');

    const count = await retailFetch(sandbox, '/Category.json?count=1&limit=1');
    expect(count.headers.get('X-LS-API-Request-Cost')).toBe('10');
    const write = await send(sandbox, 'PUT', '/Category/1.json', { name: 'Vestes et manteaux' });
    expect(write.headers.get('X-LS-API-Request-Cost')).toBe('10');
  });

  it('are set by the control too: one register by default, five when a test says so', async () => {
    sandbox = await startTestSandbox({ state });
    const limits = `${sandbox.connection.control}/retail-limits`;
    expect(await (await fetch(limits)).json()).toEqual({
      registers: 1,
      size: 90,
      dripPerSecond: 1,
      burstPerSecond: 20,
    });
    const set = await fetch(limits, { method: 'PUT', body: JSON.stringify({ registers: 5, burstPerSecond: 40 }) });
    expect(await set.json()).toEqual({ registers: 5, size: 130, dripPerSecond: 3, burstPerSecond: 40 });
    expect((await retailFetch(sandbox, '/Category.json')).headers.get('X-LS-API-Bucket-Level')).toBe('1/130');
    const refused = await fetch(limits, { method: 'PUT', body: JSON.stringify({ registers: 0 }) });
    expect(refused.status).toBe(400);
  });

  it('refuse a burst over one second with a 429 that names the burst limiter and pours nothing', async () => {
    sandbox = await startTestSandbox({ state, config: { retailBurstPerSecond: 5 } });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await retailFetch(sandbox, '/Category.json'));
    const refused = answers.filter((answer) => answer.status === 429);
    // On a slow machine a second may pass within the seven: then fewer are refused, never more than two.
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(2);
    const first = refused[0]!;
    expect(first.headers.get('X-LS-API-RateLimit-Type')).toBe('burst');
    expect(first.headers.get('Retry-After')).toBe('1');
    expect(first.headers.get('X-LS-API-Burst-Level')).toBe('5/5');
    expect(first.headers.get('X-LS-API-Request-Cost')).toBe('0');
    // The bucket counted only what was let in.
    expect(level(first.headers)).toBeLessThanOrEqual(5);

    await sleep(1000);
    expect((await retailFetch(sandbox, '/Category.json')).status).toBe(200);
  });

  it('name the bucket when the bucket refuses', async () => {
    sandbox = await startTestSandbox({ state, config: { retailBucketSize: 12, retailBurstPerSecond: 1000 } });
    expect((await send(sandbox, 'PUT', '/Category/1.json', { name: 'a' })).status).toBe(200);
    const refused = await send(sandbox, 'PUT', '/Category/1.json', { name: 'b' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-LS-API-RateLimit-Type')).toBe('bucket');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(7);
  });
});

describe('R-Series leaky bucket', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('fills up to a 429 with Retry-After, which pours nothing, and drains with time', async () => {
    // 25 units draining 10 per second: two writes (10 each) fit, a third does not; a read still does.
    sandbox = await startTestSandbox({
      state,
      config: { retailBucketSize: 25, retailDripPerSecond: 10, retailBurstPerSecond: 1000 },
    });

    const first = await send(sandbox, 'PUT', '/Category/1.json', { name: 'Vestes 1' });
    expect(first.status).toBe(200);
    expect(first.headers.get('X-LS-API-Drip-Rate')).toBe('10');
    expect(level(first.headers)).toBeGreaterThan(9);
    expect(level(first.headers)).toBeLessThanOrEqual(10);
    const second = await send(sandbox, 'PUT', '/Category/1.json', { name: 'Vestes 2' });
    expect(second.status).toBe(200);
    expect(level(second.headers)).toBeGreaterThan(15);

    const refused = await send(sandbox, 'PUT', '/Category/1.json', { name: 'Vestes 3' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ httpCode: '429', httpMessage: 'Too Many Requests' });
    const retryAfter = refused.headers.get('Retry-After');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(Number(retryAfter)).toBe(Math.max(1, Math.ceil((level(refused.headers) + 10 - 25) / 10)));
    expect(level(refused.headers)).toBeLessThanOrEqual(25);

    // Had the 429 poured its 10 units, this read would not fit.
    const read = await getList(sandbox, '/Category/1.json');
    expect(read.status).toBe(200);
    expect(read.body.Category).toMatchObject({ name: 'Vestes 2' });
    const before = level(read.headers);
    expect(before).toBeLessThanOrEqual(21);

    await sleep(Number(retryAfter) * 1000);
    const later = await getList(sandbox, '/Category/1.json');
    // About 10 units drained in the second; allow for a slow machine in the bound.
    expect(level(later.headers)).toBeLessThan(before - 5);
    const retried = await send(sandbox, 'PUT', '/Category/1.json', { name: 'Vestes 3' });
    expect(retried.status).toBe(200);
  });

  it('reports the bucket on every answer, refusals included, and charges nothing for a bad token', async () => {
    sandbox = await startTestSandbox({
      state,
      config: { retailBucketSize: 60, retailDripPerSecond: 0.5, retailBurstPerSecond: 1000 },
    });
    const answers: Array<[string, Response]> = [
      ['200 GET', await retailFetch(sandbox, '/Category.json')],
      ['200 POST', await retailFetch(sandbox, '/Category.json', { method: 'POST', body: '{"name":"Sacs"}' })],
      ['400', await retailFetch(sandbox, '/Category.json', { method: 'POST', body: '{' })],
      ['404 account', await retailFetch(sandbox, `${sandbox.connection.retailApi}/Account/1/Category.json`)],
      ['404 record', await retailFetch(sandbox, '/Category/99.json')],
      ['404 endpoint', await retailFetch(sandbox, '/Nothing.json')],
      ['200 account', await retailFetch(sandbox, `${sandbox.connection.retailApi}/Account.json`)],
    ];
    for (const [what, response] of answers) {
      expect(response.headers.get('X-LS-API-Drip-Rate'), what).toBe('0.5');
      expect(response.headers.get('X-LS-API-Bucket-Level'), what).toMatch(/^\d+(\.\d{1,2})?\/60$/);
    }
    // 1 + 10 + 10 + 1 + 1 + 1 + 1 units, less at most a few hundredths drained meanwhile.
    const used = level(answers.at(-1)![1].headers);
    expect(used).toBeGreaterThan(24);
    expect(used).toBeLessThanOrEqual(25);

    for (let i = 0; i < 5; i++) {
      const unauthorized = await retailFetch(sandbox, '/Category.json', { token: 'wrong' });
      expect(unauthorized.status).toBe(401);
      expect(level(unauthorized.headers)).toBeLessThanOrEqual(used);
    }
    const filled = await send(sandbox, 'PUT', '/Category/1.json', { name: 'x' });
    expect(filled.status).toBe(200);
    expect(filled.headers.get('Retry-After')).toBeNull();
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'y' });
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'z' });
    const refused = await retailFetch(sandbox, '/Category.json', { method: 'POST', body: '{"name":"w"}' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('X-LS-API-Bucket-Level')).toMatch(/^\d+(\.\d{1,2})?\/60$/);
    expect(refused.headers.get('X-LS-API-Drip-Rate')).toBe('0.5');
    // (55 + 10 - 60) / 0.5 = 10 seconds, give or take what drained meanwhile.
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThanOrEqual(9);
    expect(Number(refused.headers.get('Retry-After'))).toBeLessThanOrEqual(10);
  });

  it('keeps the bucket across a world reset', async () => {
    sandbox = await startTestSandbox({
      state,
      config: { retailBucketSize: 60, retailDripPerSecond: 0.1, retailBurstPerSecond: 1000 },
    });
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'a' });
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'b' });
    const reset = await fetch(`${sandbox.connection.control}/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    const after = await getList(sandbox, '/Category.json');
    expect(level(after.headers)).toBeGreaterThan(20);
  });
});
