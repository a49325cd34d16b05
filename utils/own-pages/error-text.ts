import { LANGUAGES, type MessageKey, type Translate } from '../i18n/index.ts';
import { sayIn } from '../i18n/said.ts';
import type { MessageError } from '../messaging/protocol.ts';

/**
 * A failure from the background in the page's language: its code has its own words when the page knows it
 * (with `params` filled in); otherwise the background's own message, in the page's language when the background
 * gave it in every language (API failures), else in English.
 */
export function errorText(t: Translate, error: MessageError, params: Record<string, string | number> = {}): string {
  const key = `options.error.${error.code}`;
  const message = sayIn(error.said ?? error.message, t.language);
  if (key in LANGUAGES.en) return t(key as MessageKey, { message, ...params });
  return t('options.error.other', { message });
}
