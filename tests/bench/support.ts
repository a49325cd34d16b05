/** One figure printed by `npm run bench`. */
export interface BenchRow {
  /** The table it belongs in, e.g. "planner". */
  group: string;
  name: string;
  /** null when the browser cannot give the figure: printed "n/a", with the reason in `note`. */
  value: number | null;
  unit: string;
  /** What to compare it with, or the target it answers to (or why there is no value). */
  note?: string;
}

/** A benchmark file exports `bench`, which measures and returns its figures; it never asserts. */
export type Bench = () => Promise<BenchRow[]>;

const WARM_UP_MS = 250;

/**
 * Median wall time of `runs` calls of fn, in milliseconds, after warm-up calls: at least two, and for at least
 * WARM_UP_MS in all. A fixed count of warm-up calls leaves a fast function still being compiled while it is
 * measured (a 3 ms plan ran 10–20 ms in its first calls), so a short call would be timed colder than a long one.
 */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  let warmedMs = 0;
  for (let calls = 0; calls < 2 || warmedMs < WARM_UP_MS; calls++) warmedMs += await timeOneCall(fn);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeOneCall(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * One call's wall time. Its result is let go before the next call starts: `await fn()` in the loop above would
 * keep the last result reachable from the suspended loop while the next call runs, and a large result (a 50k
 * plan is 20 MB of objects) would then be copied by every garbage collection in that call, which measures the
 * harness rather than fn.
 */
async function timeOneCall(fn: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now();
  const result = fn();
  if (result instanceof Promise) await result;
  return performance.now() - started;
}
