/**
 * The overlay's words it needs before the background has answered (or when it cannot): the content script
 * carries these in both languages, and asks the background for the rest (utils/i18n/overlay-messages.ts).
 */
export const overlayOffline = {
  'overlay.label': 'Sync Lens: category sync status',
  'overlay.active': 'Sync Lens {version} is active on this page.',
  'overlay.noAnswer': 'no answer',
  'overlay.unreachable':
    'Sync Lens could not reach its background service ({reason}). Reload the page; if it keeps happening, turn the extension off and on again in your browser’s extensions page.',
} as const;
