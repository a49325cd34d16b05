import type { NoticeState } from '../../components/own-pages/PageNotice.tsx';
import type { Translate } from '../../utils/i18n/index.ts';
import type { Forgotten } from '../../utils/messaging/protocol.ts';
import type { PermissionAnswer } from '../../utils/own-pages/permissions.ts';

/** The cards that say how their last action went. */
export type Card = 'ecom' | 'retail' | 'sandbox' | 'forget';
/** A notice keeps how to say it, not the words: switching the language re-says it. */
export type Notice = { kind: NoticeState['kind']; say: (t: Translate) => string };
export type Notices = Record<Card, Notice | null>;
export const NO_NOTICES: Notices = { ecom: null, retail: null, sandbox: null, forget: null };

/** The browser did not grant the API host a connection needs. */
export function permissionNotice(answer: Exclude<PermissionAnswer, { granted: true }>): Notice {
  const key = answer.impossible ? 'options.error.permission-impossible' : 'options.error.permission-needed';
  return { kind: 'error', say: (t) => t(key, { host: answer.host }) };
}

/** A notice in the page's language now. */
export const shown = (notice: Notice | null, t: Translate): NoticeState | null =>
  notice ? { kind: notice.kind, text: notice.say(t) } : null;

/**
 * "Forget this store" done: the tokens are gone from this browser whatever happened at Lightspeed, but a sign-in
 * Lightspeed could not be told to end still works there, which the merchant must hear about.
 */
export function forgottenNotice(revoke: Forgotten['revoke']): Notice {
  if (revoke === 'failed') return { kind: 'error', say: (t) => t('options.forget.notRevoked') };
  const key = revoke === 'revoked' ? 'options.forget.doneRevoked' : 'options.forget.done';
  return { kind: 'success', say: (t) => t(key) };
}
