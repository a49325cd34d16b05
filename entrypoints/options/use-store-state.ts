import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { ask } from '../../utils/messaging/ask.ts';
import type { ConnectionsView, MessageError, Overview, RunRecord, Settings } from '../../utils/messaging/protocol.ts';

/** How often the page looks whether the first read after connecting has finished. */
const READ_POLL_MS = 1_000;

/**
 * What the options page shows of the background: the connections, the settings, the overview and the run log,
 * read when the page opens and whenever it comes back into view; and, after a connection, the first read
 * followed until it ends.
 */
export function useStoreState() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [view, setView] = useState<ConnectionsView | null>(null);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [activity, setActivity] = useState<RunRecord[]>([]);
  const [sandboxReachable, setSandboxReachable] = useState(false);
  const [failure, setFailure] = useState<MessageError | null>(null);
  /** When the connection the page waits on was made: its first read is followed until it ends. */
  const [readSince, setReadSince] = useState<number | null>(null);

  // The activity list follows the overview: whenever the page looks again, it is read again too.
  const loadOverview = useCallback(async () => {
    const [reply, runs] = await Promise.all([ask({ type: 'overview' }), ask({ type: 'activity' })]);
    if (runs.ok) setActivity(runs.value);
    if (reply.ok) setOverview(reply.value);
    return reply.ok ? reply.value : null;
  }, []);

  /** The settings again: the background may have changed them (the mode goes back to Watch on another store). */
  const reloadSettings = useCallback(async () => {
    const stored = await ask({ type: 'settings' });
    if (stored.ok) setSettings(stored.value);
  }, []);

  useEffect(() => {
    void (async () => {
      const [connections, stored, reachable] = await Promise.all([
        ask({ type: 'connections' }),
        ask({ type: 'settings' }),
        // The sandbox button is only for a build that may reach this computer (the sandbox build). Known before
        // the cards are drawn, since the Retail card's default addresses follow it.
        browser.permissions.contains({ origins: ['http://127.0.0.1/*'] }).catch(() => false),
      ]);
      setSandboxReachable(reachable);
      if (!connections.ok) return setFailure(connections.error);
      if (!stored.ok) return setFailure(stored.error);
      setView(connections.value);
      setSettings(stored.value);
      await loadOverview();
    })();
  }, [loadOverview]);

  // Back on the page (from the admin, say): what Sync Lens did meanwhile.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') void loadOverview();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [loadOverview]);

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

  return {
    settings,
    setSettings,
    reloadSettings,
    view,
    setView,
    overview,
    activity,
    sandboxReachable,
    failure,
    setFailure,
    readSince,
    setReadSince,
    loadOverview,
  };
}

export type StoreState = ReturnType<typeof useStoreState>;
