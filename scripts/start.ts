import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { startSandbox } from '../sandbox/server.ts';
import { externalIdsFlag } from '../sandbox/world/state.ts';
import { chromeFlags, findChrome, HOW_TO_GET_CHROMIUM } from './chrome.ts';
import { bin, run } from './run.ts';

/**
 * `npm start`: builds the sandbox build of the extension, starts the sandbox, and opens Chromium on the
 * sandbox admin's categories page with the extension loaded in a fresh profile. Ctrl-C stops all of it.
 * Where there is no display, it keeps the sandbox serving and says how to open it by hand.
 */

const EXTENSION_DIR = resolve('.output/chrome-mv3-sandbox');

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      state: { type: 'string' },
      'native-sync-every': { type: 'string', default: '0' },
      'external-ids': { type: 'string' },
    },
  });

  console.log('Building the sandbox build of Sync Lens…');
  if ((await run(bin('wxt'), ['build', '--mode', 'sandbox'])) !== 0) {
    throw new Error('The extension did not build; see the errors above.');
  }

  const state = values.state ? JSON.parse(await readFile(values.state, 'utf8')) : undefined;
  const externalIds = externalIdsFlag(values['external-ids']);
  const sandbox = await startSandbox({
    port: Number(values.port),
    state,
    ...(externalIds === undefined ? {} : { externalIds }),
    config: { nativeSyncEverySeconds: Number(values['native-sync-every']) },
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new Error(`Port ${values.port} is taken; try npm start -- --port 0`);
    throw error;
  });
  const { admin, control } = sandbox.connection;
  console.log(`\nSandbox serving at ${sandbox.origin}`);
  console.log(`  eCom admin:        ${admin}`);
  console.log(`  Lightspeed's sync: curl -X POST ${control}/native-sync`);
  console.log(`  Connection (JSON): ${control}/connection`);

  let browser: ChildProcess | undefined;
  let profile: string | undefined;
  const chrome = findChrome();
  if (!chrome) {
    console.log(`\nNo Chromium found, so none was opened. ${HOW_TO_GET_CHROMIUM}`);
  } else if (!hasDisplay()) {
    console.log('\nNo display here (DISPLAY is not set), so no browser was opened. On a machine with one:');
  } else {
    profile = await mkdtemp(join(tmpdir(), 'sync-lens-start-'));
    browser = spawn(chrome, [...chromeFlags(EXTENSION_DIR), `--user-data-dir=${profile}`, admin], {
      stdio: 'ignore',
    });
    browser.on('exit', () => console.log('The browser closed; the sandbox keeps serving until Ctrl-C.'));
    console.log(`\nOpened ${chrome} with Sync Lens loaded.`);
  }
  if (!browser) {
    console.log(`  1. Open chrome://extensions, turn on Developer mode, "Load unpacked": ${EXTENSION_DIR}`);
    console.log(`  2. Open ${admin}`);
  }
  console.log('\nCtrl-C stops everything.');

  const stop = async () => {
    browser?.kill();
    await sandbox.close();
    if (profile) await rm(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
