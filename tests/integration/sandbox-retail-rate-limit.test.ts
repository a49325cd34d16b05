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

describe('R-Series leaky bucket', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox.close());

  it('fills up to a 429 with Retry-After, which pours nothing, and drains with time', async () => {
    // 25 units draining 10 per second: two writes (10 each) fit, a third does not; a read still does.
    sandbox = await startTestSandbox({ state, config: { retailBucketSize: 25, retailDripPerSecond: 10 } });

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
    sandbox = await startTestSandbox({ state, config: { retailBucketSize: 60, retailDripPerSecond: 0.5 } });
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
    sandbox = await startTestSandbox({ state, config: { retailBucketSize: 60, retailDripPerSecond: 0.1 } });
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'a' });
    await send(sandbox, 'PUT', '/Category/1.json', { name: 'b' });
    const reset = await fetch(`${sandbox.connection.control}/reset`, { method: 'POST' });
    expect(reset.status).toBe(200);
    const after = await getList(sandbox, '/Category.json');
    expect(level(after.headers)).toBeGreaterThan(20);
  });
});
