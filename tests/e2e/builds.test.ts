import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

import { beforeAll, describe, expect, it } from 'vitest';

import { SANDBOX_PUBLIC_CLIENT_ID } from '../../sandbox/retail/oauth-clients.ts';
import { SANDBOX_BUILD } from './support/extension.ts';

const run = promisify(execFile);
const STORE_BUILD = '.output/chrome-mv3';

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  web_accessible_resources?: Array<{ matches: string[] }>;
};

/** The arrival note's permission: optional in the store build, granted at install in the sandbox build. */
const NOTIFICATIONS = 'notifications';

/**
 * The manifest with every loopback pattern (and the reserved .test names the sandbox's tests use) taken out, and
 * the notifications permission put with the optional ones, where the store build has it.
 */
function withoutLoopback(manifest: Manifest): Manifest {
  const keep = (patterns: string[] = []) =>
    patterns.filter((p) => !/^http:\/\/(127\.0\.0\.1|localhost|\*\.test)\//.test(p));
  const optional = new Set([...(manifest.optional_permissions ?? [])]);
  if (manifest.permissions?.includes(NOTIFICATIONS)) optional.add(NOTIFICATIONS);
  return {
    ...manifest,
    permissions: manifest.permissions?.filter((p) => p !== NOTIFICATIONS),
    optional_permissions: [...optional],
    host_permissions: keep(manifest.host_permissions),
    optional_host_permissions: keep(manifest.optional_host_permissions),
    content_scripts: manifest.content_scripts?.map((script) => ({ ...script, matches: keep(script.matches) })),
    web_accessible_resources: manifest.web_accessible_resources?.map((r) => ({ ...r, matches: keep(r.matches) })),
  };
}

describe('the sandbox build is the store build plus loopback (and notifications granted), and nothing else', () => {
  beforeAll(async () => {
    // The sandbox build is made by `npm test` before this project runs; the store build is made here.
    // Vitest sets NODE_ENV=test, which WXT would keep: build as a shell would, without it. The one thing a
    // build is given from outside, Sync Lens's own Lightspeed client id, is the sandbox build's here, as a
    // publisher would give theirs: what remains to differ is the sandbox build's own doing.
    const { NODE_ENV: _testEnv, ...env } = process.env;
    await run(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], {
      env: { ...env, SYNC_LENS_LIGHTSPEED_CLIENT_ID: SANDBOX_PUBLIC_CLIENT_ID },
    });
  }, 120_000);

  it('signs in to Lightspeed as the client id it was built with', async () => {
    // Quoted as the minifier writes a string: `…`, "…" or '…'. A boolean, not the file, if it fails: it is big.
    const quoted = new RegExp(`[\`"']${SANDBOX_PUBLIC_CLIENT_ID}[\`"']`);
    for (const build of [STORE_BUILD, SANDBOX_BUILD]) {
      expect(quoted.test(await readFile(join(build, 'background.js'), 'utf8')), build).toBe(true);
    }
  });

  it('ships the same files, byte for byte, but for the manifest', async () => {
    const [store, sandbox] = await Promise.all([files(STORE_BUILD), files(SANDBOX_BUILD)]);
    expect(sandbox).toEqual(store);
    for (const file of store.filter((f) => f !== 'manifest.json')) {
      const [a, b] = await Promise.all([readFile(join(STORE_BUILD, file)), readFile(join(SANDBOX_BUILD, file))]);
      expect(b.equals(a), file).toBe(true);
    }
  });

  it('has a manifest that differs only by the loopback origin and the notifications grant', async () => {
    const read = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const [store, sandbox] = await Promise.all([read(STORE_BUILD), read(SANDBOX_BUILD)]);
    expect(sandbox.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    expect(JSON.stringify(store)).not.toMatch(/127\.0\.0\.1|localhost|\.test\//);
    // The store build asks for notifications when the merchant turns the arrival note on, never at install.
    expect(store.optional_permissions).toEqual([NOTIFICATIONS]);
    expect(store.permissions).not.toContain(NOTIFICATIONS);
    expect(sandbox.permissions).toContain(NOTIFICATIONS);
    expect(withoutLoopback(sandbox)).toEqual(withoutLoopback(store));
  });
});
