import { useEffect, useMemo } from 'preact/hooks';

import { ActivityCard } from '../../components/own-pages/ActivityCard.tsx';
import { AdminAddressCard } from '../../components/own-pages/AdminAddressCard.tsx';
import { ConnectEcomCard } from '../../components/own-pages/ConnectEcomCard.tsx';
import { ConnectRetailCard } from '../../components/own-pages/ConnectRetailCard.tsx';
import { ConnectSandboxCard } from '../../components/own-pages/ConnectSandboxCard.tsx';
import { FirstReadSummary } from '../../components/own-pages/FirstReadSummary.tsx';
import { ForgetCard } from '../../components/own-pages/ForgetCard.tsx';
import { NotesSetting } from '../../components/own-pages/NotesSetting.tsx';
import { SettingsCard } from '../../components/own-pages/SettingsCard.tsx';
import { DEFAULT_SANDBOX_URL } from '../../utils/connect/sandbox.ts';
import { ECOM_API_BASE } from '../../utils/ecom/config.ts';
import { translator } from '../../utils/i18n/index.ts';
import { activityLines } from '../../utils/own-pages/activity.ts';
import { errorText } from '../../utils/own-pages/error-text.ts';
import { pageLanguage } from '../../utils/own-pages/language.ts';
import { shown } from './notices.ts';
import { useAdminOrigins } from './use-admin-origins.ts';
import { redirectUri } from './redirect-uri.ts';
import { retailDefaults } from './retail-defaults.ts';
import { useConnecting } from './use-connecting.ts';
import { useNotes } from './use-notes.ts';
import { useSettingsSave } from './use-settings-save.ts';
import { useStoreState } from './use-store-state.ts';

/** Lines of the activity list: the reads in a row fold into one, so ten lines cover hours. */
const ACTIVITY_LINES = 10;

/** The options page: the cards that connect both stores, the settings, what Sync Lens did, and forgetting. */
export function OptionsPage() {
  const store = useStoreState();
  const { saved, setSaved, onSettings } = useSettingsSave(store);
  const notes = useNotes(store.settings?.notify ?? false, onSettings);
  const connecting = useConnecting(store, setSaved);
  const adminOrigins = useAdminOrigins();
  const { settings, view, overview, failure } = store;
  const language = pageLanguage(settings?.language, navigator.languages);
  const t = useMemo(() => translator(language), [language]);
  const busy = connecting.busy !== null;

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language, t]);

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
        waiting={store.readSince !== null}
      />

      {store.sandboxReachable && (
        <ConnectSandboxCard
          t={t}
          defaultUrl={DEFAULT_SANDBOX_URL}
          busy={busy}
          notice={shown(connecting.notices.sandbox, t)}
          onConnect={connecting.onSandbox}
        />
      )}

      <ConnectEcomCard
        // A new card after each connection: the token typed into it is not kept in the page.
        key={`ecom-${connecting.generation}`}
        t={t}
        connection={view.ecom}
        defaultApiBase={ECOM_API_BASE}
        busy={busy}
        notice={shown(connecting.notices.ecom, t)}
        onConnect={connecting.onEcom}
      />

      <ConnectRetailCard
        key={`retail-${connecting.generation}`}
        t={t}
        connection={view.retail}
        client={view.retailClient}
        ownClient={view.ownClient}
        redirectUri={redirectUri()}
        defaults={retailDefaults(view.retail, store.sandboxReachable)}
        busy={busy}
        notice={shown(connecting.notices.retail, t)}
        onSignIn={connecting.onSignIn}
        onPaste={connecting.onPaste}
      />

      <SettingsCard
        t={t}
        settings={settings}
        readOnly={view.ecom?.readOnly ?? false}
        saved={saved}
        switched={connecting.switched}
        onChange={(changes) => void onSettings(changes)}
      >
        <NotesSetting t={t} on={settings.notify} refused={notes.refused} onChange={(on) => void notes.onNotes(on)} />
      </SettingsCard>

      <AdminAddressCard
        t={t}
        origins={adminOrigins.origins}
        busy={adminOrigins.busy}
        notice={
          adminOrigins.notice ? { kind: adminOrigins.notice.kind, text: adminOrigins.notice.say(t, language) } : null
        }
        onAdd={adminOrigins.add}
        onRemove={(origin) => void adminOrigins.remove(origin)}
      />

      {view.ecom && <ActivityCard t={t} lines={activityLines(store.activity, ACTIVITY_LINES)} />}

      <ForgetCard
        t={t}
        busy={busy}
        notice={shown(connecting.notices.forget, t)}
        onForget={() => void connecting.onForget()}
      />
    </main>
  );
}
