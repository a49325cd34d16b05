import type { Language } from './language.ts';

/**
 * A message written by the background in every language the interface speaks, for what only the background can
 * word: an API failure built from its facts, a job item's reason. Pages show the one in their language; records
 * written before a message had one keep their English `string`.
 */
export type Said = Readonly<Record<Language, string>>;

/** The message in this language; a plain string is English, shown as it is. */
export function sayIn(said: Said | string | null | undefined, language: Language): string {
  if (said === null || said === undefined) return '';
  return typeof said === 'string' ? said : said[language];
}

/** A message that wraps another (given in every language, or as English): `build` words it per language. */
export function sayAround(inner: Said | string, build: (text: string, language: Language) => string): Said {
  return inEveryLanguage((language) => build(sayIn(inner, language), language));
}

/**
 * What the merchant is told of an error in every language, when the error carries that (`said`: API failures,
 * and connecting failures built from them); else undefined.
 */
export function saidOf(error: unknown): Said | undefined {
  if (typeof error !== 'object' || error === null || !('said' in error)) return undefined;
  const said = (error as { said: unknown }).said as Partial<Said> | null;
  return typeof said?.en === 'string' && typeof said.fr === 'string' ? (said as Said) : undefined;
}

/** The same sentence in both languages, built by one function per language. */
export function inEveryLanguage(build: (language: Language) => string): Said {
  return { en: build('en'), fr: build('fr') };
}
