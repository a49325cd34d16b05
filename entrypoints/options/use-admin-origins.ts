import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import type { NoticeState } from '../../components/own-pages/PageNotice.tsx';
import { originPermission, readAdminOrigin } from '../../utils/admin-origins/read-origin.ts';
import type { Translate } from '../../utils/i18n/index.ts';
import { ADMIN_ORIGIN_REFUSED } from '../../utils/i18n/said/admin-origins.ts';
import { sayIn, type Said } from '../../utils/i18n/said.ts';
import { ask } from '../../utils/messaging/ask.ts';
import type { MessageError } from '../../utils/messaging/protocol.ts';

type Told = { kind: NoticeState['kind']; say: (t: Translate, language: 'en' | 'fr') => string };

const saidNotice = (said: Said): Told => ({ kind: 'error', say: (_t, language) => sayIn(said, language) });
const errorNotice = (error: MessageError): Told =>
  error.said ? saidNotice(error.said) : { kind: 'error', say: () => error.message };

/**
 * The admin addresses the merchant added, and adding or removing one. Adding asks the browser for the host's
 * permission first, within the click (browsers ask only during a person's gesture), then the background, which
 * reads the address again and registers the overlay there.
 */
export function useAdminOrigins() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Told | null>(null);

  useEffect(() => {
    void ask({ type: 'admin-origins' }).then((reply) => reply.ok && setOrigins(reply.value));
  }, []);

  const add = async (typed: string): Promise<boolean> => {
    const read = readAdminOrigin(typed);
    if (!read.ok) {
      setNotice(saidNotice(ADMIN_ORIGIN_REFUSED[read.problem]));
      return false;
    }
    // The first await of the click: anything before it would lose the gesture.
    const granted = await browser.permissions.request({ origins: [originPermission(read.origin)] }).catch(() => false);
    if (!granted) {
      setNotice(saidNotice(ADMIN_ORIGIN_REFUSED['not-allowed']));
      return false;
    }
    setBusy(true);
    const reply = await ask({ type: 'add-admin-origin', address: read.origin });
    setBusy(false);
    if (!reply.ok) {
      setNotice(errorNotice(reply.error));
      return false;
    }
    setOrigins(reply.value);
    setNotice({ kind: 'success', say: (t) => t('options.adminAddress.added', { origin: read.origin }) });
    return true;
  };

  const remove = async (origin: string) => {
    setBusy(true);
    const reply = await ask({ type: 'remove-admin-origin', origin });
    setBusy(false);
    if (!reply.ok) return setNotice(errorNotice(reply.error));
    setOrigins(reply.value);
    setNotice({ kind: 'success', say: (t) => t('options.adminAddress.removed', { origin }) });
  };

  return { origins, busy, notice, add, remove };
}
