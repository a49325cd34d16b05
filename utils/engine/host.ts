import type { Connections } from '../connections.ts';
import { loadConnections } from '../connections.ts';
import { openDb, type Db } from '../db/open.ts';
import { createEcomClient } from '../ecom/client.ts';
import { createRetailClient } from '../retail/client.ts';
import { ecomPort, retailPort } from './adapters.ts';
import { createEngine, type Engine } from './engine.ts';

/**
 * The background's single engine, built from the stored connections and rebuilt when they change. The database
 * is opened once per worker.
 */

let database: Promise<Db> | undefined;
let current: { key: string; engine: Engine } | undefined;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function build(db: Db, connections: Connections): Engine | null {
  const { ecom, retail } = connections;
  if (!ecom) return null;
  return createEngine({
    db,
    ecom: ecomPort(createEcomClient({ apiBase: ecom.apiBase, storeId: ecom.storeId, token: ecom.token })),
    retail: retail
      ? retailPort(
          createRetailClient({
            apiBase: retail.apiBase,
            token: retail.token,
            ...(retail.accountId === undefined ? {} : { accountId: retail.accountId }),
          }),
        )
      : null,
    now: () => new Date(),
    sleep,
  });
}

/** The engine for the connected stores, or null while eCom is not connected. */
export async function currentEngine(): Promise<Engine | null> {
  database ??= openDb();
  const db = await database;
  const connections = await loadConnections();
  const key = JSON.stringify(connections);
  if (current?.key !== key) {
    const engine = build(db, connections);
    current = engine ? { key, engine } : undefined;
  }
  return current?.engine ?? null;
}
