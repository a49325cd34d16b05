import * as v from 'valibot';
import { browser } from 'wxt/browser';

import { OWN_CLIENT_ID } from '../retail/own-client.ts';
import { readCredentials, removeCredentialRecords, writeCredential } from './credential-store.ts';

/**
 * The merchant's connected stores: kept whole in the extension's own IndexedDB, and without their secrets in
 * storage.local (credential-store.ts); never in storage.sync, never sent to a page or a content script. Pages learn
 * whether a store is connected and which one (connectionsView), never how.
 */

const Url = v.pipe(v.string(), v.url());
const Secret = v.pipe(v.string(), v.minLength(1));

const EcomConnectionSchema = v.object({
  apiBase: Url,
  storeId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  token: Secret,
  /** A public_… token: it reads enabled categories and products only, and can change nothing. */
  readOnly: v.optional(v.boolean(), false),
  /** Where the merchant opens the store's categories page. */
  adminUrl: v.optional(Url),
  /** When the token was last checked with a real call (ISO). */
  checkedAt: v.optional(v.string()),
});

/** What is kept of an OAuth sign-in, beside the access token in `token`. */
const RetailOAuthSchema = v.object({
  clientId: Secret,
  tokenUrl: Url,
  /** The newest refresh token: R-Series kills the previous one at every refresh. */
  refreshToken: Secret,
  /** When the access token expires, in ms since the epoch. */
  expiresAt: v.number(),
});

const RetailConnectionSchema = v.object({
  apiBase: Url,
  accountId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** The access token: pasted by the merchant, or the newest from OAuth. */
  token: Secret,
  accountName: v.optional(v.string()),
  /** Present when connected through OAuth, so the token can be refreshed. */
  oauth: v.optional(RetailOAuthSchema),
});

/**
 * The merchant's own Lightspeed API client (under "Advanced"), kept so the token can be refreshed and a new
 * sign-in needs no retyping. Sync Lens's own client has no secret and is not kept: its id is in the build.
 */
const RetailOAuthClientSchema = v.object({
  clientId: Secret,
  clientSecret: Secret,
});

export type EcomConnection = v.InferOutput<typeof EcomConnectionSchema>;
export type RetailConnection = v.InferOutput<typeof RetailConnectionSchema>;
export type RetailOAuthClient = v.InferOutput<typeof RetailOAuthClientSchema>;

export interface Connections {
  ecom: EcomConnection | null;
  retail: RetailConnection | null;
}

export { CREDENTIAL_KEYS, moveSecretsToVault } from './credential-store.ts';

/** Reads both connections; one that does not read back as valid counts as not connected. */
export async function loadConnections(): Promise<Connections> {
  const stored = await readCredentials(['ecomConnection', 'retailConnection']);
  const ecom = v.safeParse(EcomConnectionSchema, stored.ecomConnection);
  const retail = v.safeParse(RetailConnectionSchema, stored.retailConnection);
  return { ecom: ecom.success ? ecom.output : null, retail: retail.success ? retail.output : null };
}

/** Whether each store is connected: all that content scripts are told. */
export async function readConnections(): Promise<{ retail: boolean; ecom: boolean }> {
  const { ecom, retail } = await loadConnections();
  return { retail: retail !== null, ecom: ecom !== null };
}

export async function saveEcomConnection(connection: EcomConnection): Promise<void> {
  await writeCredential('ecomConnection', v.parse(EcomConnectionSchema, connection));
}

export async function saveRetailConnection(connection: RetailConnection): Promise<void> {
  await writeCredential('retailConnection', v.parse(RetailConnectionSchema, connection));
}

export async function loadRetailOAuthClient(): Promise<RetailOAuthClient | null> {
  const { retailOAuthClient } = await readCredentials(['retailOAuthClient']);
  const parsed = v.safeParse(RetailOAuthClientSchema, retailOAuthClient);
  return parsed.success ? parsed.output : null;
}

export async function saveRetailOAuthClient(client: RetailOAuthClient): Promise<void> {
  await writeCredential('retailOAuthClient', v.parse(RetailOAuthClientSchema, client));
}

/**
 * Chrome lets content scripts read storage.local unless told otherwise; this keeps it to the extension's own
 * pages and its background. It holds no secret any more (they are in the vault), but what it holds stays ours:
 * which store, and defence in depth should a secret ever land there again. Firefox cannot restrict storage.local
 * (only storage.session): there, the vault is the whole of the protection.
 */
export async function lockCredentialStorage(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

/** Removes every credential (both connections and the API client), from the vault and storage.local. */
export async function removeCredentials(): Promise<void> {
  await removeCredentialRecords();
}

/**
 * What the options page and the popup are told about the connections: which store and account, never a token
 * or a secret.
 */
export interface ConnectionsView {
  ecom: {
    storeId: number;
    apiBase: string;
    readOnly: boolean;
    adminUrl: string | null;
    checkedAt: string | null;
  } | null;
  retail: {
    apiBase: string;
    accountId: number | null;
    accountName: string | null;
    method: 'oauth' | 'token';
    /** The Lightspeed sign-in address used (OAuth only), for signing in again. */
    authBase: string | null;
    /** When the current access token expires (OAuth only), ISO. */
    expiresAt: string | null;
  } | null;
  /** The saved Lightspeed API client: its id, and whether a secret is kept (the secret itself never leaves). */
  retailClient: { clientId: string; hasSecret: boolean } | null;
  /** This build has Sync Lens's own Lightspeed client, so signing in takes one click and no API client. */
  ownClient: boolean;
}

export async function connectionsView(): Promise<ConnectionsView> {
  const [{ ecom, retail }, client] = await Promise.all([loadConnections(), loadRetailOAuthClient()]);
  return {
    ecom: ecom
      ? {
          storeId: ecom.storeId,
          apiBase: ecom.apiBase,
          readOnly: ecom.readOnly,
          adminUrl: ecom.adminUrl ?? null,
          checkedAt: ecom.checkedAt ?? null,
        }
      : null,
    retail: retail
      ? {
          apiBase: retail.apiBase,
          accountId: retail.accountId ?? null,
          accountName: retail.accountName ?? null,
          method: retail.oauth ? 'oauth' : 'token',
          authBase: retail.oauth ? retail.oauth.tokenUrl.replace(/\/auth\/oauth\/token$/, '') : null,
          expiresAt: retail.oauth ? new Date(retail.oauth.expiresAt).toISOString() : null,
        }
      : null,
    retailClient: client ? { clientId: client.clientId, hasSecret: client.clientSecret !== '' } : null,
    ownClient: OWN_CLIENT_ID !== null,
  };
}
