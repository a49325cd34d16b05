import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { startTestSandbox } from './support/sandbox.ts';

/**
 * The stand-in eCom admin over HTTP: the shell it answers before its app runs, its language, and the client code
 * it serves as JavaScript. What the app then draws is covered by tests/e2e/sandbox-admin.test.ts.
 */

const run = promisify(execFile);
const CLIENT_DIR = new URL('../../sandbox/admin/client/', import.meta.url);

const state = {
  retail: { accountID: 7 },
  ecom: {
    storeId: 777001,
    categories: [
      { id: 1, name: 'Zebrawood Jackets', origin: 'LIGHTSPEED', externalReferenceId: '5' },
      { id: 2, name: 'Quokka Specials' },
    ],
    products: [{ id: 10, name: 'Narwhal Parka', categoryIds: [1] }],
  },
};

let sandbox: Sandbox;
let storeUrl: string;

beforeAll(async () => {
  sandbox = await startTestSandbox({ state });
  storeUrl = `${sandbox.origin}/store/777001`;
});

afterAll(async () => {
  await sandbox.close();
});

/** The config object the shell embeds for the app. */
function configOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="admin-config">([^<]*)<\/script>/.exec(html);
  expect(match, 'the shell has an admin-config script').not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

/** A GET with the path sent byte for byte: fetch() would resolve "..", a hostile client does not. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(sandbox.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the admin shell', () => {
  it('answers HTML with the app root, the module script and the config, and no catalog content', async () => {
    const response = await fetch(storeUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();

    expect(html).toContain('<div id="app"></div>');
    expect(html).toContain('<script type="module" src="/store-assets/main.ts"></script>');
    for (const name of ['Zebrawood', 'Quokka', 'Narwhal']) expect(html).not.toContain(name);

    expect(configOf(html)).toEqual({
      storeId: 777001,
      apiBase: `${sandbox.origin}/api/v3`,
      token: sandbox.connection.ecomToken,
      lang: 'en',
      markup: 'standard',
    });
  });

  it('keeps the shell (it carries the secret token) out of caches', async () => {
    const response = await fetch(storeUrl);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('gives the config a token the eCom API accepts', async () => {
    const config = configOf(await (await fetch(storeUrl)).text());
    const response = await fetch(`${config.apiBase}/${config.storeId}/categories?hidden_categories=true`, {
      headers: { Authorization: `Bearer ${config.token}` },
    });
    expect(response.status).toBe(200);
  });

  it('stores ?markup=alt in the config, and nothing else as markup', async () => {
    expect(configOf(await (await fetch(`${storeUrl}?markup=alt`)).text()).markup).toBe('alt');
    expect(configOf(await (await fetch(`${storeUrl}?markup=evil`)).text()).markup).toBe('standard');
  });

  it('answers a 404 page, without the token, for another store id', async () => {
    for (const path of ['/store/1', '/store/abc', '/store/7770010']) {
      const response = await fetch(`${sandbox.origin}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html).toMatch(/Store not found/);
      expect(html).not.toContain(sandbox.connection.ecomToken);
      expect(html).not.toContain('admin-config');
    }
  });
});

describe('the admin language', () => {
  const langOf = async (query: string, acceptLanguage?: string) => {
    const headers: Record<string, string> = acceptLanguage === undefined ? {} : { 'Accept-Language': acceptLanguage };
    const html = await (await fetch(`${storeUrl}${query}`, { headers })).text();
    const tag = /<html lang="([a-z]+)">/.exec(html)?.[1];
    expect(configOf(html).lang).toBe(tag);
    return tag;
  };

  it('follows ?lang= first', async () => {
    expect(await langOf('?lang=fr')).toBe('fr');
    expect(await langOf('?lang=en', 'fr-FR,fr;q=0.9')).toBe('en');
  });

  it('else takes French when Accept-Language starts with fr, English otherwise', async () => {
    expect(await langOf('', 'fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(await langOf('', 'FR')).toBe('fr');
    expect(await langOf('', 'en-US,fr;q=0.9')).toBe('en');
    expect(await langOf('', 'de-DE')).toBe('en');
    expect(await langOf('')).toBe('en');
  });

  it('ignores a ?lang= it does not speak', async () => {
    expect(await langOf('?lang=de', 'fr')).toBe('fr');
    expect(await langOf('?lang=de')).toBe('en');
  });

  it('words the 404 page in the negotiated language', async () => {
    const html = await (await fetch(`${sandbox.origin}/store/1?lang=fr`)).text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Boutique introuvable');
  });
});

describe('the admin assets', () => {
  it('serves every client .ts file as JavaScript that parses with its types stripped', async () => {
    const files = (await readdir(CLIENT_DIR)).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('main.ts');
    const dir = await mkdtemp(join(tmpdir(), 'admin-assets-'));
    try {
      for (const file of files) {
        const response = await fetch(`${sandbox.origin}/store-assets/${file}`);
        expect(response.status, file).toBe(200);
        expect(response.headers.get('content-type'), file).toBe('text/javascript; charset=utf-8');
        const code = await response.text();
        expect(code, file).not.toMatch(/^\s*import type /m);
        // As plain JavaScript (.mjs), any annotation left behind is a syntax error.
        const path = join(dir, file.replace(/\.ts$/, '.mjs'));
        await writeFile(path, code);
        await expect(run(process.execPath, ['--check', path]), file).resolves.toBeDefined();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('strips annotations and keeps the code around them', async () => {
    const code = await (await fetch(`${sandbox.origin}/store-assets/catalog.ts`)).text();
    expect(code).toMatch(/export function buildChildren\(categories\s*\)\s*{/);
    expect(code).not.toContain('categories: Map<number, Category>');
    expect(code).not.toContain('export interface Category');
  });

  it('serves the stylesheet as CSS', async () => {
    const response = await fetch(`${sandbox.origin}/store-assets/admin.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await response.text()).toContain('.ec-category-tree');
  });

  it('answers 404 for a file that is not in the client folder', async () => {
    for (const name of ['nope.ts', 'main.js', 'main.ts.map', 'MAIN.ts', '.hidden.ts']) {
      expect((await fetch(`${sandbox.origin}/store-assets/${name}`)).status, name).toBe(404);
    }
  });

  it('refuses paths that climb out of the client folder', async () => {
    const attempts = [
      '/store-assets/../routes.ts',
      '/store-assets/..%2Froutes.ts',
      '/store-assets/%2e%2e%2froutes.ts',
      '/store-assets/..%2F..%2Fcontext.ts',
      '/store-assets/..%5Croutes.ts',
      '/store-assets/%2Fetc%2Fpasswd',
      '/store-assets/client%2Fmain.ts',
    ];
    for (const path of attempts) {
      const { status, body } = await rawGet(path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('adminRoutes');
      expect(body, path).not.toContain('SandboxContext');
      expect(body, path).not.toContain('root:');
    }
  });
});

describe('another store’s admin', () => {
  // The merchant's second store, of which the sandbox holds nothing (`?empty=1`): for the overlay's tests there.
  it('is that store’s admin with an empty catalog and no token, at ?empty=1', async () => {
    const response = await fetch(`${sandbox.origin}/store/2002?empty=1&lang=fr`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(configOf(html)).toMatchObject({ storeId: 2002, token: '', lang: 'fr', empty: true });
    for (const token of [sandbox.connection.ecomToken, sandbox.connection.ecomReadOnlyToken])
      expect(html).not.toContain(token);
  });

  it('stays the 404 page without the flag, or for an id that is no store id', async () => {
    for (const path of ['/store/2002', '/store/abc?empty=1', '/store/0?empty=1', '/store/01?empty=1']) {
      const response = await fetch(`${sandbox.origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('admin-config');
    }
  });

  it('leaves the sandbox’s own store as it was, flag or not', async () => {
    const config = configOf(await (await fetch(`${storeUrl}?empty=1`)).text());
    expect(config).toMatchObject({ storeId: 777001, token: sandbox.connection.ecomToken });
    expect(config).not.toHaveProperty('empty');
  });
});

describe('the control panel’s doors with no store in the address (/cp/)', () => {
  it('serves the signed-in store’s admin at /cp/ and /cp/CP.html, another store’s with ?store= and ?empty=1', async () => {
    for (const path of ['/cp', '/cp/', '/cp/CP.html']) {
      const response = await fetch(`${sandbox.origin}${path}?markup=table`);
      expect(response.status, path).toBe(200);
      expect(configOf(await response.text()), path).toMatchObject({ storeId: 777001, markup: 'table' });
    }
    const other = configOf(await (await fetch(`${sandbox.origin}/cp/?store=2002&empty=1`)).text());
    expect(other).toMatchObject({ storeId: 2002, token: '', empty: true });
    expect((await fetch(`${sandbox.origin}/cp/?store=2002`)).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/cp/other.html`)).status).toBe(404);
  });
});
