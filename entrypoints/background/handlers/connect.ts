import { browser } from 'wxt/browser';

import {
  connectionsView,
  loadConnections,
  loadRetailOAuthClient,
  removeCredentials,
  saveEcomConnection,
  saveRetailConnection,
  saveRetailOAuthClient,
  type EcomConnection,
  type RetailConnection,
} from '../../../utils/connect/saved-connections.ts';
import { changeConnections, wipeCache } from '../engine-host.ts';
import type { Handlers } from '../../../utils/messaging/protocol.ts';
import type { ConnectRequestType } from '../../../utils/messaging/requests.ts';
import { HandlerError } from '../serve.ts';
import { loadSettings, saveSettings, type Settings } from '../../../utils/settings.ts';
import { apiAddress, isLoopback, originPattern } from '../../../utils/connect/address.ts';
import { checkEcomCredentials, readEcomCredentials } from '../../../utils/connect/ecom-check.ts';
import { changeBetween, pairOf, type Connected, type Switched } from '../../../utils/connect/change.ts';
import { ConnectError } from '../../../utils/connect/errors.ts';
import { checkRetailToken, readRetailAddress } from '../../../utils/connect/retail-check.ts';
import { revokeRetailSignIn, type RevokeOutcome } from '../../../utils/connect/retail-revoke.ts';
import { readAuthAddress, signInWithLightspeed } from '../../../utils/connect/retail-signin.ts';
import { DEFAULT_SANDBOX_URL, readSandboxConnection } from '../../../utils/connect/sandbox.ts';
import { READ_ONLY } from '../../../utils/i18n/said/refusals.ts';
import type { OAuthClient } from '../../../utils/retail/oauth.ts';
import { OWN_CLIENT_ID } from '../../../utils/retail/own-client.ts';

export interface ConnectDeps {
  /** Reads both stores again soon, without making the caller wait (the first read of a big store takes a while). */
  refreshSoon(): void;
  /** Clears what is scheduled for the jobs of a store being forgotten. */
  clearSchedules(): Promise<void>;
}

/** The host permission must be granted already: the options page asks for it when the merchant clicks Connect. */
async function requireHostPermission(url: string): Promise<void> {
  const target = new URL(url);
  if (!(await browser.permissions.contains({ origins: [originPattern(target)] }))) {
    throw new ConnectError(
      'permission-needed',
      `Sync Lens may not reach ${target.host} yet. Click Connect again and allow access when the browser asks.`,
    );
  }
}

/** Turns connecting failures into replies with their code; anything else keeps the generic path. */
async function connecting<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ConnectError) throw new HandlerError(error.code, error.said ?? error.message);
    throw error;
  }
}

/**
 * Who signs in: Sync Lens's own public client when the page names none, else the merchant's own API client, a
 * secret left empty meaning "the one saved for this client" (the page never sees it again).
 */
async function signInClientFor(request: { clientId?: string; clientSecret?: string }): Promise<OAuthClient> {
  const clientId = request.clientId?.trim() ?? '';
  if (clientId === '') {
    if (OWN_CLIENT_ID === null) {
      throw new ConnectError('bad-input', 'Enter the client ID and the client secret of your Lightspeed API client.');
    }
    return { clientId: OWN_CLIENT_ID };
  }
  const saved = await loadRetailOAuthClient();
  const clientSecret = request.clientSecret?.trim() || (saved?.clientId === clientId ? saved.clientSecret : '');
  // A merchant's client is a confidential one: without its secret, Lightspeed would refuse it anyway.
  if (clientSecret === '') {
    throw new ConnectError('bad-input', 'Enter the client ID and the client secret of your Lightspeed API client.');
  }
  return { clientId, clientSecret };
}

export function createConnectHandlers(deps: ConnectDeps): Pick<Handlers, ConnectRequestType> {
  /**
   * Saves checked credentials. Another store or account is a change of pair (see change.ts): before its
   * credentials are saved, and so before anything can use them, Sync mode goes back to Watch (it was chosen for
   * the pair before), the jobs alarm is cleared and, but for Retail's first connection, the memory and jobs of
   * the pair before are deleted. The engine before takes no further step meanwhile (changeConnections).
   */
  const connectAs = async (
    next: { ecom?: EcomConnection; retail?: RetailConnection },
    alsoSave: () => Promise<void> = async () => undefined,
  ): Promise<Connected> => {
    const switched = await changeConnections(async (): Promise<Switched | null> => {
      const before = await loadConnections();
      const change = changeBetween(pairOf(before), pairOf({ ...before, ...next }));
      let switched: Switched | null = null;
      if (change !== 'same') {
        const settings = await loadSettings();
        if (settings.mode !== 'watch') await saveSettings({ ...settings, mode: 'watch' });
        await deps.clearSchedules();
        if (change === 'other') await wipeCache();
        const forgot = change === 'other' && before.ecom !== null;
        if (forgot || settings.mode === 'sync') switched = { forgot, wasSync: settings.mode === 'sync' };
      }
      await alsoSave();
      if (next.ecom) await saveEcomConnection(next.ecom);
      if (next.retail) await saveRetailConnection(next.retail);
      return switched;
    });
    deps.refreshSoon();
    return { ...(await connectionsView()), switched };
  };

  return {
    connections: () => connectionsView(),

    'connect-ecom': (request) =>
      connecting(async () => {
        const credentials = { apiBase: request.apiBase ?? '', storeId: request.storeId, token: request.token };
        // Read first (no network): a typo is told apart from a missing permission.
        await requireHostPermission(readEcomCredentials(credentials).apiBase.href);
        const checked = await checkEcomCredentials(credentials);
        return connectAs({
          ecom: {
            apiBase: checked.apiBase,
            storeId: checked.storeId,
            token: checked.token,
            readOnly: checked.readOnly,
            ...(checked.adminUrl ? { adminUrl: checked.adminUrl } : {}),
            checkedAt: new Date().toISOString(),
          },
        });
      }),

    'connect-retail': (request) =>
      connecting(async () => {
        await requireHostPermission(readRetailAddress(request.apiBase).href);
        const checked = await checkRetailToken({
          token: request.token,
          ...(request.apiBase === undefined ? {} : { apiBase: request.apiBase }),
          ...(request.accountId === undefined ? {} : { accountId: request.accountId }),
        });
        return connectAs({
          retail: {
            apiBase: checked.apiBase,
            accountId: checked.accountId,
            accountName: checked.accountName,
            token: request.token.trim(),
          },
        });
      }),

    'retail-oauth': (request) =>
      connecting(async () => {
        const apiBase = readRetailAddress(request.apiBase);
        const authBase = readAuthAddress(request.authBase);
        await requireHostPermission(apiBase.href);
        await requireHostPermission(authBase.href);
        const client = await signInClientFor(request);
        const signedIn = await signInWithLightspeed(
          { client, apiBase: apiBase.href, authBase: authBase.href },
          {
            redirectUri: browser.identity.getRedirectURL(),
            launch: async (url) => {
              const redirected = await browser.identity.launchWebAuthFlow({ url, interactive: true });
              if (!redirected) throw new Error('no answer');
              return redirected;
            },
            fetch: (input, init) => fetch(input, init),
            now: Date.now,
          },
        );
        // The client is a credential too: saved in the same turn as the connection it signs in.
        return connectAs(
          {
            retail: {
              apiBase: signedIn.account.apiBase,
              accountId: signedIn.account.accountId,
              accountName: signedIn.account.accountName,
              token: signedIn.tokens.accessToken,
              oauth: {
                clientId: client.clientId,
                tokenUrl: signedIn.tokenUrl,
                refreshToken: signedIn.tokens.refreshToken,
                expiresAt: signedIn.tokens.expiresAt,
              },
            },
          },
          // Only a merchant's own client has something to keep: Sync Lens's own is in the build.
          client.clientSecret
            ? () => saveRetailOAuthClient({ clientId: client.clientId, clientSecret: client.clientSecret ?? '' })
            : undefined,
        );
      }),

    'connect-sandbox': (request) =>
      connecting(async () => {
        // Only a build that may reach this computer (the sandbox build) gets past this.
        const address = apiAddress(request.url?.trim() || DEFAULT_SANDBOX_URL);
        if (address && isLoopback(address)) await requireHostPermission(address.href);
        const sandbox = await readSandboxConnection(request.url ?? '', (input, init) => fetch(input, init));
        const ecom = await checkEcomCredentials({
          apiBase: sandbox.ecomApi,
          storeId: sandbox.storeId,
          token: sandbox.ecomToken,
        });
        const retail = await checkRetailToken({
          apiBase: sandbox.retailApi,
          token: sandbox.retailToken,
          accountId: sandbox.retailAccountID,
        });
        return connectAs({
          ecom: {
            apiBase: ecom.apiBase,
            storeId: ecom.storeId,
            token: ecom.token,
            readOnly: ecom.readOnly,
            adminUrl: sandbox.admin,
            checkedAt: new Date().toISOString(),
          },
          retail: {
            apiBase: retail.apiBase,
            accountId: retail.accountId,
            accountName: retail.accountName,
            token: sandbox.retailToken,
          },
        });
      }),

    async forget() {
      let revoke: RevokeOutcome = 'none';
      await changeConnections(async () => {
        // Ended at Lightspeed first, while the tokens are still known; deleted here whatever Lightspeed says.
        const [{ retail }, saved] = await Promise.all([loadConnections(), loadRetailOAuthClient()]);
        revoke = await revokeRetailSignIn(retail, saved, (input, init) => fetch(input, init));
        await removeCredentials();
        await deps.clearSchedules();
        await wipeCache();
        // Language and refresh interval are about this browser and stay. Sync mode writes to a store by itself, so
        // it must be chosen again for whichever store comes next.
        const settings = await loadSettings();
        await saveSettings({ ...settings, mode: 'watch' });
      });
      return { ...(await connectionsView()), revoke };
    },

    settings: () => loadSettings(),

    async 'save-settings'({ settings: changes }) {
      if (changes.mode === 'sync' && (await loadConnections()).ecom?.readOnly) {
        throw new HandlerError('read-only', READ_ONLY);
      }
      const next: Settings = { ...(await loadSettings()), ...changes };
      await saveSettings(next);
      return loadSettings();
    },
  };
}
