import type { SandboxConfig } from '../context.ts';

/**
 * R-Series' rate limits as of its 2026-03 changelog: a bucket of 90 units and a drip of 1 a second for an
 * account with one register, 10 units and half a unit a second more for each extra register, and a burst
 * limiter over 1-second windows. The burst limiter's size is not published: the sandbox assumes the figure below
 * (configurable), and the client reads whatever the answers say rather than this figure.
 */

export interface RetailLimits {
  /** Units the bucket holds. */
  size: number;
  /** Units drained per second. */
  dripPerSecond: number;
  /** Units a 1-second window may take. */
  burstPerSecond: number;
}

export const ASSUMED_BURST_PER_SECOND = 20;

export function limitsForRegisters(registers: number): RetailLimits {
  const extra = Math.max(0, Math.floor(registers) - 1);
  return { size: 90 + 10 * extra, dripPerSecond: 1 + 0.5 * extra, burstPerSecond: ASSUMED_BURST_PER_SECOND };
}

/** The account's limits now: from its registers, unless the configuration names a figure outright. */
export function retailLimits(config: SandboxConfig): RetailLimits {
  const base = limitsForRegisters(config.retailRegisters);
  return {
    size: config.retailBucketSize ?? base.size,
    dripPerSecond: config.retailDripPerSecond ?? base.dripPerSecond,
    burstPerSecond: config.retailBurstPerSecond ?? base.burstPerSecond,
  };
}

/** `/Category.json` or `/Category/12.json` below the account: writes there cost ten times a read. */
const CATEGORY_PATH = /\/Account\/[^/]+\/Category(?:\/[^/]+)?\.json$/;

/** What one request costs: 1 unit, 10 for a Category POST or PUT and for a read that counts (`count=1`). */
export function requestCost(method: string, url: URL): number {
  if ((method === 'POST' || method === 'PUT') && CATEGORY_PATH.test(url.pathname)) return 10;
  if (url.searchParams.get('count') === '1') return 10;
  return 1;
}
