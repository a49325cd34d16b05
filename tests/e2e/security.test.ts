import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { API_HOSTS, SANDBOX_API_HOSTS } from '../../utils/admin-dom/match-patterns.ts';
import type { Reply } from '../../utils/messaging/protocol.ts';
import { PAGE_ONLY_REQUESTS, REQUESTS } from '../../utils/messaging/requests.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { openWithContentScriptWorld, type ContentScriptWorld } from './support/content-script-world.ts';
import { EVERY_REQUEST, PAGE_ONLY } from './support/every-request.ts';
import { launchWithExtension, SANDBOX_BUILD, type ExtensionSession } from './support/extension.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { backgroundState, openAdvanced, openOptions } from './support/options.ts';

/**
 * What a content script a hostile admin page managed to subvert can get: no token, and no action. Tokens are the
 * real ones, read from the sandbox and from the background's vault after connecting. Run from the content
 * script's own world, which only Chromium's DevTools protocol reaches; what the page's own scripts can do, and
 * where tokens are not, is tried in both browsers in tests/e2e/both/security.test.ts.
 */

interface Logged {
  method: string;
  path: string;
  api: string;
}

describe('security', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let secrets: string[];

  const writes = async () =>
    ((await (await control(sandbox, '/requests')).json()) as { requests: Logged[] }).requests.filter(
      (request) => request.method !== 'GET' && request.api !== 'oauth' && !request.path.startsWith('/auth/'),
    );

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    await session.installTab.close();

    // Connected as a merchant would: the sandbox button, then Retail POS by signing in (so OAuth tokens and the
    // client secret are stored too).
    const options = await openOptions(session);
    await options.getByLabel('Sandbox address').fill(sandbox.origin);
    await options.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await options.locator('#sandbox-notice[data-notice="success"]').waitFor({ timeout: 15_000 });
    const retail = options.locator('[data-card="retail"]');
    // The merchant's own API client, under "Advanced".
    await openAdvanced(retail);
    await retail.getByLabel('Client ID').fill('security-client');
    await retail.getByLabel('Client secret').fill('security-client-secret');
    await retail.getByLabel('Lightspeed sign-in address').fill(sandbox.origin);
    const signIn = session.context.waitForEvent('page', { timeout: 15_000 });
    await retail.getByRole('button', { name: 'Sign in with Lightspeed' }).click();
    await (await signIn).getByRole('button', { name: 'Authorize' }).click();
    await retail.locator('[data-status="retail"]', { hasText: 'by signing in' }).waitFor({ timeout: 15_000 });
    await options.close();

    const { vault } = await backgroundState(session);
    const stored = vault as {
      ecomConnection: { token: string };
      retailConnection: { token: string; oauth: { refreshToken: string } };
      retailOAuthClient: { clientSecret: string };
    };
    secrets = [
      sandbox.connection.ecomToken,
      sandbox.connection.ecomReadOnlyToken,
      sandbox.connection.retailToken,
      stored.ecomConnection.token,
      stored.retailConnection.token,
      stored.retailConnection.oauth.refreshToken,
      stored.retailOAuthClient.clientSecret,
    ];
    const page = await openExtensionPage(session);
    await valueFrom(page, { type: 'refresh' });
    await page.close();
    await control(sandbox, '/requests', { method: 'DELETE' });
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('tries every request the background knows', () => {
    const known = Object.keys(REQUESTS).sort();
    expect(EVERY_REQUEST.map((request) => request.type).sort()).toEqual(known);
    expect([...PAGE_ONLY].sort()).toEqual([...PAGE_ONLY_REQUESTS].sort());
  });

  it('ships a strict content security policy, no externally_connectable, no remote code', async () => {
    const manifest = JSON.parse(await readFile(join(SANDBOX_BUILD, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
    // `scripting`: the overlay on an admin address the merchant adds (registered at run time). `notifications`:
    // optional in the store build (builds.test.ts), granted at install here as a headless browser cannot be asked.
    expect(manifest.permissions).toEqual([
      'storage',
      'alarms',
      'unlimitedStorage',
      'identity',
      'scripting',
      'notifications',
    ]);
    expect(manifest).not.toHaveProperty('optional_permissions');
    // API hosts are asked for when connecting, an https host when the merchant adds their admin's other address;
    // the sandbox build adds loopback (and the reserved .test names its tests use) and nothing else.
    expect(manifest.optional_host_permissions).toEqual([...API_HOSTS, 'https://*/*']);
    expect(manifest.host_permissions).toEqual([...SANDBOX_API_HOSTS, 'http://*.test/*']);
    expect(manifest.web_accessible_resources).toEqual([
      expect.objectContaining({ resources: ['content-scripts/admin.css'] }),
    ]);

    const files = (await readdir(SANDBOX_BUILD, { recursive: true })).map(String);
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = await readFile(join(SANDBOX_BUILD, file), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) expect(src, file).toMatch(/^\/(?!\/)/);
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    }
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      const code = await readFile(join(SANDBOX_BUILD, file), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|importScripts\(/);
    }
  });

  describe('on the admin page', () => {
    let world: ContentScriptWorld;

    beforeAll(async () => {
      ({ world } = await openWithContentScriptWorld(session, sandbox.connection.admin, (page) =>
        page
          .locator('sync-lens-overlay')
          .getByRole('button', { name: /^Enable \d+ new categories$/ })
          .waitFor({ timeout: 20_000 }),
      ));
      // From now on, everything the background or anyone else sends the content script is recorded.
      await world.run(
        `globalThis.__received = []; chrome.runtime.onMessage.addListener((message) => { globalThis.__received.push(message); }); true`,
      );
    });

    it('a content script gets no token from any request, and no credential request is answered for it', async () => {
      const replies = await world.run<Array<{ type: string; reply: Reply<unknown> }>>(
        `(async () => {
          const out = [];
          for (const request of ${JSON.stringify(EVERY_REQUEST)}) {
            out.push({ type: request.type, reply: await chrome.runtime.sendMessage(request) });
          }
          return out;
        })()`,
      );
      expect(replies.map((entry) => entry.type)).toEqual(EVERY_REQUEST.map((request) => request.type));
      for (const { type, reply } of replies) {
        if (PAGE_ONLY.has(type)) expect(reply, type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        else expect(reply, type).toHaveProperty('ok');
      }
      // The answers a content script lives on are there, and full of data: yet no token in any of them.
      expect(replies.find((entry) => entry.type === 'status')?.reply).toMatchObject({
        ok: true,
        value: { categories: expect.any(Array) },
      });
      const everything = JSON.stringify(replies);
      for (const secret of secrets)
        expect(everything.includes(secret), `a token reached the content script`).toBe(false);

      const received = await world.run<unknown[]>('globalThis.__received');
      expect(JSON.stringify(received)).toBe('[]');
      // Nothing was connected, forgotten or changed by these requests.
      expect(await writes()).toEqual([]);
      const settings = (await backgroundState(session)).local.settings as { mode?: string } | undefined;
      expect(settings?.mode ?? 'watch').toBe('watch');
    });

    it('a content script cannot read the stored tokens either', async () => {
      const attempt = await world.run<string>(
        `chrome.storage.local.get(null).then((items) => JSON.stringify(items), (error) => 'refused: ' + error.message)`,
      );
      expect(attempt).toMatch(/^refused: /);
    });
  });
});
