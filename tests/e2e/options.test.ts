import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, type ExtensionSession } from './support/extension.ts';
import { askFrom, valueFrom } from './support/extension-page.ts';
import { backgroundState, openAdvanced, openOptions, submitEcom } from './support/options.ts';
import { BAR, openAdmin } from './support/overlay.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * The options page in Chromium, beyond the flow both browsers share (tests/e2e/both/options.test.ts: the eCom
 * token's checks, Retail POS by pasted token and by one-click sign-in, the redirect address, "forget this store",
 * the one-click sandbox, axe): a public token; signing in with the merchant's own API client, and denying access;
 * the settings; forgetting when Lightspeed cannot be reached; what Sync Lens did; and a sign-in left a month.
 */
describe('the options page beyond the shared flow, in Chromium', () => {
  let sandbox: Sandbox;
  let session: ExtensionSession;
  let page: Page;

  const ecomCard = () => page.locator('[data-card="ecom"]');
  const retailCard = () => page.locator('[data-card="retail"]');
  const notice = (card: string, kind: string) => page.locator(`#${card}-notice[data-notice="${kind}"]`);

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    session = await launchWithExtension();
    page = await openOptions(session);
  });

  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
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

  it('signs in with the merchant’s own API client under “Advanced”', async () => {
    const card = retailCard();
    await openAdvanced(card);
    // The address the page shows is the one sent (both browsers check it is the identity API's own).
    const redirect = await card.locator('[data-redirect-uri]').textContent();
    await card.getByLabel('Retail POS API address').fill(sandbox.connection.retailApi);
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

  it('lists what Sync Lens did: reads in a row on one line, and each job with its counts, in both languages', async () => {
    // Both stores connected again after the forgetting, the one-click way.
    const sandboxCard = page.locator('[data-card="sandbox"]');
    await sandboxCard.getByLabel('Sandbox address').fill(sandbox.origin);
    await sandboxCard.getByRole('button', { name: 'Connect to the local sandbox' }).click();
    await page.locator('[data-card="first-read"] [data-read="done"]').waitFor({ timeout: 30_000 });
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
