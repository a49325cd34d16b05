import type { Messages } from './en.ts';
import { adminAddress } from './fr/admin-address.ts';
import { common } from './fr/common.ts';
import { options } from './fr/options.ts';
import { overlay } from './fr/overlay.ts';
import { overlayOffline } from './fr/overlay-offline.ts';
import { popup } from './fr/popup.ts';
import { toolbar } from './fr/toolbar.ts';

export const fr: Messages = {
  ...common,
  ...overlayOffline,
  ...overlay,
  ...options,
  ...adminAddress,
  ...popup,
  ...toolbar,
};
