import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { addressText, apiAddress, originPattern } from '../../utils/connect/address.ts';
import {
  connectionsView,
  loadConnections,
  removeCredentials,
  saveEcomConnection,
  saveRetailConnection,
  saveRetailOAuthClient,
} from '../../utils/connect/saved-connections.ts';

const ECOM = { apiBase: 'https://app.ecwid.com/api/v3', storeId: 1003, token: 'secret_abc123', readOnly: false };
const RETAIL = {
  apiBase: 'https://api.lightspeedapp.com/API/V3',
  accountId: 42,
  accountName: 'Boutique',
  token: 'access-xyz',
  oauth: {
    clientId: 'client',
    tokenUrl: 'https://cloud.lightspeedapp.com/auth/oauth/token',
    refreshToken: 'refresh-xyz',
    expiresAt: 1_800_000_000_000,
  },
};

beforeEach(async () => {
  fakeBrowser.reset();
  // The vault (IndexedDB) outlives fakeBrowser's reset: emptied too.
  await removeCredentials();
});

describe('the stored connections', () => {
  it('tell the pages which store and account, never a token or the client secret', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    await saveRetailOAuthClient({ clientId: 'client', clientSecret: 'very-secret' });
    const view = await connectionsView();
    expect(view).toEqual({
      ecom: { storeId: 1003, apiBase: ECOM.apiBase, readOnly: false, adminUrl: null, checkedAt: null },
      retail: {
        apiBase: RETAIL.apiBase,
        accountId: 42,
        accountName: 'Boutique',
        method: 'oauth',
        authBase: 'https://cloud.lightspeedapp.com',
        expiresAt: new Date(RETAIL.oauth.expiresAt).toISOString(),
      },
      retailClient: { clientId: 'client', hasSecret: true },
      // These tests build no extension, so there is no client id of Sync Lens's own: the page offers the others.
      ownClient: false,
    });
    const text = JSON.stringify(view);
    for (const secret of ['secret_abc123', 'access-xyz', 'refresh-xyz', 'very-secret'])
      expect(text).not.toContain(secret);
  });

  it('stay out of storage.sync, and "forget" leaves none of them', async () => {
    await saveEcomConnection(ECOM);
    await saveRetailConnection(RETAIL);
    await saveRetailOAuthClient({ clientId: 'client', clientSecret: 'very-secret' });
    await fakeBrowser.storage.local.set({ settings: { language: 'fr' } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await removeCredentials();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ settings: { language: 'fr' } });
    expect(await loadConnections()).toEqual({ ecom: null, retail: null });
  });

  it('count a connection that does not read back as valid as none', async () => {
    await fakeBrowser.storage.local.set({ ecomConnection: { apiBase: 'not a url', storeId: -1, token: '' } });
    expect((await loadConnections()).ecom).toBeNull();
    expect((await connectionsView()).ecom).toBeNull();
  });
});

describe('where a token may be sent', () => {
  it('is https, or http on this computer only', () => {
    expect(addressText(apiAddress(' https://app.ecwid.com/api/v3/ ')!)).toBe('https://app.ecwid.com/api/v3');
    expect(apiAddress('http://127.0.0.1:8787/api/v3')).not.toBeNull();
    expect(apiAddress('http://localhost:8787')).not.toBeNull();
    for (const bad of [
      'http://app.ecwid.com/api/v3',
      'ftp://x',
      'javascript:alert(1)',
      'https://user:pw@app.ecwid.com',
      'https://app.ecwid.com/?token=x',
      'nonsense',
    ]) {
      expect(apiAddress(bad), bad).toBeNull();
    }
  });

  it('is asked for as a host permission without its port', () => {
    expect(originPattern(apiAddress('http://127.0.0.1:8787/api/v3')!)).toBe('http://127.0.0.1/*');
    expect(originPattern(apiAddress('https://api.lightspeedapp.com/API/V3')!)).toBe('https://api.lightspeedapp.com/*');
  });
});
