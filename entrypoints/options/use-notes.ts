import { useState } from 'preact/hooks';

import { giveBackNotes, requestNotes } from '../../utils/own-pages/notes-permission.ts';
import type { Settings } from '../../utils/settings.ts';

/**
 * Turning the arrival note on asks the browser for notifications first (within the click, or it cannot ask),
 * and saves the setting only when allowed; turning it off saves, then gives the permission back.
 */
export function useNotes(onSettings: (changes: Partial<Settings>) => Promise<void>) {
  const [refused, setRefused] = useState(false);

  const onNotes = async (on: boolean) => {
    if (!on) {
      setRefused(false);
      await onSettings({ notify: false });
      await giveBackNotes();
      return;
    }
    const granted = await requestNotes();
    setRefused(!granted);
    if (granted) await onSettings({ notify: true });
  };

  return { refused, onNotes };
}
