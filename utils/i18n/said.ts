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
 * An error meant for the merchant: worded in every language when whoever threw it could (`said`, and `message`
 * is its English), else in English alone. API, sign-in, connecting and message-door errors are all of this kind.
 */
export class WordedError extends Error {
  readonly said: Said | undefined;
  constructor(message: string | Said, options?: ErrorOptions) {
    super(typeof message === 'string' ? message : message.en, options);
    this.said = typeof message === 'string' ? undefined : message;
  }
}

/**
 * A worded failure with a stable code that code acts on (the options page's words for a connecting failure, a
 * page's reaction to "read-only"): ConnectError, OAuthError and the background's HandlerError are this.
 */
export class CodedError<Code extends string> extends WordedError {
  readonly code: Code;
  constructor(code: Code, message: string | Said, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** What the merchant is told of an error in every language, when it has that; else undefined. */
export function saidOf(error: unknown): Said | undefined {
  return error instanceof WordedError ? error.said : undefined;
}

/** The same sentence in both languages, built by one function per language. */
export function inEveryLanguage(build: (language: Language) => string): Said {
  return { en: build('en'), fr: build('fr') };
}
