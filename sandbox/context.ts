import type { SandboxClock } from './clock.ts';
import type { FaultBook } from './faults.ts';
import type { RequestLog } from './request-log.ts';
import type { World } from './world/types.ts';

/** The credentials the sandbox accepts, fresh for every start so that a wrong token is really wrong. */
export interface SandboxTokens {
  /** R-Series OAuth access token (Bearer). */
  retail: string;
  /** Ecwid secret token: every catalog scope. */
  ecomSecret: string;
  /** Ecwid public token: reads enabled records only, 403 on writes. */
  ecomPublic: string;
}

export interface SandboxConfig {
  /** R-Series' limits follow the account's registers (sandbox/retail/limits.ts); 1 by default. */
  retailRegisters: number;
  /** Figures that override what the registers give: the bucket's size, its drip a second, the burst window's size. */
  retailBucketSize?: number;
  retailDripPerSecond?: number;
  retailBurstPerSecond?: number;
  /** Ecwid's per-token limit. */
  ecomPerMinute: number;
  /** How often Lightspeed's own sync runs by itself; 0 = only on demand. */
  nativeSyncEverySeconds: number;
}

/**
 * What every part of the sandbox shares. `world` is replaced on reset and on PUT state, so handlers must read
 * `ctx.world` when they run, never keep a reference across requests.
 */
export interface SandboxContext {
  world: World;
  tokens: SandboxTokens;
  config: SandboxConfig;
  requests: RequestLog;
  faults: FaultBook;
  /** The time the platforms put on records and age what they keep by: `clock`'s, which tests may move forward. */
  now(): Date;
  clock: SandboxClock;
  /**
   * What R-Series' rate limits drain by, in milliseconds: the machine's monotonic time, or a clock a benchmark
   * moves forward itself so that minutes of pacing take no minutes.
   */
  rateLimitClock(): number;
  /** Runs Lightspeed's own Retail → eCom sync once over ctx.world. */
  runNativeSync(): unknown;
  /** Called after the world is replaced, so parts with derived state (rate limits excepted) can drop it. */
  onWorldReplaced: Set<() => void>;
}
