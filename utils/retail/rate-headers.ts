/**
 * What an R-Series answer says about the account's rate limits (changelog 2026-03). Each figure is read on its
 * own and left out when its header is missing or garbled, so one bad header costs that figure, never the pacing:
 * the pacer keeps what it knew before. Header names are case-insensitive (`Headers.get` already is).
 */
export interface RateReading {
  /** Units in the bucket after this request was counted; may exceed the size (`92.57/90`). */
  level?: number;
  size?: number;
  /** Units drained per second. */
  dripPerSecond?: number;
  /** What this request cost (`X-LS-API-Request-Cost`). */
  cost?: number;
  /** Units taken within the burst limiter's window of one second, and its limit. */
  burstLevel?: number;
  burstLimit?: number;
  /** Which limiter the answer speaks of: the one that refused it, on a 429. */
  limitType?: 'bucket' | 'burst';
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const PLAIN = new RegExp(`^\\s*(${NUMBER})\\s*$`);
const FRACTION = new RegExp(`^\\s*(${NUMBER})\\s*/\\s*(${NUMBER})\\s*$`);

/** Beyond any account Lightspeed sells: a figure this large is a garbled header, not a limit to trust. */
const MOST_UNITS = 1_000_000;

function plain(value: string | null): number | undefined {
  const match = PLAIN.exec(value ?? '');
  const parsed = match ? Number(match[1]) : Number.NaN;
  return Number.isFinite(parsed) && parsed <= MOST_UNITS ? parsed : undefined;
}

/** `used/limit`, with a limit above 0; a bare number is taken as `used` alone. */
function fraction(value: string | null): { used?: number; limit?: number } {
  const match = FRACTION.exec(value ?? '');
  if (!match) {
    const used = plain(value);
    return used === undefined ? {} : { used };
  }
  const used = Number(match[1]);
  const limit = Number(match[2]);
  if (!(used <= MOST_UNITS && limit > 0 && limit <= MOST_UNITS)) return {};
  return { used, limit };
}

export function readRateHeaders(headers: Headers): RateReading {
  const reading: RateReading = {};
  const bucket = fraction(headers.get('x-ls-api-bucket-level'));
  if (bucket.used !== undefined) reading.level = bucket.used;
  if (bucket.limit !== undefined) reading.size = bucket.limit;
  const drip = plain(headers.get('x-ls-api-drip-rate'));
  // A drip of 0 would mean waiting forever: no account has one, so it is a garbled header.
  if (drip !== undefined && drip > 0) reading.dripPerSecond = drip;
  const cost = plain(headers.get('x-ls-api-request-cost'));
  if (cost !== undefined) reading.cost = cost;
  const burst = fraction(headers.get('x-ls-api-burst-level'));
  if (burst.used !== undefined) reading.burstLevel = burst.used;
  if (burst.limit !== undefined) reading.burstLimit = burst.limit;
  const type = (headers.get('x-ls-api-ratelimit-type') ?? '').trim().toLowerCase();
  if (type === 'bucket' || type === 'burst') reading.limitType = type;
  return reading;
}
