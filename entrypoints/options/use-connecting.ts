import { useState } from 'preact/hooks';

import type { EcomFields } from '../../components/own-pages/ConnectEcomCard.tsx';
import type { RetailOAuthFields, RetailTokenFields } from '../../components/own-pages/ConnectRetailCard.tsx';
import { DEFAULT_SANDBOX_URL } from '../../utils/connect/sandbox.ts';
import { ECOM_API_BASE } from '../../utils/ecom/config.ts';
import type { MessageKey } from '../../utils/i18n/index.ts';
import { ask } from '../../utils/messaging/ask.ts';
import type { Connected, Reply, Switched } from '../../utils/messaging/protocol.ts';
import { errorText } from '../../utils/own-pages/error-text.ts';
import { requestHosts } from '../../utils/own-pages/permissions.ts';
import { RETAIL_API_BASE, RETAIL_AUTH_BASE } from '../../utils/retail/config.ts';
import { forgottenNotice, NO_NOTICES, permissionNotice, type Card, type Notice, type Notices } from './notices.ts';
import { redirectUri } from './redirect-uri.ts';
import type { StoreState } from './use-store-state.ts';

/**
 * Connecting and forgetting, card by card: what the merchant typed is checked here, the host permission asked
 * for while the click still counts as their gesture, and each card told how it went.
 */
export function useConnecting(store: StoreState, setSaved: (saved: boolean) => void) {
  const [busy, setBusy] = useState<Card | null>(null);
  const [notices, setNotices] = useState<Notices>(NO_NOTICES);
  /** What the last connection changed for the mode and the memory (another store or account). */
  const [switched, setSwitched] = useState<Switched | null>(null);
  /** Counts connections made here: the cards start afresh after each, so no typed token stays in the page. */
  const [generation, setGeneration] = useState(0);

  const notify = (card: Card, notice: Notice | null) => setNotices((all) => ({ ...all, [card]: notice }));

  /** Runs one connecting request and shows its outcome on its card. */
  const connect = async (
    card: Card,
    send: () => Promise<Reply<Connected>>,
    params: Record<string, string | number>,
    progress: MessageKey = 'options.checking',
  ) => {
    setBusy(card);
    notify(card, { kind: 'progress', say: (tr) => tr(progress) });
    const startedAt = Date.now();
    const reply = await send();
    setBusy(null);
    if (!reply.ok) {
      const { error } = reply;
      notify(card, { kind: 'error', say: (tr) => errorText(tr, error, params) });
      return;
    }
    const { switched: change, ...connections } = reply.value;
    store.setView(connections);
    setGeneration((count) => count + 1);
    notify(card, { kind: 'success', say: (tr) => tr('options.connected') });
    setSwitched(change);
    if (change) {
      setSaved(false);
      // The background put the mode back to Watch: the choice shown must follow.
      await store.reloadSettings();
    }
    store.setReadSince(startedAt);
    await store.loadOverview();
  };

  const onEcom = (fields: EcomFields) => {
    const storeId = fields.storeId.trim();
    if (!/^\d+$/.test(storeId)) return notify('ecom', { kind: 'error', say: (tr) => tr('options.input.storeId') });
    if (fields.token.trim() === '' || /\s/.test(fields.token.trim())) {
      return notify('ecom', { kind: 'error', say: (tr) => tr('options.input.token') });
    }
    const apiBase = fields.apiBase.trim() || ECOM_API_BASE;
    // First, while the click still counts as the merchant's gesture.
    void requestHosts([apiBase]).then((answer) => {
      if (!answer.granted) return notify('ecom', permissionNotice(answer));
      return connect('ecom', () => ask({ type: 'connect-ecom', storeId, token: fields.token, apiBase }), {
        storeId,
        host: new URL(apiBase).host,
      });
    });
  };

  /** Signs in as Sync Lens's own client when no client id is typed (and the build has one), else as the merchant's. */
  const onSignIn = (fields: RetailOAuthFields) => {
    const clientId = fields.clientId.trim();
    const savedSecret = store.view?.retailClient?.hasSecret && store.view.retailClient.clientId === clientId;
    const ownClient = clientId === '' && store.view?.ownClient === true;
    if (!ownClient && (clientId === '' || (fields.clientSecret.trim() === '' && !savedSecret))) {
      return notify('retail', { kind: 'error', say: (tr) => tr('options.input.client') });
    }
    const apiBase = fields.apiBase.trim() || RETAIL_API_BASE;
    const authBase = fields.authBase.trim() || RETAIL_AUTH_BASE;
    void requestHosts([apiBase, authBase]).then((answer) => {
      if (!answer.granted) return notify('retail', permissionNotice(answer));
      return connect(
        'retail',
        () =>
          ask({
            type: 'retail-oauth',
            ...(ownClient ? {} : { clientId }),
            ...(ownClient || fields.clientSecret.trim() === '' ? {} : { clientSecret: fields.clientSecret }),
            apiBase,
            authBase,
          }),
        { redirect: redirectUri() },
        'options.retail.signingIn',
      );
    });
  };

  const onPaste = (fields: RetailTokenFields) => {
    if (fields.token.trim() === '' || /\s/.test(fields.token.trim())) {
      return notify('retail', { kind: 'error', say: (tr) => tr('options.input.token') });
    }
    const apiBase = fields.apiBase.trim() || RETAIL_API_BASE;
    void requestHosts([apiBase]).then((answer) => {
      if (!answer.granted) return notify('retail', permissionNotice(answer));
      return connect(
        'retail',
        () => ask({ type: 'connect-retail', token: fields.token, accountId: fields.accountId, apiBase }),
        { redirect: redirectUri() },
      );
    });
  };

  const onSandbox = (url: string) =>
    void connect('sandbox', () => ask({ type: 'connect-sandbox', url }), { url: url.trim() || DEFAULT_SANDBOX_URL });

  const onForget = async () => {
    setBusy('forget');
    const reply = await ask({ type: 'forget' });
    setBusy(null);
    if (!reply.ok) {
      const { error } = reply;
      return notify('forget', { kind: 'error', say: (tr) => errorText(tr, error) });
    }
    const { revoke, ...view } = reply.value;
    store.setView(view);
    setSwitched(null);
    store.setReadSince(null);
    setNotices({ ...NO_NOTICES, forget: forgottenNotice(revoke) });
    await store.reloadSettings();
    await store.loadOverview();
  };

  return { busy, notices, switched, generation, onEcom, onSignIn, onPaste, onSandbox, onForget };
}
