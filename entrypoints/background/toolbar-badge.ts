import { browser } from 'wxt/browser';

import type { Badge } from '../../utils/toolbar/badge.ts';

/** Chrome's MV3 `action`; Firefox's MV2 build has `browserAction`, the same calls under the older name. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Puts the badge on the toolbar icon: its text (none when empty), its colours and the icon's tooltip. */
export async function showBadge(badge: Badge): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.colour });
  // White on both colours; older browsers pick a text colour themselves and lack this call.
  if ('setBadgeTextColor' in action) await action.setBadgeTextColor({ color: '#ffffff' });
  await action.setTitle({ title: badge.title });
}
