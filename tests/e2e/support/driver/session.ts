import type { Reply, Request, RequestType, Responses } from '../../../../utils/messaging/protocol.ts';
import type { E2eBrowser } from '../../../../scripts/e2e-browsers.ts';
import type { TestPage } from './test-page.ts';

/** How a browser starts, beyond the defaults. */
export interface LaunchOptions {
  /** Host names the browser resolves to loopback, where the sandbox serves (reserved `.test` names). */
  loopbackHosts?: readonly string[];
}

/**
 * A browser with the sandbox build of Sync Lens installed in a fresh profile, as the shared flows use it in
 * Chromium (Playwright) and in Firefox (Puppeteer over WebDriver BiDi).
 */
export interface BrowserSession {
  readonly name: E2eBrowser;
  /** A new tab for web pages (the sandbox admin). */
  newPage(): Promise<TestPage>;
  /** One of the extension's own pages (`options.html`, `popup.html`) in a new tab, once it has loaded. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** The options tab the extension opened by itself at install. */
  installTab(): Promise<TestPage>;
  /**
   * The page the browser opens while `action` runs (a tab the extension opens, or the browser's sign-in window)
   * at an address `wanted` accepts, once it has loaded; pages open before `action` do not count.
   */
  pageOpenedBy(action: () => Promise<void>, wanted: (address: string) => boolean): Promise<TestPage>;
  /** Speaks to the background as the popup and the options page do: runtime messaging from an extension page. */
  ask<K extends RequestType>(request: Extract<Request, { type: K }>): Promise<Reply<Responses[K]>>;
  /** Runs `fn` in one of the extension's own pages (where `chrome.*` is the extension's API), and returns its value. */
  inExtensionPage<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * The extension's notes the browser is showing. Chromium keeps them in its list until cleared; headless Firefox
   * has nowhere to draw one and closes it as soon as it is made, so there the notes made since the browser started
   * are recorded (from `notifications.onClosed`, which every page of the extension hears) until cleared.
   */
  notes(): Promise<string[]>;
  /** Takes a note away, as the merchant does by dismissing it. */
  clearNote(id: string): Promise<void>;
  /** storage.local as the extension's own pages read it. */
  storageLocal(): Promise<Record<string, unknown>>;
  /** Writes storage.local from an extension page, where the options page writes it. */
  writeStorageLocal(values: Record<string, unknown>): Promise<void>;
  /** Stops the background the hard way, whatever it is doing (Chromium: its worker; Firefox: the extension). */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}

/** The value of a successful reply; a failed one fails the test with the background's own words. */
export async function valueOf<K extends RequestType>(
  session: BrowserSession,
  request: Extract<Request, { type: K }>,
): Promise<Responses[K]> {
  const reply = await session.ask(request);
  if (!reply.ok) throw new Error(`${request.type}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

/** Runs in an extension page: the extension's API under the name both browsers give it. */
export type ChromeInPage = {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string; reload(): void };
    storage: {
      local: { get(keys: null): Promise<Record<string, unknown>>; set(values: object): Promise<void> };
      sync: { get(keys: null): Promise<Record<string, unknown>> };
    };
    tabs: { create(properties: { url: string }): Promise<unknown> };
    notifications: {
      getAll(): Promise<Record<string, unknown>>;
      clear(id: string): Promise<boolean>;
      onClosed: { addListener(listener: (id: string) => void): void };
    };
    identity: { getRedirectURL(): string };
    alarms: { getAll(): Promise<Array<{ name: string; periodInMinutes?: number }>> };
  };
};
