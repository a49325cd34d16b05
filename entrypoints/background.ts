import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { readConnections } from '../utils/connections.ts';
import { serveMessages } from '../utils/messaging.ts';

// Wires the pieces to the browser's events; the logic lives in utils/.
export default defineBackground(() => {
  serveMessages({
    overview: async () => ({
      version: browser.runtime.getManifest().version,
      connected: await readConnections(),
    }),
  });
});
