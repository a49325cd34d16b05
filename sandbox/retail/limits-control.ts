import * as v from 'valibot';

import type { SandboxConfig } from '../context.ts';
import { retailLimits, type RetailLimits } from './limits.ts';

/**
 * `PUT /__sandbox/retail-limits`: a test sets the account's registers (and so its bucket, drip and burst), or one
 * figure outright; `null` forgets a figure, so the registers decide it again.
 */
const Figure = v.nullish(v.pipe(v.number(), v.finite(), v.minValue(0)));
export const RetailLimitsBody = v.strictObject({
  registers: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  bucketSize: Figure,
  dripPerSecond: Figure,
  burstPerSecond: Figure,
});

const FIELDS = {
  bucketSize: 'retailBucketSize',
  dripPerSecond: 'retailDripPerSecond',
  burstPerSecond: 'retailBurstPerSecond',
} as const;

/** Applies a checked body to the configuration; returns the limits now in force with the registers. */
export function setRetailLimits(
  config: SandboxConfig,
  body: v.InferOutput<typeof RetailLimitsBody>,
): RetailLimits & { registers: number } {
  if (body.registers !== undefined) config.retailRegisters = body.registers;
  for (const [field, key] of Object.entries(FIELDS) as Array<
    [keyof typeof FIELDS, (typeof FIELDS)[keyof typeof FIELDS]]
  >) {
    const value = body[field];
    if (value === null) delete config[key];
    else if (value !== undefined) config[key] = value;
  }
  return describeRetailLimits(config);
}

export function describeRetailLimits(config: SandboxConfig): RetailLimits & { registers: number } {
  return { registers: config.retailRegisters, ...retailLimits(config) };
}
