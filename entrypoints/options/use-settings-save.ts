import { useState } from 'preact/hooks';

import { ask } from '../../utils/messaging/ask.ts';
import type { Settings } from '../../utils/messaging/protocol.ts';
import type { StoreState } from './use-store-state.ts';

/** Saves the merchant's settings as they change them, and says when they are saved. */
export function useSettingsSave(store: StoreState) {
  const [saved, setSaved] = useState(false);

  const onSettings = async (changes: Partial<Settings>) => {
    setSaved(false);
    // Shown at once: a choice that flips back while it is being saved looks refused.
    store.setSettings((current) => (current ? { ...current, ...changes } : current));
    const reply = await ask({ type: 'save-settings', settings: changes });
    if (!reply.ok) return store.setFailure(reply.error);
    store.setSettings(reply.value);
    setSaved(true);
  };

  return { saved, setSaved, onSettings };
}
