import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import type { Sandbox, SandboxOptions } from '../../../sandbox/server.ts';
import { startTestSandbox } from '../../integration/support/sandbox.ts';
import { connectToSandbox } from './connect.ts';
import { launchWithExtension, type ExtensionSession } from './extension.ts';
import { openAdmin, type AdminPage } from './overlay.ts';

export interface ConnectedAdmin {
  sandbox: Sandbox;
  session: ExtensionSession;
  admin: AdminPage;
  page: Page;
}

/**
 * The start most overlay test files share, once per file: a sandbox, Chromium with the built extension connected
 * to it (as the options page's sandbox button does), and the admin open on `route`. `prepare` changes the world
 * before the admin opens. `ready` receives what was made; everything is closed after the file's last test.
 */
export function connectedAdminPerFile(
  open: Parameters<typeof openAdmin>[2] & {
    prepare?: (sandbox: Sandbox) => Promise<void>;
    /** How the sandbox starts (what its API shows of Lightspeed's mapping, …); the demo world by default. */
    sandbox?: SandboxOptions;
  },
  ready: (connected: ConnectedAdmin) => void | Promise<void>,
): void {
  let sandbox: Sandbox | undefined;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(open.sandbox);
    session = await launchWithExtension();
    await connectToSandbox(session, sandbox);
    await open.prepare?.(sandbox);
    const admin = await openAdmin(session, sandbox, open);
    await ready({ sandbox, session, admin, page: admin.page });
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });
}
