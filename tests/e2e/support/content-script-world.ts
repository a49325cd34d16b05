import type { CDPSession, Page } from 'playwright-core';

import type { ExtensionSession } from './extension.ts';

/** A page opened with a handle on the content script's own (isolated) world, where it talks to the background. */
export interface ContentScriptWorld {
  cdp: CDPSession;
  /** Runs `expression` in the content script's world and returns its (awaited) value. */
  run<T>(expression: string): Promise<T>;
}

/**
 * Opens `url` and finds the content script's world through the DevTools protocol, once `ready` says the content
 * script has run: what a content script subverted by its page could do is run from there.
 */
export async function openWithContentScriptWorld(
  session: ExtensionSession,
  url: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; world: ContentScriptWorld }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await ready(page);
  const found = contexts.findLast(
    (context) => context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${session.extensionId}`,
  );
  if (!found) throw new Error(`The content script’s world was not found on ${url}.`);
  const run = async <T>(expression: string): Promise<T> => {
    const result = (await cdp.send('Runtime.evaluate', {
      contextId: found.id,
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
  };
  return { page, world: { cdp, run } };
}
