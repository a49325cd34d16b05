import { readdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Bench, BenchRow } from '../tests/bench/support.ts';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and prints their
 * figures as tables, with the machine they came from. Figures are printed, never asserted.
 */

const BENCH_DIR = resolve('tests/bench');

function printTable(group: string, rows: BenchRow[]) {
  console.log(`\n${group}`);
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  for (const row of rows) {
    const value =
      row.value >= 100 ? row.value.toFixed(0) : row.value >= 10 ? row.value.toFixed(1) : row.value.toFixed(2);
    console.log(`  ${row.name.padEnd(width)}  ${value.padStart(10)} ${row.unit.padEnd(8)} ${row.note ?? ''}`);
  }
}

async function main() {
  const only = process.argv.slice(2);
  const files = (await readdir(BENCH_DIR))
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Sync Lens benchmarks — ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  for (const file of files) {
    const module = (await import(pathToFileURL(resolve(BENCH_DIR, file)).href)) as { bench: Bench };
    const rows = await module.bench();
    const groups = new Map<string, BenchRow[]>();
    for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
    for (const [group, groupRows] of groups) printTable(group, groupRows);
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
