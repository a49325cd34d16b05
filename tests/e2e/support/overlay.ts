import type { Locator, Page } from 'playwright-core';

import type { Markup } from '../../../sandbox/admin/client/markups.ts';
import type { Sandbox } from '../../../sandbox/server.ts';
import type { WorldCategory } from '../../integration/support/engine.ts';
import { control, ecomFetch } from '../../integration/support/sandbox.ts';
import type { ExtensionSession } from './extension.ts';

/**
 * What the overlay's end-to-end tests share: opening the sandbox admin as a merchant would, finding the overlay's
 * parts (Playwright's CSS pierces open shadow roots), and checking them with axe-core.
 */

export const BAR = 'sync-lens-overlay .sl-bar';
export const LAYER = 'sync-lens-layer';
export const DIALOG = `${LAYER} .sl-dialog`;
export const POPOVER = `${LAYER} .sl-popover`;
export const HELP = `${LAYER} .sl-help`;
export const PANEL = `${LAYER} .sl-panel`;
export const TOOLTIP = `${LAYER} .sl-tooltip`;

export interface AdminPage {
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
}

export interface AdminAddress {
  lang?: string;
  route?: string;
  markup?: Markup;
  /** The control panel's door: /store/{id} (default), or /cp/CP.html, whose address names no store. */
  door?: 'store' | 'cp';
}

export function adminUrl(sandbox: Sandbox, options: AdminAddress = {}): string {
  const query = new URLSearchParams({
    lang: options.lang ?? 'en',
    ...(options.markup ? { markup: options.markup } : {}),
  });
  const path = options.door === 'cp' ? '/cp/CP.html' : `/store/${sandbox.connection.storeId}`;
  return `${sandbox.origin}${path}?${query}#${options.route ?? 'categories'}`;
}

export async function openAdmin(
  session: ExtensionSession,
  sandbox: Sandbox,
  options: AdminAddress = {},
): Promise<AdminPage> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(adminUrl(sandbox, options));
  return { page, errors };
}

/** The admin's own row of a category (its direct row, not its children's). */
export function row(page: Page, ecomId: number): Locator {
  return page.locator(`li[data-category-id="${ecomId}"] > .ec-category-row`);
}

/** Sync Lens's badge in a category's row. */
export function badge(page: Page, ecomId: number): Locator {
  return row(page, ecomId).locator('[data-sync-lens-chip="category"] button');
}

/** The admin's own switch in a category's row. */
export function categorySwitch(page: Page, ecomId: number): Locator {
  return row(page, ecomId).locator('input.ec-switch__input');
}

/**
 * Chooses an option of one of the overlay's <select>s as a person does, with the keyboard. Playwright's
 * selectOption dispatches events of its own making, which the overlay ignores as it ignores any script's
 * (utils/security/trusted-events.ts).
 */
export async function chooseWithKeyboard(select: Locator, value: string): Promise<void> {
  const values = await select
    .locator('option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  if (to < 0) throw new Error(`No option "${value}" in ${JSON.stringify(values)}`);
  await select.focus();
  for (let at = from; at !== to; at += Math.sign(to - from)) await select.press(to > from ? 'ArrowDown' : 'ArrowUp');
}

/** Waits until the bar shows a read state (not loading, not refreshing). */
export async function waitForBar(page: Page): Promise<Locator> {
  const bar = page.locator(`${BAR}[data-state="ready"][aria-busy="false"]`);
  await bar.waitFor({ timeout: 30_000 });
  return bar;
}

/** Asks for a fresh read, as the merchant does with "Check again", and waits for it to land. */
export async function checkAgain(page: Page, label = 'Check again'): Promise<void> {
  const bar = await waitForBar(page);
  await bar.getByRole('button', { name: label }).click();
  await waitForBar(page);
}

/**
 * Each category badge inside rows matching `row` (an unknown markup's), with the id the row's own link names and
 * the name that link shows: what a badge must agree with.
 */
export function badgesBesideLinks(page: Page, row: string) {
  return page.locator(`${row} [data-sync-lens-chip="category"]`).evaluateAll(
    (hosts, rowSelector) =>
      hosts.map((host) => {
        const link = host.closest(rowSelector)!.querySelector('a')!;
        return {
          badge: host.getAttribute('data-sync-lens-id'),
          link: /id=(\d+)/.exec(link.getAttribute('href')!)![1],
          name: link.textContent,
        };
      }),
    row,
  );
}

/**
 * How many category badges inside rows matching `row` are not drawn at their row's height (their box's middle
 * outside the row's box, top to bottom): the testing contract says none.
 */
export function badgesOffTheirRow(page: Page, row: string): Promise<number> {
  return page.locator(`${row} [data-sync-lens-chip="category"]`).evaluateAll(
    (hosts, rowSelector) =>
      hosts.filter((host) => {
        const badge = host.getBoundingClientRect();
        const line = host.closest(rowSelector)!.getBoundingClientRect();
        const middle = badge.top + badge.height / 2;
        return badge.height === 0 || middle < line.top || middle > line.bottom;
      }).length,
    row,
  );
}

/** Asks for a fresh read from the docked panel (an unknown markup), and waits for it to land. */
export async function checkAgainInPanel(page: Page): Promise<void> {
  const panel = page.locator(PANEL);
  await panel.waitFor({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Check again' }).click();
  await panel.locator('.sl-bar[data-state="ready"][aria-busy="false"]').waitFor({ timeout: 30_000 });
}

/** Lightspeed's own sync, once. */
export async function runNativeSync(sandbox: Sandbox): Promise<void> {
  const response = await control(sandbox, '/native-sync', { method: 'POST' });
  if (!response.ok) throw new Error(`native sync failed: ${response.status}`);
}

/**
 * The element that really has focus, inside shadow roots, described for assertions: runs in the page (sent as
 * source), so Playwright's pages and the shared driver's both use it.
 */
export function describeFocus(): { tag: string; text: string; host: string | null } {
  let active: Element | null = document.activeElement;
  let host: Element | null = null;
  while (active?.shadowRoot?.activeElement) {
    host = active;
    active = active.shadowRoot.activeElement;
  }
  return {
    tag: active?.localName ?? '',
    text: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim(),
    host: host?.localName ?? null,
  };
}

export function focused(page: Page): Promise<{ tag: string; text: string; host: string | null }> {
  return page.evaluate(describeFocus);
}

type AxeResult = { id: string; impact: string | null; nodes: Array<{ target: unknown }> };

/**
 * axe-core over the overlay's own parts (its shadow roots and the chips in the admin's rows); the admin page
 * itself is not ours to judge. Returns the serious and critical violations, described.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { source } = await import('axe-core');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> };
      }
    ).axe;
    const include = [['sync-lens-overlay'], ['sync-lens-layer'], ['[data-sync-lens-chip]']].filter(
      ([selector]) => document.querySelector(selector!) !== null,
    );
    if (include.length === 0) return [];
    const { violations } = await axe.run({ include }, { resultTypes: ['violations'] });
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
      );
  });
}

/** Everything of ours in the page, counted. */
export function traces(page: Page) {
  return page.evaluate(() => ({
    overlays: document.querySelectorAll('sync-lens-overlay').length,
    layers: document.querySelectorAll('sync-lens-layer').length,
    chips: document.querySelectorAll('[data-sync-lens-chip]').length,
    marks: [...document.querySelectorAll('[data-sync-lens]')].filter((element) => element !== document.documentElement)
      .length,
    claimed: document.documentElement.hasAttribute('data-sync-lens'),
    layerContent: document.querySelector('sync-lens-layer')?.shadowRoot?.querySelector('div')?.childElementCount ?? 0,
  }));
}

/** A second "Vestes", made in eCom under Chaussures: two categories of one name in different branches. */
export async function makeSecondVestes(sandbox: Sandbox): Promise<void> {
  const state = (await (await control(sandbox, '/state')).json()) as { ecom: { categories: WorldCategory[] } };
  const chaussures = state.ecom.categories.find((category) => category.name === 'Chaussures')!;
  const made = await ecomFetch(sandbox, '/categories', {
    method: 'POST',
    body: JSON.stringify({ name: 'Vestes', parentId: chaussures.id, enabled: true }),
  });
  if (!made.ok) throw new Error(`create failed: ${made.status}`);
}
