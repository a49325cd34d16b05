import { en, type MessageKey, type Messages } from './en.ts';
import { fr } from './fr.ts';

import { fill, type Language } from './language.ts';

export { detectLanguage, fill, toLanguage, type Language } from './language.ts';
export type { MessageKey };

export const LANGUAGES: Record<Language, Messages> = { en, fr };

export interface Translate {
  (key: MessageKey, params?: Record<string, string | number>): string;
  /** The language it speaks, for what the background says in every language (utils/i18n/said.ts). */
  readonly language: Language;
}

/** A translator for one language; {name} placeholders are filled from params. */
export function translator(language: Language): Translate {
  const messages = LANGUAGES[language];
  return Object.assign((key: MessageKey, params?: Record<string, string | number>) => fill(messages[key], params), {
    language,
  });
}
