import type { Said } from '../said.ts';

/**
 * Why the background answers nothing about the store on another store's admin page: the overlay shows this in
 * the page's language, and offers nothing there.
 */
export function otherStoreSaid(connectedStoreId: number, pageStoreId: number | null): Said {
  if (pageStoreId === null) {
    return {
      en: `Sync Lens is connected to eCom store ${connectedStoreId}, and cannot tell that this page is that store’s admin. It shows nothing and changes nothing here.`,
      fr: `Sync Lens est connecté à la boutique eCom ${connectedStoreId} et ne peut pas savoir si cette page est l’administration de cette boutique. Il n’affiche et ne modifie rien ici.`,
    };
  }
  return {
    en: `This is the admin of eCom store ${pageStoreId}, but Sync Lens is connected to store ${connectedStoreId}. It shows nothing and changes nothing here. To use it with this store, connect this store in Sync Lens’s options.`,
    fr: `Vous êtes dans l’administration de la boutique eCom ${pageStoreId}, mais Sync Lens est connecté à la boutique ${connectedStoreId}. Il n’affiche et ne modifie rien ici. Pour l’utiliser avec cette boutique, connectez-la dans les réglages de Sync Lens.`,
  };
}
