import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import {
  loadConnections,
  loadRetailOAuthClient,
  moveSecretsToVault,
  removeCredentials,
  saveEcomConnection,
  saveRetailConnection,
  saveRetailOAuthClient,
} from '../../utils/connect/saved-connections.ts';
import { readVault } from '../../utils/connect/vault.ts';

/**
 * Where the tokens are kept: in the extension's own IndexedDB (the vault), which a content script cannot open, in
 * Firefox as in Chrome; storage.local keeps what the background follows, and no secret.
 */

// The vault's writes fail while `broken.writes` is set, as a full disk or a closing browser would make them.
const broken = vi.hoisted(() => ({ writes: false }));
vi.mock('../../utils/connect/vault.ts', async (original) => {
  const vault = await original<typeof import('../../utils/connect/vault.ts')>();
  return {
    ...vault,
    writeVault: (...args: Parameters<typeof vault.writeVault>) =>
      broken.writes ? Promise.reject(new Error('the vault is out of order')) : vault.writeVault(...args),
  };
});

const ECOM = {
  apiBase: 'https://app.ecwid.com/api/v3',
  storeId: 1003,
  token: 'secret_ecom',
  readOnly: false,
  adminUrl: 'https://my.ecwid.com/store/1003',
  checkedAt: '2026-01-02T03:04:05.000Z',
};
const RETAIL = {
  apiBase: 'https://api.lightspeedapp.com/API/V3',
  accountId: 42,
  accountName: 'Boutique',
  token: 'retail-access',
  oauth: {
    clientId: 'client',
    tokenUrl: 'https://cloud.lightspeedapp.com/auth/oauth/token',
    refreshToken: 'retail-refresh',
    expiresAt: 1_800_000_000_000,
  },
};
const CLIENT = { clientId: 'client', clientSecret: 'client-secret' };
const SECRETS = ['secret_ecom', 'retail-access', 'retail-refresh', 'client-secret'];

/** Every string anywhere in storage.local, keys and values, however deep. */
async function everyStoredString(): Promise<string[]> {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        found.push(key);
        walk(inner);
      }
    }
  };
  walk(await fakeBrowser.storage.local.get(null));
  return found;
}

async function expectNoSecretInStorage(): Promise<void> {
  const strings = await everyStoredString();
  for (const secret of SECRETS)
    expect(
      strings.filter((text) => text.includes(secret)),
      secret,
    ).toEqual([]);
}

/** What an older Sync Lens left, or a test wrote straight from the service worker: tokens in storage.local. */
async function writeOldRecords(): Promise<void> {
  await fakeBrowser.storage.local.set({ ecomConnection: ECOM, retailConnection: RETAIL, retailOAuthClient: CLIENT });
}

beforeEach(async () => {
  broken.writes = false;
  fakeBrowser.reset();
  await removeCredentials();
});

describe('the credentials', () => {
  it('are saved where no content script reaches: storage.local keeps no secret, anywhere in it', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    await saveRetailOAuthClient(CLIENT);
    await expectNoSecretInStorage();
    // What the background follows is still there, under the same keys.
    const local = await fakeBrowser.storage.local.get(null);
    const { token: _ecomToken, ...ecomFacts } = ECOM;
    expect(local.ecomConnection).toEqual(ecomFacts);
    expect(local.retailConnection).toEqual({
      apiBase: RETAIL.apiBase,
      accountId: 42,
      accountName: 'Boutique',
      oauth: { clientId: 'client', tokenUrl: RETAIL.oauth.tokenUrl, expiresAt: RETAIL.oauth.expiresAt },
    });
    expect(local.retailOAuthClient).toEqual({ clientId: 'client' });
  });

  it('read back whole', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    await saveRetailOAuthClient(CLIENT);
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
  });

  it('are fired on in storage.local when saved, after the vault has them', async () => {
    const seen: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => {
      if ('ecomConnection' in changes) seen.push(loadConnections().then((connections) => connections.ecom));
    });
    await saveEcomConnection(ECOM);
    expect(await Promise.all(seen)).toEqual([ECOM]);
  });

  it('are gone from both places after "forget"', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    await saveRetailOAuthClient(CLIENT);
    await removeCredentials();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readVault(['ecomConnection', 'retailConnection', 'retailOAuthClient'])).toEqual({});
    expect(await loadConnections()).toEqual({ ecom: null, retail: null });
    expect(await loadRetailOAuthClient()).toBeNull();
  });

  it('count as not connected when storage.local has lost them, or says another address than the vault', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    // Written where a content script can write in Firefox: the vault's token is never sent to another address.
    const local = await fakeBrowser.storage.local.get('ecomConnection');
    await fakeBrowser.storage.local.set({
      ecomConnection: { ...(local.ecomConnection as object), apiBase: 'https://elsewhere.example/api/v3' },
    });
    await fakeBrowser.storage.local.remove('retailConnection');
    expect(await loadConnections()).toEqual({ ecom: null, retail: null });
  });

  it('replace the ones before: a pasted token leaves no refresh token behind', async () => {
    await saveRetailConnection(RETAIL);
    const pasted = { apiBase: RETAIL.apiBase, accountId: 42, token: 'pasted' };
    await saveRetailConnection(pasted);
    expect((await loadConnections()).retail).toEqual(pasted);
    expect(JSON.stringify(await readVault(['retailConnection']))).not.toContain('retail-refresh');
  });
});

describe('tokens an older version left in storage.local', () => {
  it('are moved to the vault by the first read', async () => {
    await writeOldRecords();
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
    await expectNoSecretInStorage();
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
  });

  it('are moved when the background starts', async () => {
    await writeOldRecords();
    await moveSecretsToVault();
    await expectNoSecretInStorage();
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
  });

  it('stay where they are while the vault cannot take them, and still connect', async () => {
    await writeOldRecords();
    broken.writes = true;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
    await expect(moveSecretsToVault()).rejects.toThrow('out of order');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      ecomConnection: ECOM,
      retailConnection: RETAIL,
      retailOAuthClient: CLIENT,
    });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    // Once the vault works again, the next read moves them.
    broken.writes = false;
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: RETAIL });
    expect(await loadRetailOAuthClient()).toEqual(CLIENT);
    await expectNoSecretInStorage();
  });
});

describe('a save the vault refuses', () => {
  it('fails, and leaves the connection before as it was', async () => {
    await saveEcomConnection(ECOM);
    broken.writes = true;
    await expect(saveEcomConnection({ ...ECOM, storeId: 2000, token: 'secret_other' })).rejects.toThrow();
    await expect(saveRetailConnection(RETAIL)).rejects.toThrow();
    broken.writes = false;
    expect(await loadConnections()).toEqual({ ecom: ECOM, retail: null });
    await expectNoSecretInStorage();
  });
});
