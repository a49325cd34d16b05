/**
 * The parts of i18n that carry no messages: which language to speak and how placeholders are filled. The
 * content script imports these alone, so it does not carry every page's words (index.ts re-exports them).
 */

export type Language = 'en' | 'fr';

/** "fr-CA" → "fr"; anything we do not speak → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** The admin page's own language first (the merchant chose it there), else the browser's, else English. */
export function detectLanguage(pageLang: string | null | undefined, browserLangs: readonly string[]): Language {
  return toLanguage(pageLang) ?? browserLangs.map(toLanguage).find((lang) => lang !== undefined) ?? 'en';
}

/** Fills {name} placeholders from params; unknown ones stay visible. */
export function fill(text: string, params?: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
