import type { Markup } from './client/markups.ts';
import type { AdminLang } from './lang.ts';

/** What the client reads from `<script type="application/json" id="admin-config">`. */
export interface AdminConfig {
  storeId: number;
  apiBase: string;
  token: string;
  lang: AdminLang;
  markup: Markup;
  /** Another store's admin: the sandbox holds nothing of it, so its catalog is empty (routes.ts). */
  empty?: true;
}

/**
 * JSON inside a <script> element ends at the first "</script", whatever the JSON means; escaping "<" (and ">"
 * and "&" for good measure) as \u escapes keeps the JSON identical and the element closed where we close it.
 */
function scriptSafeJson(value: unknown): string {
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, escape);
}

const TITLES: Record<AdminLang, string> = {
  en: 'eCom (E-Series) control panel',
  fr: 'Tableau de bord eCom (E-Series)',
};

/**
 * The page the admin answers before its app runs: no catalog content at all, as the real control panel renders
 * everything after load. Anything that needs the catalog must wait for the app, exactly as on the real admin.
 */
export function shellHtml(config: AdminConfig): string {
  return `<!doctype html>
<html lang="${config.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLES[config.lang]}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/store-assets/admin.css">
<script type="application/json" id="admin-config">${scriptSafeJson(config)}</script>
<script type="module" src="/store-assets/main.ts"></script>
</head>
<body>
<div id="app"></div>
</body>
</html>
`;
}

const NOT_FOUND: Record<AdminLang, { title: string; text: string }> = {
  en: { title: 'Store not found', text: 'There is no store with this id, or you have no access to it.' },
  fr: { title: 'Boutique introuvable', text: "Aucune boutique ne porte cet identifiant, ou vous n'y avez pas accès." },
};

/** The 404 page for a store id that is not the sandbox's store. Static text only: the id is not echoed back. */
export function notFoundHtml(lang: AdminLang): string {
  const { title, text } = NOT_FOUND[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/store-assets/admin.css"></head>
<body class="ec-error-page"><main><h1>${title}</h1><p>${text}</p></main></body>
</html>
`;
}
