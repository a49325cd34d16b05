import { readdir } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Bench, BenchRow } from '../tests/bench/support.ts';
import { E2E_BROWSER_NAMES } from './e2e-browsers.ts';

/**
 * `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command line) and prints their
 * figures as tables, with the machine they came from. Figures are printed, never asserted.
 * A browser named on the command line (`npm run bench overlay chromium`) narrows the benches that run in
 * browsers to it, as BENCH_BROWSERS=chromium does; both run by default.
 */

const BENCH_DIR = resolve('tests/bench');

function printTable(group: string, rows: BenchRow[]) {
  console.log(`\n${group}`);
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  for (const row of rows) {
    const value =
      row.value === null
        ? 'n/a'
        : row.value >= 100
          ? row.value.toFixed(0)
          : row.value >= 10
            ? row.value.toFixed(1)
            : row.value.toFixed(2);
    // No unit after "n/a": there is no quantity to name.
    const unit = row.value === null ? '' : row.unit;
    console.log(`  ${row.name.padEnd(width)}  ${value.padStart(10)} ${unit.padEnd(8)} ${row.note ?? ''}`);
  }
}

async function main() {
  const words = process.argv.slice(2);
  const isBrowser = (word: string) => (E2E_BROWSER_NAMES as readonly string[]).includes(word.toLowerCase());
  const browsers = words.filter(isBrowser);
  if (browsers.length > 0) process.env.BENCH_BROWSERS = browsers.join(',');
  const only = words.filter((word) => !isBrowser(word));
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
