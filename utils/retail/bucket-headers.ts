/** What R-Series says about its leaky bucket on every answer. */
export interface BucketReading {
  /** Units in the bucket just after this request was counted. */
  level: number;
  size: number;
  /** Units drained per second. */
  dripPerSecond: number;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const LEVEL = new RegExp(`^\\s*(${NUMBER})\\s*/\\s*(${NUMBER})\\s*$`);

/** Reads `X-LS-API-Bucket-Level: 12/60` and `X-LS-API-Drip-Rate: 1`; null when either is missing or garbled. */
export function readBucketHeaders(headers: Headers): BucketReading | null {
  const level = LEVEL.exec(headers.get('x-ls-api-bucket-level') ?? '');
  const drip = (headers.get('x-ls-api-drip-rate') ?? '').trim();
  if (!level || !new RegExp(`^${NUMBER}$`).test(drip)) return null;
  const size = Number(level[2]);
  if (size <= 0) return null;
  return { level: Number(level[1]), size, dripPerSecond: Number(drip) };
}
