import { browser } from 'wxt/browser';

import { originPermission, readAdminOrigin } from '../../../utils/admin-origins/read-origin.ts';
import { syncAdminScripts } from '../../../utils/admin-origins/registered-scripts.ts';
import { loadAdminOrigins, MAX_ADMIN_ORIGINS, saveAdminOrigins } from '../../../utils/admin-origins/saved-origins.ts';
import { ADMIN_ORIGIN_REFUSED } from '../../../utils/i18n/said/admin-origins.ts';
import type { Handlers } from '../../../utils/messaging/protocol.ts';
import type { AdminOriginsRequestType } from '../../../utils/messaging/requests.ts';
import { HandlerError } from '../serve.ts';

/**
 * "My eCom admin is at another address": the options page asks for the host permission during the merchant's
 * click, then sends the address here, where it is read again (no page is trusted with where a script runs),
 * saved, and the content script registered there. Removing unregisters it and gives the permission back.
 */
export function createAdminOriginHandlers(): Pick<Handlers, AdminOriginsRequestType> {
  return {
    'admin-origins': () => loadAdminOrigins(),

    async 'add-admin-origin'({ address }) {
      const read = readAdminOrigin(address);
      if (!read.ok) throw new HandlerError(read.problem, ADMIN_ORIGIN_REFUSED[read.problem]);
      if (!(await browser.permissions.contains({ origins: [originPermission(read.origin)] }))) {
        throw new HandlerError('not-allowed', ADMIN_ORIGIN_REFUSED['not-allowed']);
      }
      const saved = await loadAdminOrigins();
      if (!saved.includes(read.origin)) await saveAdminOrigins([...saved, read.origin].slice(-MAX_ADMIN_ORIGINS));
      await syncAdminScripts();
      return loadAdminOrigins();
    },

    async 'remove-admin-origin'({ origin }) {
      const rest = (await loadAdminOrigins()).filter((saved) => saved !== origin);
      await saveAdminOrigins(rest);
      await syncAdminScripts();
      // Another saved origin on the same host (another port) still needs the host's permission.
      const permission = originPermission(origin);
      if (!rest.some((other) => originPermission(other) === permission)) {
        await browser.permissions.remove({ origins: [permission] }).catch(() => false);
      }
      return rest;
    },
  };
}
