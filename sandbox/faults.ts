import * as v from 'valibot';

import { seededRandom } from './generate/random.ts';

/**
 * Faults the tests switch on through PUT /__sandbox/faults: answer with a status, add a delay, send broken
 * JSON or cut the connection, for a fraction of the matching requests or for the next N of them.
 */

const FaultRuleInput = v.strictObject({
  /** "METHOD /path-regex": METHOD may be * ; the regex is tested against the path (unanchored). */
  match: v.pipe(v.string(), v.regex(/^(\*|[A-Z]+)\s+\S+/, 'must be "METHOD /path-regex"')),
  /** A regex the query string (without "?") must match too, e.g. "offset=[1-9]" for every page but the first. */
  query: v.optional(v.string()),
  status: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(599))),
  /** Fraction of matching requests hit, 0..1 (default 1). */
  rate: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Hit only the next N matching requests, then the rule is spent. */
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  delayMs: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(120_000))),
  /** Send the real answer cut in half, so it is not valid JSON. */
  malformed: v.optional(v.boolean()),
  /** Cut the connection without an answer. */
  drop: v.optional(v.boolean()),
  /**
   * Hold the request until POST /__sandbox/faults/release (or the rules are replaced), then answer it as usual:
   * lets a test change the world at an exact point of a client's walk, e.g. between two pages of a read.
   */
  hold: v.optional(v.boolean()),
  /** Retry-After seconds to send with a 429 or 503. */
  retryAfter: v.optional(v.pipe(v.number(), v.minValue(0))),
});

export const FaultRulesInput = v.union([
  v.array(FaultRuleInput),
  v.strictObject({ rules: v.array(FaultRuleInput), seed: v.optional(v.number()) }),
]);

export type FaultRule = v.InferOutput<typeof FaultRuleInput>;

interface LiveRule extends FaultRule {
  method: string;
  pattern: RegExp;
  queryPattern: RegExp | undefined;
  remaining: number;
  hits: number;
}

/** What to do to one request. */
export interface FaultEffect {
  delayMs: number;
  status?: number;
  retryAfter?: number;
  malformed: boolean;
  drop: boolean;
  /** Resolves when the request may go on (at once unless the rule holds it). */
  released: Promise<void>;
}

export class FaultBook {
  #rules: LiveRule[] = [];
  #random: () => number = Math.random;
  #held: Array<() => void> = [];

  /** Replaces every rule, letting held requests go; throws a readable error for a rule that is not well formed. */
  set(input: unknown): void {
    const parsed = v.safeParse(FaultRulesInput, input);
    if (!parsed.success) {
      const issue = parsed.issues[0]!;
      throw new Error(`Fault rules are not valid: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
    }
    const rules = Array.isArray(parsed.output) ? parsed.output : parsed.output.rules;
    const seed = Array.isArray(parsed.output) ? undefined : parsed.output.seed;
    const compile = (source: string, what: string, rule: FaultRule) => {
      try {
        return new RegExp(source);
      } catch {
        throw new Error(`Fault rule "${rule.match}": the ${what} is not a valid regular expression`);
      }
    };
    const live = rules.map((rule): LiveRule => {
      const [method, ...pattern] = rule.match.trim().split(/\s+/);
      return {
        ...rule,
        method: method!,
        pattern: compile(pattern.join(' '), 'path', rule),
        queryPattern: rule.query === undefined ? undefined : compile(rule.query, 'query', rule),
        remaining: rule.times ?? Infinity,
        hits: 0,
      };
    });
    this.#random = seed === undefined ? Math.random : seededRandom(seed);
    this.#rules = live;
    this.release();
  }

  /** Lets every held request go on; returns how many there were. */
  release(): number {
    const held = this.#held;
    this.#held = [];
    for (const go of held) go();
    return held.length;
  }

  /** How many requests are held now. */
  get held(): number {
    return this.#held.length;
  }

  /** The rules with how often each was applied, for GET /__sandbox/faults. */
  list(): Array<FaultRule & { hits: number; remaining: number | null }> {
    return this.#rules.map(({ method: _m, pattern: _p, queryPattern: _q, remaining, ...rule }) => ({
      ...rule,
      remaining: Number.isFinite(remaining) ? remaining : null,
    }));
  }

  /** Decides, and counts, what happens to one request; undefined when no rule applies. */
  take(method: string, path: string, query = ''): FaultEffect | undefined {
    for (const rule of this.#rules) {
      if (rule.remaining <= 0) continue;
      if (rule.method !== '*' && rule.method !== method) continue;
      if (!rule.pattern.test(path)) continue;
      if (rule.queryPattern && !rule.queryPattern.test(query)) continue;
      if (this.#random() >= (rule.rate ?? 1)) continue;
      rule.remaining -= 1;
      rule.hits += 1;
      return {
        delayMs: rule.delayMs ?? 0,
        ...(rule.status === undefined ? {} : { status: rule.status }),
        ...(rule.retryAfter === undefined ? {} : { retryAfter: rule.retryAfter }),
        malformed: rule.malformed ?? false,
        drop: rule.drop ?? false,
        released: rule.hold ? new Promise<void>((go) => this.#held.push(go)) : Promise.resolve(),
      };
    }
    return undefined;
  }
}
