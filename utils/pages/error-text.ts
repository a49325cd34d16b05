import { LANGUAGES, type MessageKey, type Translate } from '../i18n/index.ts';
import type { MessageError } from '../messaging/protocol.ts';

/**
 * A failure from the background in the page's language: its code has its own words when the page knows it
 * (with `params` filled in); otherwise the background's English message is shown as it is.
 */
export function errorText(t: Translate, error: MessageError, params: Record<string, string | number> = {}): string {
  const key = `options.error.${error.code}`;
  if (key in LANGUAGES.en) return t(key as MessageKey, { message: error.message, ...params });
  return t('options.error.other', { message: error.message });
}
