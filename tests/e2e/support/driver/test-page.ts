import { mkdir } from 'node:fs/promises';

import { SCREENSHOT_DIR } from '../screenshots.ts';
import { describeTarget, findInPage, type Found, type Target } from './target.ts';

/** What each browser's page gives the shared flows: the few things Playwright and Puppeteer both do. */
export interface RawPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Runs a script's source in the page as the driver does (a library such as axe-core): the page's own eval
   * would be refused by the extension pages' content security policy.
   */
  runSource(source: string): Promise<void>;
  /** Runs `fn` in every document this page loads from now on, before the page's own scripts. */
  addInitScript(fn: () => void): Promise<void>;
  /** Makes this the tab shown: a tab behind others is throttled (timers, frames), Firefox's even when headless. */
  bringToFront(): Promise<void>;
  /** A person's click at a point of the viewport: the browser's own input, so the page sees a trusted event. */
  clickAt(x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  setSize(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** Page errors and console errors seen so far. */
  readonly errors: string[];
}

const WAIT = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page as the shared end-to-end flows drive it, in either browser: found by CSS, text or label, acted on with
 * the browser's own mouse and keyboard, and waited for by polling (no browser-specific waiting).
 */
export class TestPage {
  // A plain field, not a parameter property: `npm run bench` runs this file in Node, which only strips types.
  readonly raw: RawPage;

  constructor(raw: RawPage) {
    this.raw = raw;
  }

  get errors(): string[] {
    return this.raw.errors;
  }

  goto(url: string) {
    return this.raw.goto(url);
  }

  reload() {
    return this.raw.reload();
  }

  addInitScript(fn: () => void) {
    return this.raw.addInitScript(fn);
  }

  bringToFront() {
    return this.raw.bringToFront();
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.raw.evaluate(fn, arg as A);
  }

  runSource(source: string): Promise<void> {
    return this.raw.runSource(source);
  }

  find(target: Target, options: { scroll?: boolean; focus?: boolean; attribute?: string } = {}): Promise<Found> {
    return this.raw.evaluate(findInPage, {
      target,
      scroll: options.scroll ?? false,
      focus: options.focus ?? false,
      attribute: options.attribute ?? null,
    });
  }

  async count(target: Target): Promise<number> {
    return (await this.find(target)).count;
  }

  async text(target: Target): Promise<string> {
    return (await this.waitFor(target, { visible: false })).text;
  }

  async attribute(target: Target, name: string): Promise<string | null> {
    await this.waitFor(target, { visible: false });
    return (await this.find(target, { attribute: name })).attribute;
  }

  /** Waits until `target` is there (and shown, unless `visible: false`); fails naming what was awaited. */
  async waitFor(target: Target, options: { timeout?: number; visible?: boolean } = {}): Promise<Found> {
    const until = Date.now() + (options.timeout ?? WAIT);
    for (;;) {
      const found = await this.find(target).catch(() => null);
      if (found && found.count > 0 && (options.visible === false || found.visible)) return found;
      if (Date.now() > until) throw new Error(`Waited ${options.timeout ?? WAIT} ms for ${describeTarget(target)}.`);
      await sleep(100);
    }
  }

  /** Waits until nothing matches `target`. */
  async waitForGone(target: Target, timeout = WAIT): Promise<void> {
    const until = Date.now() + timeout;
    while ((await this.find(target)).count > 0) {
      if (Date.now() > until) throw new Error(`Waited ${timeout} ms for ${describeTarget(target)} to go.`);
      await sleep(100);
    }
  }

  /** Clicks `target` where a person would: its middle, once it is shown and brought into view. */
  async click(target: Target, options: { timeout?: number } = {}): Promise<void> {
    await this.waitFor(target, options);
    const found = await this.find(target, { scroll: true });
    if (found.disabled) throw new Error(`${describeTarget(target)} is disabled.`);
    await this.raw.clickAt(found.x, found.y);
  }

  /** Types `value` into a field in place of what it held, as a person does (click, select all, type). */
  async fill(target: Target, value: string): Promise<void> {
    await this.click(target);
    await this.raw.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      (active as HTMLInputElement | null)?.select?.();
    }, undefined);
    if (value === '') await this.raw.press('Backspace');
    else await this.raw.type(value);
  }

  /** Chooses an option of a <select> with the keyboard, as a person does: a script's change is not trusted. */
  async choose(target: Target, value: string): Promise<void> {
    await this.waitFor(target);
    await this.find(target, { scroll: true, focus: true });
    const { values, selected } = await this.raw.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const select = active as HTMLSelectElement;
      return { values: [...select.options].map((option) => option.value), selected: select.value };
    }, undefined);
    const from = values.indexOf(selected);
    const to = values.indexOf(value);
    if (to < 0) throw new Error(`No option "${value}" in ${JSON.stringify(values)}`);
    for (let at = from; at !== to; at += Math.sign(to - from))
      await this.raw.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }

  press(key: string) {
    return this.raw.press(key);
  }

  setSize(width: number, height: number) {
    return this.raw.setSize(width, height);
  }

  /** Saves what the merchant sees now (`<name>-<browser>.png`), for the README and for reviewers. */
  async screenshot(name: string): Promise<void> {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await this.raw.screenshot(`${SCREENSHOT_DIR}/${name}.png`);
  }

  close() {
    return this.raw.close();
  }
}
