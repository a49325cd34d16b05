import { afterAll, beforeAll, beforeEach } from 'vitest';

import { startSandbox, type Sandbox, type SandboxOptions } from '../../../sandbox/server.ts';

/** Starts a sandbox in this process on a free loopback port; close it in afterAll/afterEach. */
export function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return startSandbox({ port: 0, ...options });
}

/** Calls the R-Series API of the sandbox's account, with its token unless another is given. */
export function retailFetch(sandbox: Sandbox, path: string, init: RequestInit & { token?: string } = {}) {
  const { token = sandbox.connection.retailToken, ...rest } = init;
  const url = path.startsWith('http')
    ? path
    : `${sandbox.connection.retailApi}/Account/${sandbox.connection.retailAccountID}${path}`;
  return fetch(url, {
    ...rest,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...rest.headers },
  });
}

/** Calls the eCom (Ecwid v3) API of the sandbox's store, with the secret token unless another is given. */
export function ecomFetch(sandbox: Sandbox, path: string, init: RequestInit & { token?: string } = {}) {
  const { token = sandbox.connection.ecomToken, ...rest } = init;
  return fetch(`${sandbox.connection.ecomApi}/${sandbox.connection.storeId}${path}`, {
    ...rest,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...rest.headers },
  });
}

/** Calls the sandbox's own controls under /__sandbox/. */
export function control(sandbox: Sandbox, path: string, init: RequestInit = {}) {
  return fetch(`${sandbox.connection.control}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

/**
 * One sandbox for a whole test file, its world put back to `state` before every test: fast, and no test sees
 * another's changes. Returns a getter, valid inside tests and hooks.
 */
export function sandboxPerFile(options: SandboxOptions & { state: unknown }): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox(options);
  });
  afterAll(() => sandbox?.close());
  beforeEach(async () => {
    await control(sandbox!, '/state', { method: 'PUT', body: JSON.stringify(options.state) });
  });
  return () => {
    if (!sandbox) throw new Error('The sandbox is only there inside tests and hooks.');
    return sandbox;
  };
}

/** One API call as the sandbox's log keeps it. */
export interface LoggedCall {
  /** "retail", "ecom", "oauth", or "ecom-batch" for a request a batch carried out. */
  api: string;
  method: string;
  path: string;
  query: string;
  status: number;
}

/** The calls logged since the log was last cleared, of one API or all. */
export async function loggedCalls(sandbox: Sandbox, api?: string): Promise<LoggedCall[]> {
  const answer = await control(sandbox, api === undefined ? '/requests' : `/requests?api=${api}`);
  return ((await answer.json()) as { requests: LoggedCall[] }).requests;
}
