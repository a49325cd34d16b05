import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { askFrom, valueFrom } from './support/extension-page.ts';
import { backgroundState, installOptionsTab, openAdvanced, openOptions, submitEcom } from './support/options.ts';
import { BAR, openAdmin } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * A new merchant connects Sync Lens on the options page, as they would: a wrong token first, then the right one;
 * a public token; Retail POS by pasting a token, by signing in with Lightspeed in one click (OAuth with PKCE as
 * Sync Lens's own client, through the browser's own sign-in window) and with their own API client; the settings;
 * "forget this store", which ends the sign-in at Lightspeed; and the one-click sandbox.
 */
describe('connecting stores on the options page', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let page: Page;

  const ecomCard = () => page.locator('[data-card="ecom"]');
  const retailCard = () => page.locator('[data-card="retail"]');
  const notice = (card: string, kind: string) => page.locator(`#${card}-notice[data-notice="${kind}"]`);

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  it('opens by itself when the extension is installed, and asks for nothing at install', async () => {
    const opened = await installOptionsTab(session);
    expect(opened.url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    const state = await backgroundState(session);
    expect(state.local).toEqual({});
    page = await openOptions(session);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sync Lens: connect your stores');
    // The sandbox build may reach loopback, so it offers the sandbox button; the guide is open for a new user.
    expect(await page.locator('[data-card="sandbox"]').count()).toBe(1);
    expect(
      await ecomCard()
        .locator('details.guide')
        .evaluate((details) => (details as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await ecomCard().locator('[data-status="ecom"]').textContent()).toBe('Not connected yet.');
  });

  it('checks the eCom token with a real call and says which part is wrong', async () => {
    const { ecomApi, storeId, ecomToken } = sandbox.connection;
    await submitEcom(page, { storeId, token: 'secret_not-the-right-one', apiBase: ecomApi });
    await notice('ecom', 'error').waitFor();
    expect(await notice('ecom', 'error').textContent()).toContain('eCom refused this token (401)');
    expect(await notice('ecom', 'error').getAttribute('role')).toBe('alert');
    await screenshot(page, 'options-error');

    await submitEcom(page, { storeId: '999', token: ecomToken, apiBase: ecomApi });
    await expect.poll(() => notice('ecom', 'error').textContent()).toContain('eCom has no store 999 (404)');

    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'GET /api/v3/.*/categories', status: 403, times: 1 }]),
    });
    await submitEcom(page, { storeId, token: ecomToken, apiBase: ecomApi });
    await expect.poll(() => notice('ecom', 'error').textContent()).toContain('read_catalog');

    await submitEcom(page, { storeId: 'my store', token: ecomToken, apiBase: ecomApi });
    await expect.poll(() => notice('ecom', 'error').textContent()).toContain('The store ID is a number');

    // Nothing was kept from any of these.
    expect((await backgroundState(session)).local).toEqual({});
  });

  it('connects with the right token, reads the store at once and leads to the categories page', async () => {
    const { ecomApi, storeId, ecomToken } = sandbox.connection;
    await submitEcom(page, { storeId, token: ecomToken, apiBase: ecomApi });
    await notice('ecom', 'success').waitFor();
    expect(await ecomCard().locator('[data-status="ecom"]').textContent()).toBe(`Connected to store ${storeId}.`);
    await page.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-card="first-read"]').textContent()).toMatch(/categories/);
    expect(await page.locator('[data-card="first-read"] a').getAttribute('href')).toBe(
      `${sandbox.origin}/store/${storeId}#categories`,
    );
    // Without Retail POS, the page says what Sync Lens cannot know.
    expect(await retailCard().textContent()).toContain('cannot know the categories still on their way');

    const state = await backgroundState(session);
    // The token is in the vault; storage.local, which the background follows, says which store without it.
    expect(state.vault.ecomConnection).toMatchObject({ storeId: Number(storeId), token: ecomToken, readOnly: false });
    expect(state.local.ecomConnection).toMatchObject({ storeId: Number(storeId), readOnly: false });
    expect(state.local.ecomConnection).not.toHaveProperty('token');
    expect(state.sync).toEqual({});
    expect(state.databases).toContain('sync-lens');
  });

  it('accepts a public token for viewing, and actions then ask for the secret token', async () => {
    const { ecomApi, storeId, ecomReadOnlyToken, ecomToken } = sandbox.connection;
    await submitEcom(page, { storeId, token: ecomReadOnlyToken, apiBase: ecomApi });
    await expect
      .poll(() => ecomCard().locator('[data-status="ecom"]').textContent())
      .toContain('with a public token: Sync Lens sees only enabled categories and products');
    expect(await page.locator('input[name="mode"][value="sync"]').isDisabled()).toBe(true);
    const refused = await askFrom(page, { type: 'start-job', job: { kind: 'enable-categories' } });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'read-only', message: expect.stringContaining('secret token') },
    });
    const writes = async () =>
      (
        (await (await control(sandbox, '/requests?api=ecom')).json()) as { requests: Array<{ method: string }> }
      ).requests.filter((r) => r.method !== 'GET');
    expect(await writes()).toEqual([]);
    // The admin page says what a public token hides, where the statuses are shown.
    const admin = await openAdmin(session, sandbox);
    const note = admin.page.locator(`${BAR} [data-read-only]`);
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toContain('eCom hides disabled categories and products from it');
    await admin.page.close();

    await submitEcom(page, { storeId, token: ecomToken, apiBase: ecomApi });
    await expect
      .poll(() => ecomCard().locator('[data-status="ecom"]').textContent())
      .toBe(`Connected to store ${storeId}.`);
  });

  it('connects Retail POS with a pasted access token, after refusing a wrong one', async () => {
    const card = retailCard();
    await openAdvanced(card);
    await card.getByLabel('Retail POS API address').fill(sandbox.connection.retailApi);
    await card.getByLabel('Access token', { exact: true }).fill('an-expired-token');
    await card.getByRole('button', { name: 'Check and connect' }).click();
    await expect
      .poll(() => notice('retail', 'error').textContent(), { timeout: 15_000 })
      .toContain('Retail POS refused this access token (401)');

    await card.getByLabel('Access token', { exact: true }).fill(sandbox.connection.retailToken);
    await card.getByRole('button', { name: 'Check and connect' }).click();
    await expect
      .poll(() => card.locator('[data-status="retail"]').textContent(), { timeout: 15_000 })
      .toContain('Connected to the Retail POS account “Sync Lens Sandbox” with a pasted access token');
  });

  /** Presses "Sign in with Lightspeed", checks what the browser's sign-in window was asked, and decides there. */
  async function signInThroughWindow(decision: 'Authorize' | 'Deny'): Promise<URL> {
    const signInWindow = session.context.waitForEvent('page', { timeout: 15_000 });
    await retailCard().getByRole('button', { name: 'Sign in with Lightspeed' }).click();
    const lightspeed = await signInWindow;
    await lightspeed.waitForLoadState();
    const asked = new URL(lightspeed.url());
    await lightspeed.getByRole('button', { name: decision }).click();
    return asked;
  }

  /** Signs in again as Sync Lens's own client, the sandbox's addresses filled in under "Advanced". */
  async function signInOneClickToSandbox(): Promise<void> {
    const card = retailCard();
    await openAdvanced(card);
    await card.getByLabel('Client ID').fill('');
    await card.getByLabel('Lightspeed sign-in address').fill(sandbox.origin);
    await card.getByLabel('Retail POS API address').fill(sandbox.connection.retailApi);
    await signInThroughWindow('Authorize');
    await expect
      .poll(() => card.locator('[data-status="retail"]').textContent(), { timeout: 15_000 })
      .toContain('by signing in');
  }

  it('signs in to Retail POS in one click, as Sync Lens’s own client, through the browser’s sign-in window', async () => {
    const card = retailCard();
    // The sandbox build has a client of its own: no API client to enter, and no "why not" note.
    expect(await card.locator('[data-no-own-client]').count()).toBe(0);
    expect(await card.textContent()).toContain('You need no API client of your own.');
    await openAdvanced(card);
    expect(await card.getByLabel('Client ID').inputValue()).toBe('');
    await card.getByLabel('Lightspeed sign-in address').fill(sandbox.origin);
    // Kept from the pasted-token connection.
    expect(await card.getByLabel('Retail POS API address').inputValue()).toBe(sandbox.connection.retailApi);

    const asked = await signInThroughWindow('Authorize');
    expect(asked.pathname).toBe('/auth/oauth/authorize');
    const query = Object.fromEntries(asked.searchParams);
    expect(query).toMatchObject({
      response_type: 'code',
      client_id: 'sync-lens-sandbox',
      redirect_uri: `https://${session.extensionId}.chromiumapp.org/`,
      code_challenge_method: 'S256',
      scope: 'employee:inventory',
    });
    expect(query.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.state).toMatch(/^[0-9a-f]{32}$/);

    await expect
      .poll(() => card.locator('[data-status="retail"]').textContent(), { timeout: 15_000 })
      .toContain('by signing in. Sync Lens renews access by itself.');
    const { local, vault } = await backgroundState(session);
    expect(vault.retailConnection).toMatchObject({
      oauth: { clientId: 'sync-lens-sandbox', refreshToken: expect.any(String), expiresAt: expect.any(Number) },
    });
    expect(local.retailConnection).toMatchObject({ oauth: { clientId: 'sync-lens-sandbox' } });
    expect(JSON.stringify(local)).not.toContain((vault.retailConnection as { token: string }).token);
    // Sync Lens's own client has no secret, so nothing of it is stored.
    expect(local.retailOAuthClient).toBeUndefined();
    expect(vault.retailOAuthClient).toBeUndefined();
    // The token endpoint was sent the PKCE verifier, and no secret.
    const log = (await (await control(sandbox, '/requests?api=oauth')).json()) as {
      requests: Array<{ method: string; path: string; status: number }>;
    };
    expect(log.requests.filter((r) => r.path === '/auth/oauth/token').map((r) => r.status)).toEqual([200]);
  });

  it('signs in with the merchant’s own API client under “Advanced”', async () => {
    const card = retailCard();
    await openAdvanced(card);
    const redirect = await card.locator('[data-redirect-uri]').textContent();
    expect(redirect).toBe(`https://${session.extensionId}.chromiumapp.org/`);
    await card.getByLabel('Client ID').fill('sync-lens-e2e');
    // A client of their own without its secret is refused on the page, before any window opens.
    await card.getByRole('button', { name: 'Sign in with Lightspeed' }).click();
    await expect
      .poll(() => notice('retail', 'error').textContent())
      .toBe('Enter the client ID and the client secret of your Lightspeed API client.');
    await card.getByLabel('Client secret').fill('client-secret-e2e');
    await card.getByLabel('Lightspeed sign-in address').fill(sandbox.origin);

    const asked = await signInThroughWindow('Authorize');
    expect(asked.searchParams.get('client_id')).toBe('sync-lens-e2e');
    expect(asked.searchParams.get('redirect_uri')).toBe(redirect);
    await notice('retail', 'success').waitFor({ timeout: 15_000 });
    const { local, vault } = await backgroundState(session);
    expect(local.retailConnection).toMatchObject({ oauth: { clientId: 'sync-lens-e2e' } });
    expect(vault.retailOAuthClient).toEqual({ clientId: 'sync-lens-e2e', clientSecret: 'client-secret-e2e' });
    expect(local.retailOAuthClient).toEqual({ clientId: 'sync-lens-e2e' });
    // The page is told which client is saved, never its secret.
    const view = await askFrom(page, { type: 'connections' });
    expect(JSON.stringify(view)).not.toContain('client-secret-e2e');
    expect(view).toMatchObject({
      ok: true,
      value: { retailClient: { clientId: 'sync-lens-e2e', hasSecret: true }, ownClient: true },
    });
  });

  it('says so when the merchant denies access on Lightspeed’s page', async () => {
    const card = retailCard();
    // The saved secret is used: the field stays empty.
    await signInThroughWindow('Deny');
    await expect
      .poll(() => notice('retail', 'error').textContent(), { timeout: 15_000 })
      .toContain('Access was not granted');
    // Still connected as before.
    expect(await card.locator('[data-status="retail"]').textContent()).toContain('by signing in');
  });

  it('saves the mode, the refresh interval (the alarm follows) and the language', async () => {
    await page.getByLabel('Read both stores again').selectOption('15');
    await page.locator('[data-saved="yes"]').waitFor();
    await expect
      .poll(
        async () =>
          (await backgroundState(session)).alarms.find((alarm) => alarm.name === 'sync-lens:refresh')?.periodInMinutes,
      )
      .toBe(15);

    await page.locator('input[name="mode"][value="sync"]').check();
    await expect
      .poll(async () => (await backgroundState(session)).local.settings)
      .toMatchObject({ mode: 'sync', refreshMinutes: 15 });

    await page.getByLabel('Language').selectOption('fr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sync Lens : connectez vos boutiques');
    // The document's lang follows in an effect, just after the words change.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await screenshot(page, 'options-fr');
    await page.getByLabel('Langue').selectOption('auto');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Sync Lens: connect your stores');
  });

  const forgetStore = async () => {
    const card = page.locator('[data-card="forget"]');
    await card.getByRole('button', { name: 'Forget this store' }).click();
    await card.getByRole('button', { name: 'Yes, forget it' }).click();
  };

  it('forgets the store: the sign-in ended at Lightspeed, every token and every cached record, and sync mode', async () => {
    const { vault } = await backgroundState(session);
    const { refreshToken } = (vault.retailConnection as { oauth: { refreshToken: string } }).oauth;
    await control(sandbox, '/requests', { method: 'DELETE' });
    await forgetStore();
    await notice('forget', 'success').waitFor();
    expect(await notice('forget', 'success').textContent()).toBe(
      'Forgotten: Sync Lens ended its sign-in at Lightspeed, and holds no token and no record any more.',
    );
    const log = (await (await control(sandbox, '/requests?api=oauth')).json()) as {
      requests: Array<{ method: string; path: string; status: number }>;
    };
    expect(log.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'POST /auth/oauth/revoke 200',
      'POST /auth/oauth/revoke 200',
    ]);
    // Lightspeed no longer takes the refresh token Sync Lens held.
    const refresh = await fetch(`${sandbox.origin}/auth/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        client_id: 'sync-lens-e2e',
        client_secret: 'client-secret-e2e',
        grant_type: 'refresh_token',
        refresh_token: refreshToken,
      }),
    });
    expect(await refresh.json()).toMatchObject({ error: 'invalid_grant' });

    const state = await backgroundState(session);
    expect(Object.keys(state.local)).toEqual(['settings']);
    expect(state.vault).toEqual({});
    expect(state.local.settings).toMatchObject({ mode: 'watch', refreshMinutes: 15, language: 'auto' });
    expect(state.databases).not.toContain('sync-lens');
    expect(state.alarms.map((alarm) => alarm.name)).not.toContain('sync-lens:jobs');
    expect(await ecomCard().locator('[data-status="ecom"]').textContent()).toBe('Not connected yet.');
    expect(await askFrom(page, { type: 'overview' })).toMatchObject({
      ok: true,
      value: { connected: { ecom: false, retail: false } },
    });
  });

  it('forgets the tokens even when Lightspeed cannot be reached to end the sign-in, and says so in both languages', async () => {
    await signInOneClickToSandbox();

    await control(sandbox, '/faults', {
      method: 'PUT',
      body: JSON.stringify([{ match: 'POST /auth/oauth/revoke', drop: true }]),
    });
    await forgetStore();
    await expect
      .poll(() => notice('forget', 'error').textContent(), { timeout: 30_000 })
      .toContain('Lightspeed could not be reached to end Sync Lens’s sign-in there');
    expect(Object.keys((await backgroundState(session)).local)).toEqual(['settings']);
    await page.getByLabel('Language').selectOption('fr');
    await expect
      .poll(() => notice('forget', 'error').textContent())
      .toContain('Lightspeed n’a pas pu être joint pour mettre fin à la connexion de Sync Lens');
    await page.getByLabel('Langue').selectOption('auto');
    await control(sandbox, '/faults', { method: 'DELETE' });
  });

  it('connects both stores to the local sandbox in one click', async () => {
    const card = page.locator('[data-card="sandbox"]');
    await card.getByLabel('Sandbox address').fill('http://127.0.0.1:1');
    await card.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await expect
      .poll(() => notice('sandbox', 'error').textContent(), { timeout: 15_000 })
      .toContain('No sandbox answered at http://127.0.0.1:1');

    await card.getByLabel('Sandbox address').fill(sandbox.origin);
    await card.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await notice('sandbox', 'success').waitFor({ timeout: 15_000 });
    expect(await ecomCard().locator('[data-status="ecom"]').textContent()).toBe(
      `Connected to store ${sandbox.connection.storeId}.`,
    );
    expect(await retailCard().locator('[data-status="retail"]').textContent()).toContain('Sync Lens Sandbox');
    await page.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'options-connected');
  });

  it('lists what Sync Lens did: reads in a row on one line, and each job with its counts, in both languages', async () => {
    const activity = page.locator('[data-card="activity"]');
    await expect
      .poll(() => activity.locator('[data-activity="reads"]').first().textContent())
      .toMatch(/Read the stores: \d+ categories\./);

    const job = await valueFrom(page, { type: 'start-job', job: { kind: 'enable-categories' } });
    // The job's entry is written once it has ended and its result is remembered.
    await expect
      .poll(async () => (await valueFrom(page, { type: 'activity' })).some((run) => run.kind === 'job'), {
        timeout: 30_000,
      })
      .toBe(true);
    expect((await valueFrom(page, { type: 'job', id: job.id }))?.status).toBe('done');
    await page.reload();
    const jobLine = activity.locator('[data-activity="job"]');
    await expect.poll(() => jobLine.textContent()).toMatch(/Enabled categories: \d+ done, 0 failed, \d+ skipped\./);
    expect(await jobLine.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await activity.scrollIntoViewIfNeeded();
    await screenshot(page, 'options-activity');

    await page.getByLabel('Language').selectOption('fr');
    await expect
      .poll(() => jobLine.textContent())
      .toMatch(/Catégories activées : \d+ faits?, 0 en échec, \d+ ignorés?\./);
    expect(await activity.locator('h2').textContent()).toBe('Ce que Sync Lens a fait');
    await page.getByLabel('Langue').selectOption('auto');
  });

  it('says once, in both languages, that eCom refused a change a sync made', async () => {
    // A Retail category named with spaces only: eCom keeps no name, so it refuses to create it.
    const state = (await (await control(sandbox, '/state')).json()) as {
      retail: { categories: Array<{ categoryID: number; name: string; timeStamp?: string }> };
    };
    const retailId = Math.max(...state.retail.categories.map((c) => c.categoryID)) + 1;
    // Dated now, so that the sync's incremental read sees it, as it would a category made in Retail.
    state.retail.categories.push({ categoryID: retailId, name: '   ', timeStamp: new Date().toISOString() });
    await control(sandbox, '/state', { method: 'PUT', body: JSON.stringify(state) });

    const job = await valueFrom(page, { type: 'start-job', job: { kind: 'sync' } });
    await expect
      .poll(
        async () =>
          (await valueFrom(page, { type: 'activity' })).some((run) => run.kind === 'job' && run.job === 'sync'),
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(
      (await valueFrom(page, { type: 'job', id: job.id }))?.items.find((item) => item.state === 'failed')?.label,
    ).toBe(`Retail #${retailId}`);
    await page.reload();
    const syncLine = page.locator('[data-card="activity"] [data-activity="job"]').first();
    await expect
      .poll(() => syncLine.textContent())
      .toContain(`eCom refused a change it will keep refusing (“Retail #${retailId}”)`);
    await page.getByLabel('Language').selectOption('fr');
    await expect
      .poll(() => syncLine.textContent())
      .toContain(`eCom a refusé une modification qu’il refusera encore (“Retail #${retailId}”)`);
    await page.getByLabel('Langue').selectOption('auto');
  });

  it('has no accessibility violations axe can find', async () => {
    const { source } = await import('axe-core');
    await page.evaluate(source);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
      ).axe;
      return (await axe.run()).violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
  // Last: it moves the sandbox's clock 30 days on, which the incremental reads of the tests before must not see.
  it('a month unused: "sign in again" in both languages, after one refused refresh and no more reads', async () => {
    await signInOneClickToSandbox();
    // A read with the new sign-in, so nothing of the connection's own first read is left to come.
    await valueFrom(page, { type: 'refresh', full: true });

    await control(sandbox, '/clock', { method: 'POST', body: JSON.stringify({ advanceMs: 30 * 24 * 3600 * 1000 }) });
    await control(sandbox, '/requests', { method: 'DELETE' });
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await askFrom(page, { type: 'refresh', full: true })).toMatchObject({
        ok: false,
        error: {
          said: {
            en: expect.stringContaining('it went unused for 30 days, or it was revoked. Sign in with Lightspeed again'),
            fr: expect.stringContaining('Reconnectez-vous avec Lightspeed'),
          },
        },
      });
    }
    // The access token died with the month: one read refused (401), one refresh refused, then nothing more.
    const log = (await (await control(sandbox, '/requests')).json()) as {
      requests: Array<{ api: string; method: string; path: string; status: number }>;
    };
    expect(
      log.requests
        .filter((r) => r.api !== 'ecom')
        .map((r) => `${r.method} ${r.path.replace(/\/Account\/\d+/, '')} ${r.status}`),
    ).toEqual(['GET /API/V3/Category.json 401', 'POST /auth/oauth/token 400']);
  });
});
