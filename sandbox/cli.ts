import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { startSandbox } from './server.ts';
import { generateState } from './generate/world.ts';
import { externalIdsFlag } from './world/state.ts';

/**
 * npm run sandbox -- [--port N] [--state FILE] [--native-sync-every S] [--generate N] [--external-ids retail|none|foreign]
 *                    [--registers N] [--retail-bucket SIZE --retail-drip RATE --retail-burst UNITS] [--ecom-per-minute N]
 * Prints the connection as one JSON line first, then serves until stopped.
 */

const USAGE = `Usage: npm run sandbox -- [--port N] [--host H] [--state FILE] [--native-sync-every S] [--generate N] [--external-ids retail|none|foreign]
                          [--registers N] [--retail-bucket SIZE] [--retail-drip RATE] [--retail-burst UNITS] [--ecom-per-minute N]`;

function number(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    throw new Error(`--${flag} takes a number of 0 or more, not "${value}".`);
  }
  return parsed;
}

/** R-Series' limits grow with the account's registers: a whole number, 1 or more. */
function registers(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`--registers takes a whole number of 1 or more, not "${value}".`);
  return Number(value);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      state: { type: 'string' },
      'native-sync-every': { type: 'string' },
      generate: { type: 'string' },
      'retail-bucket': { type: 'string' },
      'retail-drip': { type: 'string' },
      'retail-burst': { type: 'string' },
      registers: { type: 'string' },
      'ecom-per-minute': { type: 'string' },
      'external-ids': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }

  let state: unknown;
  if (values.state !== undefined && values.generate !== undefined) {
    throw new Error('Give either --state or --generate, not both.');
  }
  if (values.state !== undefined) {
    try {
      state = JSON.parse(await readFile(values.state, 'utf8'));
    } catch (error) {
      throw new Error(`Cannot read the state file ${values.state}: ${(error as Error).message}`);
    }
  }
  const generate = number('generate', values.generate);
  if (generate !== undefined) state = generateState({ categories: Math.round(generate) });

  const config = {
    retailBucketSize: number('retail-bucket', values['retail-bucket']),
    retailDripPerSecond: number('retail-drip', values['retail-drip']),
    retailBurstPerSecond: number('retail-burst', values['retail-burst']),
    retailRegisters: registers(values.registers),
    ecomPerMinute: number('ecom-per-minute', values['ecom-per-minute']),
    nativeSyncEverySeconds: number('native-sync-every', values['native-sync-every']),
  };
  const externalIds = externalIdsFlag(values['external-ids']);
  const sandbox = await startSandbox({
    port: number('port', values.port) ?? 0,
    ...(externalIds === undefined ? {} : { externalIds }),
    ...(values.host === undefined ? {} : { host: values.host }),
    state,
    config: Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined)),
  });

  process.stdout.write(`${JSON.stringify(sandbox.connection)}\n`);
  console.error(`Sandbox serving at ${sandbox.origin}. Admin: ${sandbox.connection.admin}. Ctrl-C stops it.`);

  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(2);
});
