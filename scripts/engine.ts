import 'fake-indexeddb/auto';

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

import { exportDb, importDb, type DbDump } from '../utils/db/dump.ts';
import { openDb } from '../utils/db/open.ts';
import { createEcomClient } from '../utils/ecom/client.ts';
import { ecomPort, retailPort } from '../utils/engine/adapters.ts';
import { createEngine, type Engine } from '../utils/engine/engine.ts';
import { sayIn, type Said } from '../utils/i18n/said.ts';
import { progressOf, type Job } from '../utils/jobs/model.ts';
import { CATEGORY_STATUSES } from '../utils/sync/model.ts';
import { createRetailClient } from '../utils/retail/client.ts';

/**
 * The sync engine outside the browser, for scripted use and for the tests: the very same engine, over
 * fake-indexeddb, with its memory kept in a file between runs (so it tells "new" from "disabled" as the
 * extension does).
 *
 *   npm run engine -- <status|refresh|plan|enable|sync> [names…] [--json] [--data FILE]
 *   store: --retail-api --retail-account-id --retail-token --ecom-api --ecom-store-id --ecom-token
 *   or the environment: RETAIL_API RETAIL_ACCOUNT_ID RETAIL_TOKEN ECOM_API ECOM_STORE_ID ECOM_TOKEN
 *
 * Exit codes: 0 done; 1 a job ended with failures; 2 a usage or configuration error; 3 the store could not be
 * read or written (the message says why).
 */

const COMMANDS = ['status', 'refresh', 'plan', 'enable', 'sync'] as const;
type Command = (typeof COMMANDS)[number];

class UsageError extends Error {}

const USAGE = `Usage: npm run engine -- <${COMMANDS.join('|')}> [category names…] [--json] [--data FILE]
  eCom:   --ecom-api URL --ecom-store-id N --ecom-token TOKEN      (or ECOM_API, ECOM_STORE_ID, ECOM_TOKEN)
  Retail: --retail-api URL --retail-account-id N --retail-token T  (or RETAIL_API, RETAIL_ACCOUNT_ID, RETAIL_TOKEN)
  enable with no names enables every newly synced category; with names (or paths), exactly those.`;

function parse() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
      'retail-api': { type: 'string' },
      'retail-account-id': { type: 'string' },
      'retail-token': { type: 'string' },
      'ecom-api': { type: 'string' },
      'ecom-store-id': { type: 'string' },
      'ecom-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...names] = positionals;
  if (values.help) return { help: true as const };
  if (!command || !COMMANDS.includes(command as Command)) throw new UsageError(`Unknown command "${command ?? ''}".`);
  const env = process.env;
  const ecomApi = values['ecom-api'] ?? env.ECOM_API ?? 'https://app.ecwid.com/api/v3';
  const storeId = Number(values['ecom-store-id'] ?? env.ECOM_STORE_ID);
  const ecomToken = values['ecom-token'] ?? env.ECOM_TOKEN;
  if (!Number.isInteger(storeId) || storeId <= 0)
    throw new UsageError('Give the eCom store id (--ecom-store-id or ECOM_STORE_ID).');
  if (!ecomToken) throw new UsageError('Give an eCom token (--ecom-token or ECOM_TOKEN).');
  const retailToken = values['retail-token'] ?? env.RETAIL_TOKEN;
  const retailAccount = values['retail-account-id'] ?? env.RETAIL_ACCOUNT_ID;
  const retail = retailToken
    ? {
        apiBase: values['retail-api'] ?? env.RETAIL_API ?? 'https://api.lightspeedapp.com/API/V3',
        token: retailToken,
        ...(retailAccount ? { accountId: Number(retailAccount) } : {}),
      }
    : null;
  const dataDir = process.env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share');
  return {
    help: false as const,
    command: command as Command,
    names,
    json: values.json ?? false,
    data: values.data ?? join(dataDir, 'sync-lens', `store-${storeId}.json`),
    ecom: { apiBase: ecomApi, storeId, token: ecomToken },
    retail,
  };
}

async function loadMemory(file: string): Promise<DbDump | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DbDump;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(
      `The data file ${file} cannot be read (${(error as Error).message}). Move it away to start afresh.`,
    );
  }
}

/** Written to a temporary file first, so a run killed while writing never leaves half a file. */
async function saveMemory(file: string, dump: DbDump): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(dump));
  await rename(`${file}.tmp`, file);
}

async function runToEnd(engine: Engine, job: Job, quiet: boolean): Promise<Job> {
  for (;;) {
    const wakeAt = await engine.runJobs((step) => {
      if (!quiet) {
        const p = progressOf(step);
        process.stderr.write(`\r${p.kind}: ${p.done + p.failed + p.skipped}/${p.total}`);
      }
    });
    const current = (await engine.job(job.id))!;
    if (current.status !== 'queued' && current.status !== 'running') {
      if (!quiet) process.stderr.write('\n');
      return current;
    }
    // A job waiting out a long back-off: in a CLI we simply wait for it.
    await new Promise((resolve) => setTimeout(resolve, Math.max(200, wakeAt ? Date.parse(wakeAt) - Date.now() : 1000)));
  }
}

function printJob(job: Job, json: boolean) {
  const progress = progressOf(job);
  if (json) {
    // Words in English for scripts: the pages pick a language, a script wants one stable text.
    const english = <T extends { reason?: Said | string; error?: Said | string }>(record: T) => ({
      ...record,
      ...(record.reason === undefined ? {} : { reason: sayIn(record.reason, 'en') }),
      ...(record.error === undefined ? {} : { error: sayIn(record.error, 'en') }),
    });
    const items = job.items.map(({ operation: _op, ...item }) => english(item));
    console.log(JSON.stringify({ job: english(progress), items }));
    return;
  }
  console.log(`${job.kind}: ${progress.done} done, ${progress.failed} failed, ${progress.skipped} skipped`);
  for (const item of job.items) {
    if (item.state !== 'done')
      console.log(`  ${item.state.padEnd(7)} ${item.label}${item.reason ? `: ${sayIn(item.reason, 'en')}` : ''}`);
  }
}

async function main(): Promise<number> {
  const options = parse();
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const db = await openDb(`sync-lens-cli-${options.ecom.storeId}`);
  const memory = await loadMemory(options.data);
  if (memory) await importDb(db, memory);

  const engine = createEngine({
    db,
    ecom: ecomPort(createEcomClient(options.ecom)),
    retail: options.retail ? retailPort(createRetailClient(options.retail)) : null,
    now: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  let code = 0;
  try {
    const refreshed = await engine.refresh({ full: true });
    if (options.command === 'plan') {
      if (options.json) console.log(JSON.stringify({ operations: refreshed.operations }));
      else for (const operation of refreshed.operations) console.log(JSON.stringify(operation));
    } else if (options.command === 'status' || options.command === 'refresh') {
      const status = await engine.status();
      if (options.json) {
        console.log(
          JSON.stringify({
            readAt: status.readAt,
            summary: status.summary,
            categories: status.categories.map(
              ({ retailId, ecomId, name, path, status: s, enabled, drift, link, candidates }) => ({
                retailId,
                ecomId,
                name,
                path,
                status: s,
                enabled,
                drift,
                // How its two records were found to be one (utils/sync/linker.ts), null when they were not.
                link: link ?? null,
                ...(candidates ? { candidates } : {}),
              }),
            ),
            products: status.products.map(({ retailId, ecomId, name, path, enabled, issues, link }) => ({
              retailId,
              ecomId,
              link: link ?? null,
              name,
              path,
              enabled,
              issues,
              status: issues[0] ?? (enabled === false ? 'disabled' : 'ok'),
            })),
          }),
        );
      } else {
        const c = status.summary.categories;
        console.log(`Read at ${refreshed.readAt}: ${c.total} categories`);
        for (const name of CATEGORY_STATUSES) {
          console.log(`  ${name.padEnd(12)} ${c[name]}`);
        }
        if (options.command === 'status') {
          for (const state of status.categories) console.log(`  [${state.status}] ${state.path}`);
        }
      }
    } else {
      let ecomIds: number[] | undefined;
      if (options.command === 'enable' && options.names.length > 0) {
        const { categories } = await engine.status();
        ecomIds = [];
        for (const name of options.names) {
          const match = categories.find((c) => c.ecomId !== null && (c.path === name || c.name === name));
          if (!match) throw new UsageError(`No category in eCom is named "${name}".`);
          ecomIds.push(match.ecomId!);
        }
      }
      const job = await engine.startJob(
        options.command === 'sync' ? { kind: 'sync' } : { kind: 'enable-categories', ...(ecomIds ? { ecomIds } : {}) },
      );
      const finished = await runToEnd(engine, job, options.json);
      printJob(finished, options.json);
      if (finished.status !== 'done' || finished.items.some((item) => item.state === 'failed')) code = 1;
    }
  } finally {
    await saveMemory(options.data, await exportDb(db));
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`engine: ${message}`);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(error instanceof UsageError ? 2 : 3);
  },
);
