import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { chosenBrowsers, type E2eBrowser } from '../../../scripts/e2e-browsers.ts';
import { control } from '../../integration/support/sandbox.ts';
import { axeViolations } from '../support/driver/axe.ts';
import { connectedPerBlock } from '../support/driver/connected.ts';
import { FIREFOX_ADDON_ID } from '../support/driver/firefox-session.ts';
import {
  extensionState,
  identityRedirect,
  notice,
  openAdvanced,
  openOptions,
  submitEcom,
} from '../support/driver/own-pages.ts';
import type { TestPage } from '../support/driver/test-page.ts';

/**
 * A new merchant connects Sync Lens on the options page, in every browser: a wrong eCom token first, then the
 * right one; Retail POS by pasting a token and by signing in with Lightspeed in one click through the browser's
 * own sign-in window, whose redirect address the page shows; "forget this store"; and the one-click sandbox.
 * What only Chromium's flow covers (own API client, settings, activity, a month unused) is in
 * tests/e2e/options.test.ts.
 */

/** The redirect address each browser's identity API gives: Chrome's per extension id, Firefox's per add-on id. */
const REDIRECT: Record<E2eBrowser, RegExp> = {
  chromium: /^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/,
  // The SHA-1 of the add-on id alone: the same address in every profile, to register once with Lightspeed.
  firefox: new RegExp(
    `^https://${createHash('sha1').update(FIREFOX_ADDON_ID).digest('hex')}\\.extensions\\.allizom\\.org/$`,
  ),
};

const STATUS = {
  ecom: '[data-card="ecom"] [data-status="ecom"]',
  retail: '[data-card="retail"] [data-status="retail"]',
};
const FIRST_READ_DONE = '[data-card="first-read"] [data-read="done"]';

for (const browser of chosenBrowsers()) {
  describe(`connecting stores on the options page, in ${browser}`, () => {
    const connected = connectedPerBlock(browser, { connect: false });
    let page: TestPage;

    const oauthLog = async () =>
      (
        (await (await control(connected().sandbox, '/requests?api=oauth')).json()) as {
          requests: Array<{ method: string; path: string; status: number }>;
        }
      ).requests;

    it('opens by itself when the extension is installed, and asks for nothing at install', async () => {
      const { session } = connected();
      const opened = await session.installTab();
      expect(await opened.evaluate(() => location.pathname)).toBe('/options.html');
      expect((await extensionState(opened)).local).toEqual({});
      page = await openOptions(session);
      await expect.poll(() => page.text('h1')).toBe('Sync Lens: connect your stores');
      // The sandbox build may reach loopback, so it offers the sandbox button; the guide is open for a new user.
      expect(await page.count('[data-card="sandbox"]')).toBe(1);
      expect(
        await page.evaluate(() => document.querySelector<HTMLDetailsElement>('[data-card="ecom"] details.guide')?.open),
      ).toBe(true);
      expect(await page.text(STATUS.ecom)).toBe('Not connected yet.');
    });

    it('checks the eCom token with a real call and says which part is wrong', async () => {
      const { sandbox } = connected();
      const { ecomApi, storeId, ecomToken } = sandbox.connection;
      await submitEcom(page, { storeId, token: 'secret_not-the-right-one', apiBase: ecomApi });
      expect(await page.text(notice('ecom', 'error'))).toContain('eCom refused this token (401)');
      expect(await page.attribute(notice('ecom', 'error'), 'role')).toBe('alert');
      await page.screenshot(`options-error-${browser}`);

      await submitEcom(page, { storeId: '999', token: ecomToken, apiBase: ecomApi });
      await expect.poll(() => page.text(notice('ecom', 'error'))).toContain('eCom has no store 999 (404)');

      await control(sandbox, '/faults', {
        method: 'PUT',
        body: JSON.stringify([{ match: 'GET /api/v3/.*/categories', status: 403, times: 1 }]),
      });
      await submitEcom(page, { storeId, token: ecomToken, apiBase: ecomApi });
      await expect.poll(() => page.text(notice('ecom', 'error'))).toContain('read_catalog');

      await submitEcom(page, { storeId: 'my store', token: ecomToken, apiBase: ecomApi });
      await expect.poll(() => page.text(notice('ecom', 'error'))).toContain('The store ID is a number');

      // Nothing was kept from any of these.
      expect((await extensionState(page)).local).toEqual({});
    });

    it('connects with the right token, reads the store at once and leads to the categories page', async () => {
      const { sandbox } = connected();
      const { ecomApi, storeId, ecomToken } = sandbox.connection;
      await submitEcom(page, { storeId, token: ecomToken, apiBase: ecomApi });
      await page.waitFor(notice('ecom', 'success'));
      expect(await page.text(STATUS.ecom)).toBe(`Connected to store ${storeId}.`);
      await page.waitFor(FIRST_READ_DONE, { timeout: 30_000 });
      expect(await page.text('[data-card="first-read"]')).toMatch(/categories/);
      expect(await page.attribute('[data-card="first-read"] a', 'href')).toBe(
        `${sandbox.origin}/store/${storeId}#categories`,
      );
      // Without Retail POS, the page says what Sync Lens cannot know.
      expect(await page.text('[data-card="retail"]')).toContain('cannot know the categories still on their way');

      const state = await extensionState(page);
      // The token is in the vault; storage.local, which any content script may read in Firefox, holds none.
      expect(state.vault.ecomConnection).toMatchObject({ storeId: Number(storeId), token: ecomToken, readOnly: false });
      expect(state.local.ecomConnection).toMatchObject({ storeId: Number(storeId), readOnly: false });
      expect(JSON.stringify(state.local)).not.toContain(ecomToken);
      // No token leaves this browser through the browser's own sync.
      expect(state.sync).toEqual({});
      expect(state.databases).toContain('sync-lens');
    });

    it('connects Retail POS with a pasted access token, after refusing a wrong one', async () => {
      const { sandbox } = connected();
      await openAdvanced(page, 'retail');
      await page.fill({ label: 'Retail POS API address' }, sandbox.connection.retailApi);
      await page.fill({ label: 'Access token' }, 'an-expired-token');
      const submit = { css: '[data-card="retail"] form.form--secondary button[type="submit"]' };
      await page.click(submit);
      await expect
        .poll(() => page.text(notice('retail', 'error')), { timeout: 15_000 })
        .toContain('Retail POS refused this access token (401)');

      await page.fill({ label: 'Access token' }, sandbox.connection.retailToken);
      await page.click(submit);
      await expect
        .poll(() => page.text(STATUS.retail), { timeout: 15_000 })
        .toContain('Connected to the Retail POS account “Sync Lens Sandbox” with a pasted access token');
    });

    it('shows the redirect address this browser’s identity API gives, to register with an API client', async () => {
      await openAdvanced(page, 'retail');
      const shown = await page.text('[data-card="retail"] [data-redirect-uri]');
      expect(shown).toBe(await identityRedirect(page));
      expect(shown).toMatch(REDIRECT[browser]);
      // In the merchant's other language too.
      await page.choose({ label: 'Language' }, 'fr');
      await expect
        .poll(() => page.text('[data-card="retail"] .form__note:has([data-redirect-uri])'))
        .toBe(`URI de redirection à enregistrer dans votre client d’API : ${shown}`);
      await page.choose({ label: 'Langue' }, 'auto');
      await expect.poll(() => page.text('h1')).toBe('Sync Lens: connect your stores');
    });

    it('signs in to Retail POS in one click, as Sync Lens’s own client, through the browser’s sign-in window', async () => {
      const { sandbox, session } = connected();
      // The sandbox build has a client of its own: no API client to enter, and no "why not" note.
      expect(await page.count('[data-card="retail"] [data-no-own-client]')).toBe(0);
      expect(await page.text('[data-card="retail"]')).toContain('You need no API client of your own.');
      await openAdvanced(page, 'retail');
      expect((await page.find({ label: 'Client ID' })).value).toBe('');
      await page.fill({ label: 'Lightspeed sign-in address' }, sandbox.origin);
      // Kept from the pasted-token connection.
      expect((await page.find({ label: 'Retail POS API address' })).value).toBe(sandbox.connection.retailApi);

      const authorize = `${sandbox.origin}/auth/oauth/authorize`;
      const lightspeed = await session.pageOpenedBy(
        () => page.click({ css: '[data-card="retail"] button', text: 'Sign in with Lightspeed' }),
        (address) => address.startsWith(authorize),
      );
      const asked = new URL(await lightspeed.evaluate(() => location.href));
      const query = Object.fromEntries(asked.searchParams);
      expect(query).toMatchObject({
        response_type: 'code',
        client_id: 'sync-lens-sandbox',
        redirect_uri: await identityRedirect(page),
        code_challenge_method: 'S256',
        scope: 'employee:inventory',
      });
      expect(query.redirect_uri).toMatch(REDIRECT[browser]);
      expect(query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(query.state).toMatch(/^[0-9a-f]{32}$/);
      await lightspeed.click({ css: 'button', text: 'Authorize' });

      await expect
        .poll(() => page.text(STATUS.retail), { timeout: 15_000 })
        .toContain('by signing in. Sync Lens renews access by itself.');
      const { local, vault } = await extensionState(page);
      expect(vault.retailConnection).toMatchObject({
        oauth: { clientId: 'sync-lens-sandbox', refreshToken: expect.any(String), expiresAt: expect.any(Number) },
      });
      expect(local.retailConnection).toMatchObject({ oauth: { clientId: 'sync-lens-sandbox' } });
      const held = vault.retailConnection as { token: string; oauth: { refreshToken: string } };
      expect(JSON.stringify(local)).not.toContain(held.token);
      expect(JSON.stringify(local)).not.toContain(held.oauth.refreshToken);
      // Sync Lens's own client has no secret, so nothing of it is stored.
      expect(local.retailOAuthClient).toBeUndefined();
      expect(vault.retailOAuthClient).toBeUndefined();
      // The token endpoint was sent the code and the PKCE verifier, once.
      expect((await oauthLog()).filter((r) => r.path === '/auth/oauth/token').map((r) => r.status)).toEqual([200]);
    });

    it('forgets the store: the sign-in ended at Lightspeed, every token and every cached record', async () => {
      const { sandbox, session } = connected();
      const { vault } = await extensionState(page);
      const { refreshToken } = (vault.retailConnection as { oauth: { refreshToken: string } }).oauth;
      await control(sandbox, '/requests', { method: 'DELETE' });
      await page.click({ css: '[data-card="forget"] button', text: 'Forget this store' });
      await page.click({ css: '[data-card="forget"] button', text: 'Yes, forget it' });
      expect(await page.text(notice('forget', 'success'))).toBe(
        'Forgotten: Sync Lens ended its sign-in at Lightspeed, and holds no token and no record any more.',
      );
      // The refresh token, then the access token.
      expect((await oauthLog()).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
        'POST /auth/oauth/revoke 200',
        'POST /auth/oauth/revoke 200',
      ]);
      // Lightspeed no longer takes the refresh token Sync Lens held.
      const refresh = await fetch(`${sandbox.origin}/auth/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          client_id: 'sync-lens-sandbox',
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
        }),
      });
      expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });

      const state = await extensionState(page);
      expect(Object.keys(state.local).filter((key) => key !== 'settings')).toEqual([]);
      expect(state.vault).toEqual({});
      expect(state.databases).not.toContain('sync-lens');
      expect(state.alarms.map((alarm) => alarm.name)).not.toContain('sync-lens:jobs');
      expect(await page.text(STATUS.ecom)).toBe('Not connected yet.');
      expect(await page.text(STATUS.retail)).toBe('Not connected.');
      expect(await session.ask({ type: 'overview' })).toMatchObject({
        ok: true,
        value: { connected: { ecom: false, retail: false } },
      });
    });

    it('connects both stores to the local sandbox in one click', async () => {
      const { sandbox } = connected();
      const submit = { css: '[data-card="sandbox"] button', text: 'Connect to the local sandbox' };
      await page.fill({ label: 'Sandbox address' }, 'http://127.0.0.1:1');
      await page.click(submit);
      await expect
        .poll(() => page.text(notice('sandbox', 'error')), { timeout: 15_000 })
        .toContain('No sandbox answered at http://127.0.0.1:1');

      await page.fill({ label: 'Sandbox address' }, sandbox.origin);
      await page.click(submit);
      await page.waitFor(notice('sandbox', 'success'), { timeout: 15_000 });
      expect(await page.text(STATUS.ecom)).toBe(`Connected to store ${sandbox.connection.storeId}.`);
      expect(await page.text(STATUS.retail)).toContain('Sync Lens Sandbox');
      await page.waitFor(FIRST_READ_DONE, { timeout: 30_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot(`options-connected-${browser}`);
    });

    it('has no accessibility violations axe can find', async () => {
      expect(await axeViolations(page, { impacts: ['minor', 'moderate', 'serious', 'critical'] })).toEqual([]);
      expect(page.errors).toEqual([]);
    });
  });
}
