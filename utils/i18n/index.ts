/**
 * Every word of Sync Lens, in English and French, lives under utils/i18n/. There is one table of messages per
 * language (en/, fr/: a key for each sentence), and three ways to hand them out, one per place that speaks:
 *
 * - `Translate` (this file): the options page and the popup carry both tables and look a key up.
 * - `Words` (utils/overlay/words.ts): the overlay, whose content script stays small, is sent its table in the
 *   page's one language by the background (overlay-messages.ts) and looks keys up in it, with plurals and dates.
 * - `Said` (said.ts, said/, failures/): what only the background can word, because it alone knows the facts (an
 *   API failure, a job item's reason, a refusal), travels as one sentence per language; each page shows its own.
 */
import { en, type MessageKey, type Messages } from './en.ts';
import { fr } from './fr.ts';

import { fill, pluralForm, type Language } from './language.ts';

export { detectLanguage, fill, jobCounts, toLanguage, type Language } from './language.ts';
export type { MessageKey };

export const LANGUAGES: Record<Language, Messages> = { en, fr };

/** The message keys that come in two plural forms, without their ".one" / ".other" ending. */
export type PluralMessageKey = MessageKey extends infer K ? (K extends `${infer Base}.one` ? Base : never) : never;

export interface Translate {
  (key: MessageKey, params?: Record<string, string | number>): string;
  /** The plural form the language's own rules pick for `count`, with {count} filled. */
  n(key: PluralMessageKey, count: number, params?: Record<string, string | number>): string;
  /** The language it speaks, for what the background says in every language (utils/i18n/said.ts). */
  readonly language: Language;
}

/** A translator for one language; {name} placeholders are filled from params. */
export function translator(language: Language): Translate {
  const messages = LANGUAGES[language];
  const t = (key: MessageKey, params?: Record<string, string | number>) => fill(messages[key], params);
  return Object.assign(t, {
    n: (key: PluralMessageKey, count: number, params: Record<string, string | number> = {}) =>
      t(`${key}.${pluralForm(language, count)}` as MessageKey, { count, ...params }),
    language,
  });
}
