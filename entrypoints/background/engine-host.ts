import { changeBetween, pairKey, pairOf, type Pair } from '../../utils/connect/change.ts';
import type { Connections, EcomConnection, RetailConnection } from '../../utils/connect/saved-connections.ts';
import { loadConnections, loadRetailOAuthClient, saveRetailConnection } from '../../utils/connect/saved-connections.ts';
import { getMeta, setMeta } from '../../utils/db/meta.ts';
import { deleteDb, openDb, type Db } from '../../utils/db/open.ts';
import { createEcomClient } from '../../utils/ecom/client.ts';
import type { ConnectionGuard } from '../../utils/engine/job-binding.ts';
import { createRetailClient } from '../../utils/retail/client.ts';
import { OAuthError, refreshTokens, type OAuthTokens } from '../../utils/retail/oauth.ts';
import { createTokenKeeper } from '../../utils/retail/token-keeper.ts';
import { signInClient } from '../../utils/connect/signin-client.ts';
import { sessionRefreshWindow } from './refresh-window.ts';
import { ecomPort, retailPort } from '../../utils/engine/adapters.ts';
import { createEngine, type Engine } from '../../utils/engine/engine.ts';
import { SIGN_IN } from '../../utils/i18n/said/sign-in.ts';

/**
 * The background's single engine, built from the stored connections and rebuilt when they change. The database
 * is opened once per worker.
 */

let database: Promise<Db> | undefined;
let current: { key: string; engine: Engine } | undefined;
/**
 * Every engine of this worker leases jobs as one owner: an engine built anew (new credentials) cannot take over a
 * job the one before still holds, as it would the job of a worker that died.
 */
const OWNER = crypto.randomUUID();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Lightspeed's 5 refreshes a minute, counted across the engines built one after another, and restarts. */
const refreshWindow = sessionRefreshWindow();

/** Who is told when an engine's reads or jobs may have changed what it knows (the toolbar icon, the notes). */
let onChanged: () => void = () => undefined;
export function followEngines(listener: () => void): void {
  onChanged = listener;
}

/**
 * The Retail token source. A pasted token is used as it is; an OAuth one is read from storage at each use and
 * refreshed shortly before it expires (or after a 401), the rotated tokens saved at once.
 */
function retailToken(retail: RetailConnection) {
  const { oauth } = retail;
  if (!oauth) return { token: retail.token };
  const loadStored = async (): Promise<{ connection: RetailConnection; tokens: OAuthTokens }> => {
    const stored = (await loadConnections()).retail;
    // Another account's tokens are not this engine's: it was built for `retail`, and was replaced.
    const sameAccount = stored?.apiBase === retail.apiBase && stored.accountId === retail.accountId;
    if (!stored?.oauth || !sameAccount) {
      throw new OAuthError('expired-grant', SIGN_IN.retailGone);
    }
    return {
      connection: stored,
      tokens: { accessToken: stored.token, refreshToken: stored.oauth.refreshToken, expiresAt: stored.oauth.expiresAt },
    };
  };
  const keeper = createTokenKeeper({
    load: async () => (await loadStored()).tokens,
    save: async (tokens) => {
      const { connection } = await loadStored();
      await saveRetailConnection({
        ...connection,
        token: tokens.accessToken,
        oauth: { ...connection.oauth!, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt },
      });
    },
    refresh: async (refreshToken) => {
      const client = signInClient(oauth.clientId, await loadRetailOAuthClient());
      const deps = { fetch: (input: string, init: RequestInit) => fetch(input, init), now: Date.now };
      return refreshTokens(deps, { tokenUrl: oauth.tokenUrl }, client, refreshToken);
    },
    window: refreshWindow,
    sleep,
    now: Date.now,
  });
  return { token: keeper.token, renewToken: keeper.renew };
}

function build(db: Db, connections: Connections & { ecom: EcomConnection }, connection: ConnectionGuard): Engine {
  const { ecom, retail } = connections;
  return createEngine(
    {
      db,
      ecom: ecomPort(createEcomClient({ apiBase: ecom.apiBase, storeId: ecom.storeId, token: ecom.token })),
      retail: retail
        ? retailPort(
            createRetailClient({
              apiBase: retail.apiBase,
              ...retailToken(retail),
              ...(retail.accountId === undefined ? {} : { accountId: retail.accountId }),
            }),
          )
        : null,
      now: () => new Date(),
      sleep,
      connection,
      changed: () => onChanged(),
    },
    OWNER,
  );
}

/**
 * What makes the engine a different one. OAuth tokens are left out: they rotate every hour and the engine reads
 * them from storage itself, so a refresh must not rebuild it mid-job.
 */
function engineKey({ ecom, retail }: Connections): string {
  const retailPart = retail?.oauth
    ? { apiBase: retail.apiBase, accountId: retail.accountId, clientId: retail.oauth.clientId }
    : retail;
  return JSON.stringify({ ecom, retail: retailPart });
}

// Building the engine and changing the connections take turns: nothing builds an engine from credentials half
// saved, or over a memory that is being deleted.
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const result = turn.then(work, work);
  turn = result.catch(() => undefined);
  return result;
}

/** The engine for the connected stores, or null while eCom is not connected. */
export function currentEngine(): Promise<Engine | null> {
  return inTurn(async () => {
    const connections = await loadConnections();
    // Not even an empty database without a store: after "forget this store" nothing of it is left.
    if (!connections.ecom) {
      current = undefined;
      return null;
    }
    const key = engineKey(connections);
    if (current?.key !== key) {
      current = undefined;
      const pair = pairOf(connections);
      const db = await memoryOf(pair);
      const guard: ConnectionGuard = { key: pairKey(pair), stillCurrent: () => current?.engine === engine };
      const engine = build(db, { ...connections, ecom: connections.ecom }, guard);
      current = { key, engine };
    }
    return current.engine;
  });
}

/**
 * The database, for this pair only. It says whose it is; one of another pair (the connections were changed by
 * other means than the options page, or a switch was cut short) is deleted rather than read.
 */
async function memoryOf(pair: Pair): Promise<Db> {
  database ??= openDb();
  const db = await database;
  const owner = await getMeta(db, 'pair');
  if (owner && changeBetween(owner, pair) === 'other') {
    await wipeCache();
    return memoryOf(pair);
  }
  if (!owner || pairKey(owner) !== pairKey(pair)) await setMeta(db, 'pair', pair);
  return db;
}

/**
 * Runs `work` (which saves other credentials, or removes them) in its own turn: the engine before is dropped at
 * once, so it takes no further step of any job, and no engine is built until the work is done. `work` may call
 * wipeCache but not currentEngine.
 */
export function changeConnections<T>(work: () => Promise<T>): Promise<T> {
  current = undefined;
  return inTurn(() => {
    current = undefined;
    return work();
  });
}

/**
 * Drops the engine and deletes every cached record and job ("forget this store", or another store connected).
 * The next currentEngine() opens a fresh, empty database.
 */
export async function wipeCache(): Promise<void> {
  const open = database;
  database = undefined;
  current = undefined;
  await deleteDb(open ? await open.catch(() => undefined) : undefined);
}
