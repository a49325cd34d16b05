import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { PageNotice, type NoticeState } from '../../components/own-pages/PageNotice.tsx';
import { PopupJob } from '../../components/own-pages/PopupJob.tsx';
import { StatusCounts } from '../../components/own-pages/StatusCounts.tsx';
import { translator } from '../../utils/i18n/index.ts';
import { sayIn } from '../../utils/i18n/said.ts';
import { isUnderway, type JobProgress } from '../../utils/jobs/model.ts';
import { ask } from '../../utils/messaging/ask.ts';
import type { ConnectionsView, Overview, Settings } from '../../utils/messaging/protocol.ts';
import { errorText } from '../../utils/own-pages/error-text.ts';
import { pageLanguage } from '../../utils/own-pages/language.ts';
import { timeAgo } from '../../utils/i18n/time-ago.ts';
import '../../utils/own-pages/palette.css';
import './style.css';

/** How often the popup follows a running job. */
const JOB_POLL_MS = 1_000;
/** After a job, how many more reads of the counts wait for the engine's own read of both stores. */
const SETTLE_POLLS = 15;

const isRunning = (job: JobProgress | null) => job !== null && isUnderway(job.status);

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const language = pageLanguage(settings?.language, navigator.languages);
  const t = useMemo(() => translator(language), [language]);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [view, setView] = useState<ConnectionsView | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  /** The job this popup follows: the one running, or the last one started here, to show how it ended. */
  const [job, setJob] = useState<JobProgress | null>(null);
  /** A job just ended: when eCom had last been read then, until the engine's read after the job lands. */
  const [settlingFrom, setSettlingFrom] = useState<string | null>(null);

  const loadOverview = useCallback(async () => {
    const reply = await ask({ type: 'overview' });
    if (!reply.ok) {
      setNotice({ kind: 'error', text: errorText(t, reply.error) });
      return null;
    }
    setOverview(reply.value);
    if (reply.value.activeJob) setJob(reply.value.activeJob);
    return reply.value;
  }, [t]);

  useEffect(() => {
    void ask({ type: 'settings' }).then((reply) => reply.ok && setSettings(reply.value));
    void ask({ type: 'connections' }).then((reply) => reply.ok && setView(reply.value));
    void loadOverview();
  }, [loadOverview]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // While a job runs, follow it; when it ends, read it once more for its outcome, and the new counts.
  useEffect(() => {
    if (!isRunning(job)) return;
    const timer = setInterval(() => {
      void (async () => {
        const current = await loadOverview();
        if (!job || current?.activeJob?.id === job.id) return;
        const finished = await ask({ type: 'job-progress', id: job.id });
        if (!finished.ok || !finished.value) return;
        setJob(finished.value);
        setSettlingFrom(current?.readAt?.ecom ?? '');
      })();
    }, JOB_POLL_MS);
    return () => clearInterval(timer);
  }, [job, loadOverview]);

  // The engine reads both stores again after a job: the counts follow once that read has landed.
  useEffect(() => {
    if (settlingFrom === null) return;
    let polls = 0;
    const timer = setInterval(() => {
      void loadOverview().then((current) => {
        polls += 1;
        if ((current?.readAt?.ecom ?? '') !== settlingFrom || polls >= SETTLE_POLLS) setSettlingFrom(null);
      });
    }, JOB_POLL_MS);
    return () => clearInterval(timer);
  }, [settlingFrom, loadOverview]);

  const refresh = async () => {
    setRefreshing(true);
    setNotice(null);
    const reply = await ask({ type: 'refresh', full: true });
    setRefreshing(false);
    const current = await loadOverview();
    // A failed read is the engine's last error, shown below already; anything else is said here.
    if (!reply.ok && current?.lastError?.message !== reply.error.message) {
      setNotice({ kind: 'error', text: errorText(t, reply.error) });
    }
  };

  const enable = async () => {
    setConfirming(false);
    setNotice(null);
    const reply = await ask({ type: 'start-job', job: { kind: 'enable-categories' } });
    if (!reply.ok) return setNotice({ kind: 'error', text: errorText(t, reply.error) });
    setJob(reply.value);
  };

  const undo = async (id: string) => {
    setNotice(null);
    const reply = await ask({ type: 'undo', id });
    if (!reply.ok) return setNotice({ kind: 'error', text: errorText(t, reply.error) });
    setJob(reply.value);
  };

  if (!overview || !settings) {
    return (
      <main class="popup" aria-busy="true">
        <p>{t('popup.loading')}</p>
        <PageNotice notice={notice} />
      </main>
    );
  }

  const header = (
    <header class="popup__header">
      <img src="/icon/32.png" width="24" height="24" alt="" />
      <h1>{t('brand.name')}</h1>
      <span class="popup__version">{overview.version}</span>
    </header>
  );

  if (!overview.connected.ecom) {
    return (
      <main class="popup" aria-label={t('popup.label')} data-ready="yes">
        {header}
        <p data-connected="none">{t('popup.notConnected')}</p>
        <button type="button" class="button button--primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.connect')}
        </button>
      </main>
    );
  }

  const readOnly = view?.ecom?.readOnly ?? false;
  const summary = overview.summary;
  const newCount = summary?.newDisabled ?? 0;
  const busy = refreshing || isRunning(job);

  return (
    <main class="popup" aria-label={t('popup.label')} data-ready="yes">
      {header}
      <ul class="popup__stores" aria-label={t('popup.label')}>
        {view?.ecom && (
          <li data-store="ecom">
            {readOnly
              ? t('popup.ecomReadOnly', { storeId: view.ecom.storeId })
              : t('popup.ecom', { storeId: view.ecom.storeId })}
          </li>
        )}
        <li data-store="retail" class={view?.retail ? undefined : 'missing'}>
          {view?.retail
            ? t('popup.retail', { account: view.retail.accountName || String(view.retail.accountId ?? '') })
            : t('popup.retailMissing')}
        </li>
      </ul>

      <p class="popup__read" data-read-at={overview.readAt?.ecom ?? ''}>
        {overview.readAt?.ecom
          ? t('popup.readAt', { time: timeAgo(overview.readAt.ecom, language) })
          : t('popup.notRead')}
      </p>

      {summary && <StatusCounts t={t} summary={summary} />}

      {job && (
        <PopupJob
          t={t}
          job={job}
          onUndo={job.kind === 'enable-categories' && !readOnly ? () => void undo(job.id) : null}
        />
      )}

      {overview.lastError && (
        <div class="popup__error" role="alert" data-last-error>
          <p>{t('popup.lastError', { time: timeAgo(overview.lastError.at, language) })}</p>
          <p>{sayIn(overview.lastError.said ?? overview.lastError.message, language)}</p>
        </div>
      )}

      <PageNotice notice={refreshing ? { kind: 'progress', text: t('popup.refreshing') } : notice} />

      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="enable-confirm">
          <p id="enable-confirm">{t.n('popup.enableConfirm', newCount)}</p>
          <button type="button" class="button button--primary" onClick={() => void enable()}>
            {t('popup.enableYes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('popup.cancel')}
          </button>
        </div>
      ) : (
        <div class="popup__actions">
          <button type="button" class="button" disabled={busy} onClick={() => void refresh()}>
            {t('popup.refresh')}
          </button>
          <button
            type="button"
            class="button button--primary"
            disabled={busy || newCount === 0 || readOnly}
            onClick={() => setConfirming(true)}
          >
            {newCount === 0 ? t('popup.enableNone') : t.n('popup.enable', newCount)}
          </button>
        </div>
      )}
      {readOnly && <p class="popup__note">{t('popup.readOnly')}</p>}

      <footer class="popup__footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
