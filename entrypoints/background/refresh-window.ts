import { browser } from 'wxt/browser';

import { RefreshWindow } from '../../utils/retail/refresh-cap.ts';

/** Where the times of the last minute's refreshes are kept: storage.session lasts as long as the browser does. */
const KEY = 'retailRefreshTimes';

/**
 * Lightspeed's 5 refreshes a minute, counted across the worker's restarts: the browser stops an idle background
 * worker within a minute and starts a new one at the next alarm or message, and Lightspeed's count goes on.
 */
class SessionRefreshWindow extends RefreshWindow {
  override sent(now: number): void {
    super.sent(now);
    // Not awaited: a refresh must not wait on storage, and the next worker only needs the last minute's times.
    void browser.storage.session.set({ [KEY]: this.recent(now) }).catch(() => undefined);
  }
}

/** The background's one window, filled with what the worker before it counted. */
export function sessionRefreshWindow(): RefreshWindow {
  const window = new SessionRefreshWindow();
  void browser.storage.session
    .get(KEY)
    .then((stored) => {
      const times = stored[KEY];
      if (Array.isArray(times)) window.remember(times.filter((time): time is number => typeof time === 'number'));
    })
    .catch(() => undefined);
  return window;
}
