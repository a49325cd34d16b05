import { common as enCommon } from './en/common.ts';
import { overlay as enOverlay } from './en/overlay.ts';
import { overlayOffline as enOffline } from './en/overlay-offline.ts';
import { common as frCommon } from './fr/common.ts';
import { overlay as frOverlay } from './fr/overlay.ts';
import { overlayOffline as frOffline } from './fr/overlay-offline.ts';
import type { Language } from './language.ts';

/**
 * The admin overlay's words in one language. The background hands them to the content script, which then
 * carries no language at all: every admin page loads a smaller script, and only the words it speaks travel.
 */
export type OverlayMessages = Record<keyof typeof enCommon | keyof typeof enOffline | keyof typeof enOverlay, string>;

export function overlayMessages(language: Language): OverlayMessages {
  return language === 'fr' ? { ...frCommon, ...frOffline, ...frOverlay } : { ...enCommon, ...enOffline, ...enOverlay };
}
