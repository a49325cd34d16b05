import { useEffect, useState } from 'preact/hooks';

import { giveBackNotes, notesAllowed, requestNotes } from '../../utils/own-pages/notes-permission.ts';
import type { Settings } from '../../utils/settings.ts';

/**
 * Turning the arrival note on asks the browser for notifications first (within the click, or it cannot ask),
 * and saves the setting only when allowed; turning it off saves, then gives the permission back. A note turned
 * on whose permission was taken away since (in the browser's settings) is said to be refused.
 */
export function useNotes(on: boolean, onSettings: (changes: Partial<Settings>) => Promise<void>) {
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    if (on) void notesAllowed().then((allowed) => setRefused(!allowed));
  }, [on]);

  const onNotes = async (turnOn: boolean) => {
    if (!turnOn) {
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
