import type { overlayOffline as english } from '../en/overlay-offline.ts';

export const overlayOffline: Record<keyof typeof english, string> = {
  'overlay.label': 'Sync Lens : état de synchronisation des catégories',
  'overlay.active': 'Sync Lens {version} est actif sur cette page.',
  'overlay.noAnswer': 'pas de réponse',
  'overlay.unreachable':
    'Sync Lens n’a pas pu joindre son service d’arrière-plan ({reason}). Rechargez la page ; si cela se reproduit, désactivez puis réactivez l’extension dans la page des extensions de votre navigateur.',
};
