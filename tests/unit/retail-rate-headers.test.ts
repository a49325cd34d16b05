import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { readRateHeaders } from '../../utils/retail/rate-headers.ts';

describe('readRateHeaders', () => {
  it('reads every rate-limit header of today, whatever the case of its name', () => {
    const headers = new Headers({
      'x-ls-api-bucket-level': '92.57/90',
      'X-LS-Api-Drip-Rate': '1.5',
      'X-LS-API-REQUEST-COST': '10',
      'X-Ls-Api-Burst-Level': '7/20',
      'x-ls-api-ratelimit-type': 'Burst',
    });
    expect(readRateHeaders(headers)).toEqual({
      level: 92.57,
      size: 90,
      dripPerSecond: 1.5,
      cost: 10,
      burstLevel: 7,
      burstLimit: 20,
      limitType: 'burst',
    });
  });

  it('leaves out each garbled figure alone, so the others still count', () => {
    const reading = readRateHeaders(
      new Headers({
        'X-LS-API-Bucket-Level': 'full',
        'X-LS-API-Drip-Rate': '0',
        'X-LS-API-Request-Cost': '-3',
        'X-LS-API-Burst-Level': '4/0',
        'X-LS-API-RateLimit-Type': 'leaky',
      }),
    );
    expect(reading).toEqual({});
    expect(readRateHeaders(new Headers({ 'X-LS-API-Bucket-Level': '12', 'X-LS-API-Drip-Rate': 'NaN' }))).toEqual({
      level: 12,
    });
    expect(readRateHeaders(new Headers({ 'X-LS-API-Bucket-Level': '1e400/90' }))).toEqual({});
    expect(readRateHeaders(new Headers())).toEqual({});
  });

  it('never gives a figure that is not a finite number of 0 or more, and never a size or drip of 0', () => {
    const header = fc.oneof(
      fc.string(),
      fc.constantFrom('1/90', '92.57/90', '0/0', '-1/5', '3', ' 7 / 20 ', 'Infinity'),
    );
    fc.assert(
      fc.property(header, header, header, header, (bucket, drip, cost, burst) => {
        const reading = readRateHeaders(
          new Headers({
            'X-LS-API-Bucket-Level': bucket.replace(/[\r\n\0]/g, ''),
            'X-LS-API-Drip-Rate': drip.replace(/[\r\n\0]/g, ''),
            'X-LS-API-Request-Cost': cost.replace(/[\r\n\0]/g, ''),
            'X-LS-API-Burst-Level': burst.replace(/[\r\n\0]/g, ''),
          }),
        );
        for (const [name, value] of Object.entries(reading)) {
          if (name === 'limitType') continue;
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
        }
        if (reading.size !== undefined) expect(reading.size).toBeGreaterThan(0);
        if (reading.dripPerSecond !== undefined) expect(reading.dripPerSecond).toBeGreaterThan(0);
        if (reading.burstLimit !== undefined) expect(reading.burstLimit).toBeGreaterThan(0);
      }),
    );
  });
});
