import { BurstWindow } from '../../sandbox/retail/burst-window.ts';
import { LeakyBucket } from '../../sandbox/retail/leaky-bucket.ts';
import type { RetailLimits } from '../../sandbox/retail/limits.ts';

/**
 * The least time `requests` requests of 1 unit each can take under R-Series' limits, from an empty bucket: a sender
 * that knows the limits exactly, answers that take no time, each request sent at the first millisecond both the
 * bucket and the burst window take it (the sandbox's own limiters decide). The cold read's floor.
 */
export function floorMs(requests: number, limits: RetailLimits): number {
  let now = 0;
  const clock = () => now;
  const bucket = new LeakyBucket(limits, clock);
  const burst = new BurstWindow(clock);
  let lastSentAt = 0;
  for (let sent = 0; sent < requests;) {
    const fitsBucket = bucket.level() + 1 <= limits.size + 1e-9;
    if (fitsBucket && burst.take(1, limits.burstPerSecond).accepted) {
      bucket.pour(1);
      lastSentAt = now;
      sent += 1;
    } else now += 1;
  }
  return lastSentAt;
}
