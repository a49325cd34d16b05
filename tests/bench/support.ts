/** One figure printed by `npm run bench`. */
export interface BenchRow {
  /** The table it belongs in, e.g. "planner". */
  group: string;
  name: string;
  value: number;
  unit: string;
  /** What to compare it with, or the target it answers to. */
  note?: string;
}

/** A benchmark file exports `bench`, which measures and returns its figures; it never asserts. */
export type Bench = () => Promise<BenchRow[]>;

/** Median wall time of `runs` calls of fn, in milliseconds, after one warm-up call. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
