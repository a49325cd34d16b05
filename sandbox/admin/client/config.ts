import { markupOf, type Markup } from './markups.ts';

/** What the server put in the shell's `<script type="application/json" id="admin-config">`. */
export type Lang = 'en' | 'fr';

export interface AdminConfig {
  storeId: number;
  apiBase: string;
  token: string;
  lang: Lang;
  markup: Markup;
  /** Another store's admin, whose catalog the sandbox does not hold: reads are empty, writes refused. */
  empty: boolean;
}

export function readConfig(doc: Document): AdminConfig {
  const text = doc.getElementById('admin-config')?.textContent;
  if (!text) throw new Error('The admin config is missing from the page.');
  const raw = JSON.parse(text) as Partial<AdminConfig>;
  return {
    storeId: Number(raw.storeId),
    apiBase: String(raw.apiBase),
    token: String(raw.token),
    lang: raw.lang === 'fr' ? 'fr' : 'en',
    markup: markupOf(raw.markup),
    empty: raw.empty === true,
  };
}
