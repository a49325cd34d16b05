/** The two languages the stand-in admin speaks, like the real control panel's English and French. */
export type AdminLang = 'en' | 'fr';

/**
 * `?lang=fr|en` wins (so a test or a link can pin the language); else the browser's first choice decides: French
 * when Accept-Language starts with "fr", English otherwise. Only the first tag counts, as a real admin would
 * follow the browser's preferred language rather than weigh q-values.
 */
export function negotiateLang(query: string | undefined, acceptLanguage: string | undefined): AdminLang {
  if (query === 'fr' || query === 'en') return query;
  return (acceptLanguage ?? '').trim().toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
