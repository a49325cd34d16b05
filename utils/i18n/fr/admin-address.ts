import type { adminAddress as english } from '../en/admin-address.ts';

/** « Mon administration eCom est à une autre adresse », dans les réglages. */
export const adminAddress: Record<keyof typeof english, string> = {
  'options.adminAddress.heading': 'Mon administration eCom est à une autre adresse',
  'options.adminAddress.explain':
    'Sync Lens fonctionne dans l’administration eCom sur my.ecwid.com et my.business.shop. Si la vôtre s’ouvre à une autre adresse (certaines boutiques ont la leur), ajoutez-la ici : Sync Lens y explique alors aussi vos catégories. Le navigateur vous demande de l’autoriser.',
  'options.adminAddress.label': 'Adresse de votre administration',
  'options.adminAddress.placeholder': 'https://admin.maboutique.com',
  'options.adminAddress.add': 'Ajouter',
  'options.adminAddress.listLabel': 'Autres adresses de votre administration',
  'options.adminAddress.remove': 'Retirer {origin}',
  'options.adminAddress.added':
    'Ajoutée : ouvrez votre administration à {origin} (ou rechargez-la) et Sync Lens y est.',
  'options.adminAddress.removed': 'Retirée : Sync Lens ne fonctionne plus à {origin}.',
};
