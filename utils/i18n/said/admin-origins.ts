import type { Said } from '../said.ts';

/** Why an admin address was not added, in both languages (the options page shows it beside the field). */
export const ADMIN_ORIGIN_REFUSED: Record<'not-an-address' | 'not-https' | 'already-known' | 'not-allowed', Said> = {
  'not-an-address': {
    en: 'This is not an address Sync Lens can read. Copy it from your browser’s address bar while your eCom admin is open, for example https://admin.myshop.com.',
    fr: 'Sync Lens ne peut pas lire cette adresse. Copiez-la depuis la barre d’adresse de votre navigateur quand l’administration eCom est ouverte, par exemple https://admin.maboutique.com.',
  },
  'not-https': {
    en: 'An eCom admin is served over https: type the address that starts with https://.',
    fr: 'Une administration eCom est servie en https : saisissez l’adresse qui commence par https://.',
  },
  'already-known': {
    en: 'Sync Lens already works at this address: there is nothing to add.',
    fr: 'Sync Lens fonctionne déjà à cette adresse : il n’y a rien à ajouter.',
  },
  'not-allowed': {
    en: 'The browser did not let Sync Lens run at this address. Click Add again and allow it when the browser asks.',
    fr: 'Le navigateur n’a pas autorisé Sync Lens à fonctionner à cette adresse. Cliquez de nouveau sur Ajouter et acceptez quand le navigateur le demande.',
  },
};
