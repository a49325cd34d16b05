import { describe, expect, it } from 'vitest';

import { originPermission, readAdminOrigin } from '../../utils/admin-origins/read-origin.ts';

/** "My eCom admin is at another address": what the merchant types, read as the one origin Sync Lens runs on. */

describe('another admin address', () => {
  it('reads a host, an address or a whole admin link as its origin', () => {
    expect(readAdminOrigin('admin.myshop.com')).toEqual({ ok: true, origin: 'https://admin.myshop.com' });
    expect(readAdminOrigin('  https://admin.myshop.com/store/1003?x=1#categories ')).toEqual({
      ok: true,
      origin: 'https://admin.myshop.com',
    });
    expect(readAdminOrigin('https://my.shopsettings.com:8443/cp/')).toEqual({
      ok: true,
      origin: 'https://my.shopsettings.com:8443',
    });
    expect(readAdminOrigin('http://admin.whitelabel.test:8787')).toEqual({
      ok: true,
      origin: 'http://admin.whitelabel.test:8787',
    });
  });

  it('refuses plain http on the internet, what is no address, and the hosts Sync Lens knows already', () => {
    expect(readAdminOrigin('http://admin.myshop.com')).toEqual({ ok: false, problem: 'not-https' });
    expect(readAdminOrigin('ftp://admin.myshop.com')).toEqual({ ok: false, problem: 'not-https' });
    for (const typed of ['', 'admin', 'my shop', 'https://user:pw@admin.myshop.com', 'https://[bad']) {
      expect(readAdminOrigin(typed), typed).toEqual({ ok: false, problem: 'not-an-address' });
    }
    expect(readAdminOrigin('my.ecwid.com')).toEqual({ ok: false, problem: 'already-known' });
    expect(readAdminOrigin('https://my.business.shop/store/1')).toEqual({ ok: false, problem: 'already-known' });
  });

  it('asks for the permission of the host, whatever the port', () => {
    expect(originPermission('https://my.shopsettings.com:8443')).toBe('https://my.shopsettings.com/*');
    expect(originPermission('http://admin.whitelabel.test:8787')).toBe('http://admin.whitelabel.test/*');
  });
});
