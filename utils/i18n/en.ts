import { adminAddress } from './en/admin-address.ts';
import { common } from './en/common.ts';
import { options } from './en/options.ts';
import { overlay } from './en/overlay.ts';
import { overlayOffline } from './en/overlay-offline.ts';
import { popup } from './en/popup.ts';
import { toolbar } from './en/toolbar.ts';

/**
 * Every word the interface shows, in English, one file per part of the interface under en/. fr.ts must have the
 * same keys and the same {placeholders}: the compiler and tests/unit/i18n.test.ts both check it.
 */
export const en = {
  ...common,
  ...overlayOffline,
  ...overlay,
  ...options,
  ...adminAddress,
  ...popup,
  ...toolbar,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
