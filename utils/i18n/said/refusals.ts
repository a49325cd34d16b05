import type { Said } from '../said.ts';

/** Why the background answers a request with a refusal rather than a result, in both languages. */

/** A content script asked for what only Sync Lens's own pages may (credentials, settings, the run log). */
export const OWN_PAGES_ONLY: Said = {
  en: 'This request is accepted from Sync Lens’s own pages only.',
  fr: 'Cette demande n’est acceptée que depuis les pages de Sync Lens elles-mêmes.',
};

/** A content script asked for a job or an undo the overlay does not offer. */
export const NOT_OFFERED: Said = {
  en: 'Sync Lens does not offer this action on the admin page: start it from Sync Lens’s own pages.',
  fr: 'Sync Lens ne propose pas cette action dans l’administration : lancez-la depuis les pages de Sync Lens.',
};

/** The background cannot tell which store a content script's page belongs to. */
export const CANNOT_TELL: Said = {
  en: 'Sync Lens cannot tell which store this page belongs to, so it shows nothing and changes nothing here.',
  fr: 'Sync Lens ne peut pas savoir à quelle boutique appartient cette page : il n’y affiche et n’y modifie rien.',
};

/** A change was asked for while eCom is connected with a public token. */
export const READ_ONLY: Said = {
  en: 'Sync Lens is connected to eCom with a public token, which can only read. This action needs the store’s secret token (secret_…): connect again with it in Sync Lens’s options.',
  fr: 'Sync Lens est connecté à eCom avec un jeton public, qui ne peut que lire. Cette action demande le jeton secret de la boutique (secret_…) : reconnectez-vous avec lui dans les réglages de Sync Lens.',
};

/** A page asked about the store before eCom was connected. */
export const NOT_CONNECTED: Said = {
  en: 'eCom is not connected yet. Open Sync Lens’s options and connect your eCom store first.',
  fr: 'eCom n’est pas encore connecté. Ouvrez les réglages de Sync Lens et connectez d’abord votre boutique eCom.',
};
