import { browser } from 'wxt/browser';

import type { EcomConnection } from '../../utils/connect/saved-connections.ts';
import type { Engine } from '../../utils/engine/engine.ts';
import { translator, type Language } from '../../utils/i18n/index.ts';
import { notesAllowed } from '../../utils/own-pages/notes-permission.ts';
import type { Settings } from '../../utils/settings.ts';
import { arrivalsToTell } from '../../utils/toolbar/arrivals.ts';
import { categoriesPageOf } from '../../utils/toolbar/categories-page.ts';

/** A note's id starts so; the page it opens follows, so a click opens the store the note was about. */
const NOTE_PREFIX = 'sync-lens:arrived:';

/** The page a note of ours opens, or null for another note or anything but a web page. */
export function pageOfNote(noteId: string): string | null {
  if (!noteId.startsWith(NOTE_PREFIX)) return null;
  const page = noteId.slice(noteId.indexOf('|') + 1);
  return /^https?:\/\//.test(page) ? page : null;
}

/** Opens the page of the note that was clicked (or its button), and takes the note away. */
async function openNote(noteId: string): Promise<void> {
  const page = pageOfNote(noteId);
  if (!page) return;
  await browser.tabs.create({ url: page });
  await browser.notifications?.clear(noteId);
}

async function showNote(count: number, page: string, language: Language): Promise<void> {
  const t = translator(language);
  const id = `${NOTE_PREFIX}${Date.now()}|${page}`;
  const note = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t.n('note.arrived', count),
    message: t('note.arrivedHelp'),
  };
  try {
    await browser.notifications.create(id, { ...note, buttons: [{ title: t('note.open') }] });
  } catch {
    // Firefox refuses buttons: there, clicking the note itself opens the page.
    await browser.notifications.create(id, note);
  }
}

/**
 * Tells of categories that arrived since the last look, once each, when the merchant turned the note on and the
 * browser allows notifications; otherwise they are only remembered as told of, so turning the note on later
 * does not bring up old arrivals.
 */
export async function tellArrivals(
  engine: Engine,
  connection: EcomConnection,
  arrived: readonly number[],
  inEcom: ReadonlySet<number>,
  settings: Settings,
  language: Language,
): Promise<void> {
  const told = await engine.toldArrivals();
  const { tell, keep } = arrivalsToTell(told, arrived, inEcom);
  if (tell.length > 0 && settings.notify && (await notesAllowed())) {
    await showNote(tell.length, categoriesPageOf(connection), language);
  }
  if (told?.length !== keep.length || tell.length > 0) await engine.rememberToldArrivals(keep);
}

/**
 * Clicks on a note, or its button, open its page. The notifications API exists only while the permission is
 * granted, so the listeners are added when the worker starts with it, and when the merchant grants it.
 */
export function listenToNotes(): void {
  let listening = false;
  const listen = () => {
    if (listening || !browser.notifications) return;
    listening = true;
    browser.notifications.onClicked.addListener((id) => void openNote(id));
    browser.notifications.onButtonClicked.addListener((id) => void openNote(id));
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
