import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterEach, describe, expect, it } from 'vitest';

const children: ChildProcessWithoutNullStreams[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
});

function startCli(args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['sandbox/cli.ts', ...args], { stdio: 'pipe' });
  children.push(child);
  return child;
}

async function firstLine(child: ChildProcessWithoutNullStreams): Promise<string> {
  const lines = createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  lines.close();
  return line;
}

describe('npm run sandbox', () => {
  it('prints the connection as its first line and serves it', async () => {
    const child = startCli(['--port', '0', '--ecom-per-minute', '100', '--registers', '3']);
    const connection = JSON.parse(await firstLine(child)) as Record<string, string>;
    expect(Object.keys(connection).sort()).toEqual(
      [
        'admin',
        'control',
        'ecomApi',
        'ecomReadOnlyToken',
        'ecomToken',
        'retailAccountID',
        'retailApi',
        'retailToken',
        'storeId',
      ].sort(),
    );
    expect(connection.admin).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/store\/\d+#categories$/);
    const categories = await fetch(`${connection.ecomApi}/${connection.storeId}/categories?hidden_categories=true`, {
      headers: { Authorization: `Bearer ${connection.ecomToken}` },
    });
    expect(categories.status).toBe(200);
    expect(((await categories.json()) as { total: number }).total).toBeGreaterThan(5);
    const account = await fetch(`${connection.retailApi}/Account.json`, {
      headers: { Authorization: `Bearer ${connection.retailToken}` },
    });
    expect(((await account.json()) as { Account: { accountID: string } }).Account.accountID).toBe(
      connection.retailAccountID,
    );
    // Three registers: 90 + 2 × 10 units, draining 1 + 2 × 0.5 a second.
    expect(account.headers.get('X-LS-API-Bucket-Level')).toBe('1/110');
    expect(account.headers.get('X-LS-API-Drip-Rate')).toBe('2');
  });

  it('loads a state file and generates large stores', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    const file = join(dir, 'state.json');
    await writeFile(file, JSON.stringify({ retail: { accountID: 5 }, ecom: { storeId: 4242 } }));
    const fromFile = JSON.parse(await firstLine(startCli(['--port', '0', '--state', file]))) as Record<string, string>;
    expect(fromFile.storeId).toBe('4242');
    expect(fromFile.retailAccountID).toBe('5');

    const generated = JSON.parse(await firstLine(startCli(['--port', '0', '--generate', '300']))) as Record<
      string,
      string
    >;
    const state = (await (await fetch(`${generated.control}/state`)).json()) as { retail: { categories: unknown[] } };
    expect(state.retail.categories.length).toBe(300);
  });

  it('refuses a bad flag or a broken state with a message and exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sandbox-cli-'));
    const file = join(dir, 'broken.json');
    await writeFile(
      file,
      JSON.stringify({
        retail: { accountID: 5, categories: [{ categoryID: 1, name: 'X', parentID: 3 }] },
        ecom: { storeId: 1 },
      }),
    );
    for (const args of [
      ['--port', 'abc'],
      ['--registers', '0'],
      ['--state', file],
      ['--state', join(dir, 'missing.json')],
    ]) {
      const child = startCli(args);
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = (await once(child, 'exit')) as [number];
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/sandbox: /);
    }
  });
});
