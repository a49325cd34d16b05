import type { Markup } from '../../../../sandbox/admin/client/markups.ts';

/** The overlay's parts as the shared flows point at them (`>>>` steps into the shadow roots it draws in). */
export const BAR = 'sync-lens-overlay >>> .sl-bar';
export const LAYER = 'sync-lens-layer';
export const DIALOG = `${LAYER} >>> .sl-dialog`;
export const POPOVER = `${LAYER} >>> .sl-popover`;
export const PANEL = `${LAYER} >>> .sl-panel`;

/** Where the bar is on a markup: inline on the known one, in the docked panel on one Sync Lens has never seen. */
export function barOn(markup: Markup | undefined): string {
  return markup === undefined || markup === 'standard' ? BAR : `${PANEL} .sl-bar`;
}

export const READY = '[data-state="ready"][aria-busy="false"]';
export const HELP = `${LAYER} >>> .sl-help`;
