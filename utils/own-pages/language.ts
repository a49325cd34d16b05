import { detectLanguage, type Language } from '../i18n/index.ts';
import type { Settings } from '../settings.ts';

/** The language of the options page and the popup: the merchant's choice, else the browser's. */
export function pageLanguage(setting: Settings['language'] | undefined, browserLangs: readonly string[]): Language {
  return setting === 'en' || setting === 'fr' ? setting : detectLanguage(null, browserLangs);
}
