import * as v from 'valibot';

import { attemptOnce } from '../http/attempt.ts';
import type { FetchLike } from '../http/runtime.ts';
import { apiAddress, isLoopback } from './address.ts';
import { ConnectError } from './errors.ts';

/** What `npm start` uses. */
export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:8787';

/** The part of GET /__sandbox/connection that connecting needs. */
const SandboxConnection = v.object({
  admin: v.pipe(v.string(), v.url()),
  retailApi: v.pipe(v.string(), v.url()),
  retailAccountID: v.string(),
  retailToken: v.pipe(v.string(), v.minLength(1)),
  ecomApi: v.pipe(v.string(), v.url()),
  storeId: v.string(),
  ecomToken: v.pipe(v.string(), v.minLength(1)),
});

export type SandboxConnection = v.InferOutput<typeof SandboxConnection>;

/**
 * Reads a running local sandbox's connection. Loopback only: this is how a developer tries Sync Lens, and a
 * button that accepts credentials from any server it is pointed at would be a way to plant them.
 */
export async function readSandboxConnection(raw: string, fetch: FetchLike): Promise<SandboxConnection> {
  const address = apiAddress(raw.trim() || DEFAULT_SANDBOX_URL);
  if (!address || !isLoopback(address)) {
    throw new ConnectError(
      'sandbox-not-local',
      'The sandbox runs on this computer: its address starts with http://127.0.0.1: or http://localhost:.',
    );
  }
  const unreachable = () =>
    new ConnectError(
      'sandbox-unreachable',
      `No sandbox answered at ${address.origin}. Start it with npm start (or npm run sandbox) and check the port.`,
    );
  const outcome = await attemptOnce(
    fetch,
    `${address.origin}/__sandbox/connection`,
    { headers: { Accept: 'application/json' } },
    5_000,
  );
  if (outcome.type !== 'answer' || outcome.status !== 200) throw unreachable();
  try {
    const connection = v.parse(SandboxConnection, JSON.parse(outcome.text));
    // Every address it gives must be on the same loopback server: its tokens go nowhere else.
    for (const text of [connection.admin, connection.retailApi, connection.ecomApi]) {
      const url = new URL(text);
      if (!isLoopback(url) || url.port !== address.port || url.protocol !== address.protocol) throw unreachable();
    }
    return connection;
  } catch (error) {
    if (error instanceof ConnectError) throw error;
    throw unreachable();
  }
}
