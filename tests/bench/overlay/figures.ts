import type { BenchRow } from '../support.ts';

/** The middle value of a few runs; null when a browser could not give the figure in any run. */
export function median(values: Array<number | null>): number | null {
  const measured = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return measured.length === 0 ? null : measured[Math.floor(measured.length / 2)]!;
}

/** A figure of one browser's table: the bench names the table (its group) after the browser. */
export type Figure = Omit<BenchRow, 'group'>;
