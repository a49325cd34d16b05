import { browser } from 'wxt/browser';

/** The optional permission the arrival note needs: asked when the merchant turns the note on, never at install. */
export const NOTES_PERMISSION = { permissions: ['notifications' as const] };

/**
 * Asks for it. Must be the first thing the click handler does: browsers only ask during the user's gesture. A
 * browser that will not ask (Firefox, when the permission is not an optional one of this build: the sandbox build
 * grants it at install) answers by whether it holds it already.
 */
export function requestNotes(): Promise<boolean> {
  return browser.permissions.request(NOTES_PERMISSION).catch(() => notesAllowed().catch(() => false));
}

/** Whether the browser allows the note now. */
export function notesAllowed(): Promise<boolean> {
  return browser.permissions.contains(NOTES_PERMISSION);
}

/** Gives it back when the merchant turns the note off. A build that grants it at install keeps it (the sandbox's). */
export async function giveBackNotes(): Promise<void> {
  await browser.permissions.remove(NOTES_PERMISSION).catch(() => false);
}
