import { en, type MessageKey, type Messages } from './en.ts';
import { fr } from './fr.ts';

export type Language = 'en' | 'fr';
export type { MessageKey };

export const LANGUAGES: Record<Language, Messages> = { en, fr };

/** "fr-CA" → "fr"; anything we do not speak → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** The admin page's own language first (the merchant chose it there), else the browser's, else English. */
export function detectLanguage(pageLang: string | null | undefined, browserLangs: readonly string[]): Language {
  return toLanguage(pageLang) ?? browserLangs.map(toLanguage).find((lang) => lang !== undefined) ?? 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language; {name} placeholders are filled from params. */
export function translator(language: Language): Translate {
  const messages = LANGUAGES[language];
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}
