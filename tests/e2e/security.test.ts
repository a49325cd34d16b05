import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Sandbox } from '../../sandbox/server.ts';
import { API_HOSTS, SANDBOX_API_HOSTS } from '../../utils/admin-dom/match-patterns.ts';
import type { Reply, Request } from '../../utils/messaging/protocol.ts';
import { PAGE_ONLY_REQUESTS, REQUESTS } from '../../utils/messaging/requests.ts';
import { control, startTestSandbox } from '../integration/support/sandbox.ts';
import { launchWithExtension, SANDBOX_BUILD, type ExtensionSession } from './support/extension.ts';
import { openExtensionPage, valueFrom } from './support/extension-page.ts';
import { backgroundState, installOptionsTab, openAdvanced, openOptions } from './support/options.ts';
import { BAR, DIALOG, HELP, POPOVER } from './support/overlay.ts';

/**
 * What a hostile admin page, or a content script it managed to subvert, can get: no token, and no action.
 * Tokens are the real ones, read from the sandbox and from the background's vault after connecting.
 */

interface Logged {
  method: string;
  path: string;
  api: string;
}

/** Every request a page could send, in a valid shape; the job ones name nothing that exists, to change nothing. */
const EVERY_REQUEST: Request[] = [
  { type: 'overview' },
  { type: 'status' },
  { type: 'refresh' },
  { type: 'settings' },
  { type: 'words', part: 'overlay', language: 'fr' },
  { type: 'open-options' },
  { type: 'start-job', job: { kind: 'enable-categories', ecomIds: [987_654_321] } },
  { type: 'job', id: 'no-such-job' },
  { type: 'job-progress', id: 'no-such-job' },
  { type: 'undo', id: 'no-such-job' },
  { type: 'cancel', id: 'no-such-job' },
  { type: 'choose-link', ecomId: 987_654_321, retailId: 0 },
  { type: 'connections' },
  { type: 'connect-ecom', storeId: '1', token: 'secret_planted' },
  { type: 'connect-retail', token: 'planted' },
  { type: 'retail-oauth', clientId: 'planted' },
  { type: 'connect-sandbox', url: 'http://127.0.0.1:1' },
  { type: 'forget' },
  { type: 'save-settings', settings: { mode: 'sync' } },
  { type: 'activity' },
  { type: 'admin-origins' },
  { type: 'add-admin-origin', address: 'https://planted.example' },
  { type: 'remove-admin-origin', origin: 'https://planted.example' },
];

const PAGE_ONLY = new Set([
  'connections',
  'connect-ecom',
  'connect-retail',
  'retail-oauth',
  'connect-sandbox',
  'forget',
  'save-settings',
  'activity',
  'admin-origins',
  'add-admin-origin',
  'remove-admin-origin',
]);

/** Runs code in the content script's own world (its isolated world) on a page, through the DevTools protocol. */
async function inContentScript<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const result = (await cdp.send('Runtime.evaluate', {
    contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (result.exceptionDetails)
    throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
  return result.result.value;
}

/**
 * Runs in the page's own world: every way a script can work a control of the overlay, tried on every control in
 * every shadow root of ours, in three rounds (a first press would open the preview, a second confirm it). Events
 * made by a script are not composed unless asked, and then never leave the shadow root: both kinds are tried.
 * Returns what was tried, as "kind label" ("button Undo", "checkbox on", "chip …", "help …").
 */
async function pokeEveryControl(): Promise<string[]> {
  const roots = [...document.querySelectorAll('sync-lens-overlay, sync-lens-layer, [data-sync-lens-chip]')].flatMap(
    (host) => (host.shadowRoot ? [{ host, root: host.shadowRoot }] : []),
  );
  const describe = (host: Element, control: Element) => {
    if (control instanceof HTMLInputElement && control.type === 'checkbox')
      return `checkbox ${control.checked ? 'on' : 'off'}`;
    const label = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
    if (host.hasAttribute('data-sync-lens-chip')) return `chip ${label}`;
    if (control.closest('.sl-help')) return `help ${label}`;
    return `${control.localName} ${label}`;
  };
  const poke = (control: Element, composed: boolean) => {
    const options = { bubbles: true, cancelable: true, composed };
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      control.dispatchEvent(
        type.startsWith('pointer') ? new PointerEvent(type, options) : new MouseEvent(type, options),
      );
    }
    for (const type of ['click', 'dblclick', 'auxclick']) control.dispatchEvent(new MouseEvent(type, options));
    for (const type of ['beforeinput', 'input', 'change']) control.dispatchEvent(new Event(type, options));
    for (const [key, code] of [
      ['Enter', 'Enter'],
      [' ', 'Space'],
      ['Escape', 'Escape'],
    ] as const) {
      for (const type of ['keydown', 'keypress', 'keyup'])
        control.dispatchEvent(new KeyboardEvent(type, { ...options, key, code }));
    }
    control.dispatchEvent(new SubmitEvent('submit', options));
  };
  const tried: string[] = [];
  for (let round = 0; round < 3; round++) {
    const controls = roots.flatMap(({ host, root }) =>
      [...root.querySelectorAll('button, a, input, select, textarea, label, summary, form, [role], [tabindex]')].map(
        (control) => ({ host, control }),
      ),
    );
    for (const { host, control } of controls) {
      if (round === 0 && control.matches('button, a, input, select, textarea, summary'))
        tried.push(describe(host, control));
      poke(control, false);
      poke(control, true);
      if (control instanceof HTMLElement) control.click();
      if (control instanceof HTMLFormElement) control.requestSubmit();
    }
    for (const { root } of roots) {
      poke(root.host, false);
      root.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
  return tried;
}

/**
 * Runs in the page's own world: what the overlay shows that a press, a tick or a key could change (which dialogs,
 * popovers and panels are open, each control's label, ticks, disabled and expanded state).
 */
function overlayState(): string[] {
  return [...document.querySelectorAll('sync-lens-overlay, sync-lens-layer, [data-sync-lens-chip]')]
    .flatMap((host) =>
      host.shadowRoot
        ? [...host.shadowRoot.querySelectorAll('[role="dialog"], button, input, [aria-expanded], [hidden]')]
        : [],
    )
    .map((element) =>
      [
        element.localName,
        element.getAttribute('role'),
        element.getAttribute('aria-label') ?? (element.matches('button') ? element.textContent?.trim() : ''),
        element instanceof HTMLInputElement ? String(element.checked) : '',
        element.matches(':disabled') ? 'disabled' : '',
        element.getAttribute('aria-expanded'),
        element.hasAttribute('hidden') ? 'hidden' : '',
      ].join('|'),
    );
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
    await (await installOptionsTab(session)).close();

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
    let page: Page;
    let cdp: CDPSession;
    let isolatedWorld: number;

    beforeAll(async () => {
      page = await session.context.newPage();
      cdp = await session.context.newCDPSession(page);
      const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      await page.goto(sandbox.connection.admin);
      await page
        .locator('sync-lens-overlay')
        .getByRole('button', { name: /^Enable \d+ new categories$/ })
        .waitFor({ timeout: 20_000 });
      const world = worlds.find(
        (context) =>
          context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${session.extensionId}`,
      );
      if (!world) throw new Error('The content script’s world was not found on the admin page.');
      isolatedWorld = world.id;
      // From now on, everything the background or anyone else sends the content script is recorded.
      await inContentScript(
        cdp,
        isolatedWorld,
        `globalThis.__received = []; chrome.runtime.onMessage.addListener((message) => { globalThis.__received.push(message); }); true`,
      );
    });

    it('a content script gets no token from any request, and no credential request is answered for it', async () => {
      const replies = await inContentScript<Array<{ type: string; reply: Reply<unknown> }>>(
        cdp,
        isolatedWorld,
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

      const received = await inContentScript<unknown[]>(cdp, isolatedWorld, 'globalThis.__received');
      expect(JSON.stringify(received)).toBe('[]');
      // Nothing was connected, forgotten or changed by these requests.
      expect(await writes()).toEqual([]);
      const settings = (await backgroundState(session)).local.settings as { mode?: string } | undefined;
      expect(settings?.mode ?? 'watch').toBe('watch');
    });

    it('a content script cannot read the stored tokens either', async () => {
      const attempt = await inContentScript<string>(
        cdp,
        isolatedWorld,
        `chrome.storage.local.get(null).then((items) => JSON.stringify(items), (error) => 'refused: ' + error.message)`,
      );
      expect(attempt).toMatch(/^refused: /);
    });

    it('the page’s own scripts have no way in: no runtime messaging, and look-alike messages do nothing', async () => {
      const before = await backgroundState(session);
      const jobsBefore = (await valueFrom(await openExtensionPage(session), { type: 'status' }))!.jobs;

      const seen = await page.evaluate(
        async ({ requests, extensionId }) => {
          const found: string[] = [];
          const scope = globalThis as unknown as {
            chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } };
          };
          found.push(`runtime: ${typeof scope.chrome?.runtime}`);
          found.push(`sendMessage: ${typeof scope.chrome?.runtime?.sendMessage}`);
          // Anything posted to the page that it did not post itself would be recorded here.
          const posted = new Set<string>();
          const post = (message: unknown) => {
            posted.add(JSON.stringify(message));
            window.postMessage(message, '*');
          };
          const answers: unknown[] = [];
          window.addEventListener('message', (event) => {
            if (event instanceof MessageEvent && !posted.has(JSON.stringify(event.data))) answers.push(event.data);
          });
          for (const request of requests) {
            post(request);
            post({ source: 'sync-lens', extensionId, ...request });
            post(JSON.stringify(request));
            for (const target of [window, document, document.documentElement]) {
              target.dispatchEvent(new CustomEvent(`sync-lens:${request.type}`, { detail: request, bubbles: true }));
              target.dispatchEvent(new CustomEvent('message', { detail: request, bubbles: true }));
            }
          }
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          found.push(`answers: ${answers.length}`);
          return found;
        },
        { requests: EVERY_REQUEST, extensionId: session.extensionId },
      );
      expect(seen).toEqual(['runtime: undefined', 'sendMessage: undefined', 'answers: 0']);

      // A round trip through the background after the attempts: they were all handled before it, if at all.
      await inContentScript(cdp, isolatedWorld, `chrome.runtime.sendMessage({ type: 'overview' })`);
      const after = await backgroundState(session);
      expect(after.local).toEqual(before.local);
      expect(after.databases).toEqual(before.databases);
      expect((await valueFrom(await openExtensionPage(session), { type: 'status' }))!.jobs).toEqual(jobsBefore);
      expect(await writes()).toEqual([]);
    });

    describe('the page’s scripts cannot act through the overlay, whatever the event’s path; a person can', () => {
      const jobs = async () => {
        const extensionPage = await openExtensionPage(session);
        const all = (await valueFrom(extensionPage, { type: 'status' }))!.jobs;
        await extensionPage.close();
        return all;
      };
      /** Every event of ours is handled before a round trip through the background that starts after it. */
      const settled = () => inContentScript(cdp, isolatedWorld, `chrome.runtime.sendMessage({ type: 'overview' })`);
      const attempt = async () => {
        const poked = await page.evaluate(pokeEveryControl);
        await settled();
        return poked;
      };

      it('on the bar, its help, the chips in the admin’s rows and the admin’s own locks', async () => {
        const jobsBefore = await jobs();
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(
          expect.arrayContaining([expect.stringMatching(/^button Enable \d+ new categories$/), 'button Check again']),
        );
        expect(poked.filter((label) => label.startsWith('chip '))).not.toEqual([]);
        // The admin's own locks open a category's explanation when a person clicks them: not when the page does.
        const locks = await page.evaluate(() => {
          const found = [...document.querySelectorAll('.ec-category-row__lock')];
          for (const lock of found)
            lock.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
          return found.length;
        });
        await settled();
        expect(locks).toBeGreaterThan(0);
        expect(await page.evaluate(overlayState)).toEqual(before);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);
      });

      it('in a chip’s explanation and in the help panel', async () => {
        const jobsBefore = await jobs();
        await page.locator('[data-sync-lens-chip="category"]:not([data-sync-lens-id="0"]) button').first().click();
        await page.locator(POPOVER).waitFor({ timeout: 10_000 });
        let before = await page.evaluate(overlayState);
        let poked = await attempt();
        expect(poked).toEqual(expect.arrayContaining(['button Close']));
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.keyboard.press('Escape');
        await page.locator(POPOVER).waitFor({ state: 'detached' });

        await page.locator(BAR).getByRole('button', { name: 'Help', exact: true }).click();
        await page.locator(HELP).waitFor({ timeout: 10_000 });
        before = await page.evaluate(overlayState);
        poked = await attempt();
        expect(poked.filter((label) => label.startsWith('help '))).not.toEqual([]);
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.keyboard.press('Escape');
        await page.locator(HELP).waitFor({ state: 'detached' });
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);
      });

      it('in the preview: no tick, no untick, no confirm', async () => {
        const jobsBefore = await jobs();
        // A person opens the preview (a trusted click): the page then tries every control in it.
        await page
          .locator(BAR)
          .getByRole('button', { name: /^Enable \d+ new categories$/ })
          .click();
        await page.locator(`${DIALOG} [data-action="confirm"]`).waitFor({ timeout: 10_000 });
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(
          expect.arrayContaining([
            expect.stringMatching(/^button Enable \d+ categories$/),
            'checkbox on',
            'checkbox off',
          ]),
        );
        expect(await page.evaluate(overlayState)).toEqual(before);

        // Out of reach of the guards on our roots: the page keeps the preview's controls, the person closes it
        // (its elements, removed, keep their handlers), and the page presses and ticks what it kept.
        await page.evaluate(() => {
          const root = document.querySelector('sync-lens-layer')!.shadowRoot!;
          (globalThis as unknown as { kept: HTMLElement[] }).kept = [
            ...root.querySelectorAll<HTMLElement>('.sl-dialog button, .sl-dialog input'),
          ];
        });
        await page.locator(DIALOG).getByRole('button', { name: 'Cancel', exact: true }).click();
        await page.locator(DIALOG).waitFor({ state: 'detached' });
        const kept = await page.evaluate(async () => {
          const controls = (globalThis as unknown as { kept: HTMLElement[] }).kept;
          for (const control of controls) {
            control.click();
            control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
            control.dispatchEvent(new Event('change', { bubbles: true }));
          }
          await new Promise((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
          );
          return controls.filter((control) => !control.isConnected).length;
        });
        expect(kept).toBeGreaterThan(2);
        await settled();
        expect(await page.locator(DIALOG).count()).toBe(0);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // The page moves the preview's boxes and its confirm button out of our shadow root, then works them there.
        await page
          .locator(BAR)
          .getByRole('button', { name: /^Enable \d+ new categories$/ })
          .click();
        await page.locator(`${DIALOG} [data-action="confirm"]`).waitFor({ timeout: 10_000 });
        const moved = await page.evaluate(async () => {
          const settle = () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
          const root = document.querySelector('sync-lens-layer')!.shadowRoot!;
          const confirm = root.querySelector<HTMLButtonElement>('.sl-dialog [data-action="confirm"]')!;
          const boxes = [...root.querySelectorAll<HTMLInputElement>('.sl-dialog input[type="checkbox"]')];
          const label = confirm.textContent;
          const away = document.createElement('div');
          document.body.append(away);
          for (const box of boxes) {
            away.append(box);
            box.click();
          }
          await settle();
          const labelAfterTicks = confirm.textContent;
          away.append(confirm);
          confirm.click();
          confirm.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          await settle();
          return { boxes: boxes.length, label, labelAfterTicks };
        });
        expect(moved.boxes).toBeGreaterThan(1);
        expect(moved.labelAfterTicks).toBe(moved.label);
        await settled();
        await page.locator(DIALOG).getByRole('button', { name: 'Cancel', exact: true }).click();
        await page.locator(DIALOG).waitFor({ state: 'detached' });
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);

        // A person opens the preview again, for the next test.
        await page
          .locator(BAR)
          .getByRole('button', { name: /^Enable \d+ new categories$/ })
          .click();
        await page.locator(`${DIALOG} [data-action="confirm"]`).waitFor({ timeout: 10_000 });
      });

      it('while a job runs: no Stop', async () => {
        // eCom takes its time with the batch, so the job is still running while the page tries.
        await control(sandbox, '/faults', {
          method: 'PUT',
          body: JSON.stringify([{ match: 'POST /api/v3/\\d+/batch', delayMs: 20_000, times: 1 }]),
        });
        await page.locator(`${DIALOG} [data-action="confirm"]`).click();
        const stop = page.locator(DIALOG).getByRole('button', { name: 'Stop' });
        await stop.waitFor({ timeout: 10_000 });
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toEqual(expect.arrayContaining(['button Stop', 'button Keep working']));
        const [job] = await jobs();
        expect(job?.status).toMatch(/^(queued|running)$/);
        expect(await page.evaluate(overlayState)).toEqual(before);
        await page.locator(`${BAR} .sl-job[data-job-status="done"][data-settled="true"]`).waitFor({ timeout: 60_000 });
        await control(sandbox, '/faults', { method: 'DELETE' });
      });

      it('after it: no Undo', async () => {
        await page.locator(`${DIALOG} [data-action="undo"]:not([disabled])`).waitFor({ timeout: 10_000 });
        await control(sandbox, '/requests', { method: 'DELETE' });
        const jobsBefore = await jobs();
        const before = await page.evaluate(overlayState);
        const poked = await attempt();
        expect(poked).toContain('button Undo');
        expect(await page.evaluate(overlayState)).toEqual(before);
        expect(await jobs()).toEqual(jobsBefore);
        expect(await writes()).toEqual([]);
      });
    });
  });
});
