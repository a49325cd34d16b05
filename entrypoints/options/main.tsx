import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { ActivityCard } from '../../components/own-pages/ActivityCard.tsx';
import { ConnectEcomCard, type EcomFields } from '../../components/own-pages/ConnectEcomCard.tsx';
import { ConnectRetailCard, type RetailOAuthFields, type RetailTokenFields } from '../../components/own-pages/ConnectRetailCard.tsx';
import { ConnectSandboxCard } from '../../components/own-pages/ConnectSandboxCard.tsx';
import { FirstReadSummary } from '../../components/own-pages/FirstReadSummary.tsx';
import { ForgetCard } from '../../components/own-pages/ForgetCard.tsx';
import type { NoticeState } from '../../components/own-pages/PageNotice.tsx';
import { SettingsCard } from '../../components/own-pages/SettingsCard.tsx';
import { DEFAULT_SANDBOX_URL } from '../../utils/connect/sandbox.ts';
import { ECOM_API_BASE } from '../../utils/ecom/config.ts';
import { translator, type MessageKey, type Translate } from '../../utils/i18n/index.ts';
import { ask } from '../../utils/messaging/ask.ts';
import type { Connected, ConnectionsView, MessageError, Overview, Reply, RunRecord, Settings, Switched } from '../../utils/messaging/protocol.ts';
import { activityLines } from '../../utils/own-pages/activity.ts';
import { errorText } from '../../utils/own-pages/error-text.ts';
import { pageLanguage } from '../../utils/own-pages/language.ts';
import { requestHosts, type PermissionAnswer } from '../../utils/own-pages/permissions.ts';
import { RETAIL_API_BASE, RETAIL_AUTH_BASE } from '../../utils/retail/config.ts';
import '../../utils/own-pages/palette.css';
import './style.css';

type Card = 'ecom' | 'retail' | 'sandbox' | 'forget';
/** A notice keeps how to say it, not the words: switching the language re-says it. */
type Notice = { kind: NoticeState['kind']; say: (t: Translate) => string };
type Notices = Record<Card, Notice | null>;
const NO_NOTICES: Notices = { ecom: null, retail: null, sandbox: null, forget: null };

/** How often the page looks whether the first read after connecting has finished. */
const READ_POLL_MS = 1_000;
/** Lines of the activity list: the reads in a row fold into one, so ten lines cover hours. */
const ACTIVITY_LINES = 10;

function permissionNotice(answer: Exclude<PermissionAnswer, { granted: true }>): Notice {
  const key = answer.impossible ? 'options.error.permission-impossible' : 'options.error.permission-needed';
  return { kind: 'error', say: (t) => t(key, { host: answer.host }) };
}

const shown = (notice: Notice | null, t: Translate): NoticeState | null =>
  notice ? { kind: notice.kind, text: notice.say(t) } : null;

function redirectUri(): string {
  try {
    return browser.identity.getRedirectURL();
  } catch {
    return '';
  }
}

function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const language = pageLanguage(settings?.language, navigator.languages);
  const t = useMemo(() => translator(language), [language]);
  const [view, setView] = useState<ConnectionsView | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [activity, setActivity] = useState<RunRecord[]>([]);
  const [sandboxReachable, setSandboxReachable] = useState(false);
  const [busy, setBusy] = useState<Card | null>(null);
  const [notices, setNotices] = useState<Notices>(NO_NOTICES);
  const [readSince, setReadSince] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  /** What the last connection changed for the mode and the memory (another store or account). */
  const [switched, setSwitched] = useState<Switched | null>(null);
  const [failure, setFailure] = useState<MessageError | null>(null);
  /** Counts connections made here: the cards start afresh after each, so no typed token stays in the page. */
  const [generation, setGeneration] = useState(0);

  const notify = (card: Card, notice: Notice | null) => setNotices((all) => ({ ...all, [card]: notice }));

  // The activity list follows the overview: whenever the page looks again, it is read again too.
  const loadOverview = useCallback(async () => {
    const [reply, runs] = await Promise.all([ask({ type: 'overview' }), ask({ type: 'activity' })]);
    if (runs.ok) setActivity(runs.value);
    if (reply.ok) setOverview(reply.value);
    return reply.ok ? reply.value : null;
  }, []);

  useEffect(() => {
    void (async () => {
      const [connections, stored] = await Promise.all([ask({ type: 'connections' }), ask({ type: 'settings' })]);
      if (!connections.ok) return setFailure(connections.error);
      if (!stored.ok) return setFailure(stored.error);
      setView(connections.value);
      setSettings(stored.value);
      await loadOverview();
    })();
    // The sandbox button is only for a build that may reach this computer (the sandbox build).
    void browser.permissions
      .contains({ origins: ['http://127.0.0.1/*'] })
      .then(setSandboxReachable, () => setSandboxReachable(false));
  }, [loadOverview]);

  // Back on the page (from the admin, say): what Sync Lens did meanwhile.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadOverview();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [loadOverview]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language, t]);

  // After connecting, follow the background's first read until it finishes (or fails).
  useEffect(() => {
    if (readSince === null) return;
    const timer = setInterval(() => {
      void loadOverview().then((current) => {
        const readAt = current?.readAt?.ecom ? Date.parse(current.readAt.ecom) : 0;
        const failedAt = current?.lastError ? Date.parse(current.lastError.at) : 0;
        if (readAt >= readSince || failedAt >= readSince) setReadSince(null);
      });
    }, READ_POLL_MS);
    return () => clearInterval(timer);
  }, [readSince, loadOverview]);

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
    setView(connections);
    setGeneration((count) => count + 1);
    notify(card, { kind: 'success', say: (tr) => tr('options.connected') });
    setSwitched(change);
    if (change) {
      setSaved(false);
      // The background put the mode back to Watch: the choice shown must follow.
      const stored = await ask({ type: 'settings' });
      if (stored.ok) setSettings(stored.value);
    }
    setReadSince(startedAt);
    await loadOverview();
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

  const onSignIn = (fields: RetailOAuthFields) => {
    const clientId = fields.clientId.trim();
    const savedSecret = view?.retailClient?.hasSecret && view.retailClient.clientId === clientId;
    if (clientId === '' || (fields.clientSecret.trim() === '' && !savedSecret)) {
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
            clientId,
            ...(fields.clientSecret.trim() === '' ? {} : { clientSecret: fields.clientSecret }),
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
    setView(reply.value);
    setSwitched(null);
    setReadSince(null);
    setNotices({ ...NO_NOTICES, forget: { kind: 'success', say: (tr) => tr('options.forget.done') } });
    const stored = await ask({ type: 'settings' });
    if (stored.ok) setSettings(stored.value);
    await loadOverview();
  };

  const onSettings = async (changes: Partial<Settings>) => {
    setSaved(false);
    // Shown at once: a choice that flips back while it is being saved looks refused.
    setSettings((current) => (current ? { ...current, ...changes } : current));
    const reply = await ask({ type: 'save-settings', settings: changes });
    if (!reply.ok) return setFailure(reply.error);
    setSettings(reply.value);
    setSaved(true);
  };

  if (failure) {
    return (
      <main class="page">
        <p class="notice notice--error" role="alert">
          {errorText(t, failure)}
        </p>
      </main>
    );
  }
  if (!view || !settings) {
    return <main class="page" aria-busy="true" />;
  }

  return (
    <main class="page" data-ready="yes">
      <header class="page__header">
        <img src="/icon/48.png" width="48" height="48" alt="" />
        <div>
          <h1>{t('options.title')}</h1>
          <p class="page__intro">{t('options.intro')}</p>
        </div>
      </header>

      <FirstReadSummary
        t={t}
        language={language}
        overview={overview}
        adminUrl={view.ecom?.adminUrl ?? null}
        waiting={readSince !== null}
      />

      {sandboxReachable && (
        <ConnectSandboxCard
          t={t}
          defaultUrl={DEFAULT_SANDBOX_URL}
          busy={busy !== null}
          notice={shown(notices.sandbox, t)}
          onConnect={onSandbox}
        />
      )}

      <ConnectEcomCard
        // A new card after each connection: the token typed into it is not kept in the page.
        key={`ecom-${generation}`}
        t={t}
        connection={view.ecom}
        defaultApiBase={ECOM_API_BASE}
        busy={busy !== null}
        notice={shown(notices.ecom, t)}
        onConnect={onEcom}
      />

      <ConnectRetailCard
        key={`retail-${generation}`}
        t={t}
        connection={view.retail}
        client={view.retailClient}
        redirectUri={redirectUri()}
        defaults={{ apiBase: RETAIL_API_BASE, authBase: view.retail?.authBase ?? RETAIL_AUTH_BASE }}
        busy={busy !== null}
        notice={shown(notices.retail, t)}
        onSignIn={onSignIn}
        onPaste={onPaste}
      />

      <SettingsCard
        t={t}
        settings={settings}
        readOnly={view.ecom?.readOnly ?? false}
        saved={saved}
        switched={switched}
        onChange={(changes) => void onSettings(changes)}
      />

      {view.ecom && <ActivityCard t={t} lines={activityLines(activity, ACTIVITY_LINES)} />}

      <ForgetCard t={t} busy={busy !== null} notice={shown(notices.forget, t)} onForget={() => void onForget()} />
    </main>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
