import type { overlay as english } from '../en/overlay.ts';

export const overlay: Record<keyof typeof english, string> = {
  'overlay.label': 'Sync Lens : état de synchronisation des catégories',
  'overlay.loading': 'Sync Lens lit l’état de cette boutique…',
  'overlay.active': 'Sync Lens {version} est actif sur cette page.',
  'overlay.notConnected':
    'Connectez vos boutiques Retail POS et eCom dans Sync Lens pour voir ici l’état de synchronisation de chaque catégorie.',
  'overlay.connectedEcomOnly':
    'eCom est connecté. Connectez aussi Retail POS pour voir les catégories pas encore arrivées et l’ordre de Retail.',
  'overlay.connectedBoth': 'Retail POS et eCom sont connectés.',
  'overlay.unreachable':
    'Sync Lens n’a pas pu joindre son service d’arrière-plan ({reason}). Rechargez la page ; si cela se reproduit, désactivez puis réactivez l’extension dans la page des extensions de votre navigateur.',
};
