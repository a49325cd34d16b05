import type { Said } from '../said.ts';

/**
 * Why the merchant's choice of a category's Retail counterpart (utils/engine/link-choice.ts) was not taken, in
 * both languages: each says what happened and what to do.
 */

export const CHOICE_NEEDS_RETAIL: Said = {
  en: 'Sync Lens has not read Retail yet, so it has no Retail category to offer. Connect Retail POS in Sync Lens’s options, let it read both stores, then choose again.',
  fr: 'Sync Lens n’a pas encore lu Retail : il n’a donc aucune catégorie Retail à proposer. Connectez Retail POS dans les réglages de Sync Lens, laissez-le lire les deux boutiques, puis choisissez de nouveau.',
};

export const CHOICE_ECOM_GONE: Said = {
  en: 'This category is no longer in eCom as Sync Lens last read it. Refresh, then choose again if it is still there.',
  fr: 'Cette catégorie n’est plus dans eCom d’après la dernière lecture de Sync Lens. Actualisez, puis choisissez de nouveau si elle y est encore.',
};

export const CHOICE_NOT_LIGHTSPEEDS: Said = {
  en: 'This category was made in eCom, not by Lightspeed’s sync, so it cannot be a Retail category’s copy. Nothing was changed.',
  fr: 'Cette catégorie a été créée dans eCom, pas par la synchronisation Lightspeed : elle ne peut pas être la copie d’une catégorie Retail. Rien n’a été modifié.',
};

export const CHOICE_NOT_OPEN: Said = {
  en: 'This category is already linked to its Retail category on evidence Sync Lens trusts, so there is nothing to settle. Nothing was changed.',
  fr: 'Cette catégorie est déjà reliée à sa catégorie Retail par des indices sûrs : il n’y a rien à trancher. Rien n’a été modifié.',
};

export const CHOICE_RETAIL_GONE: Said = {
  en: 'This Retail category is no longer in Retail as Sync Lens last read it. Refresh, then choose again.',
  fr: 'Cette catégorie Retail n’est plus dans Retail d’après la dernière lecture de Sync Lens. Actualisez, puis choisissez de nouveau.',
};

export function choiceRetailTaken(retailPath: string, ecomName: string): Said {
  return {
    en: `“${retailPath}” in Retail is already linked to “${ecomName}” in eCom. Open that category and undo its link first if it is the wrong one. Nothing was changed.`,
    fr: `« ${retailPath} » dans Retail est déjà reliée à « ${ecomName} » dans eCom. Ouvrez cette catégorie et annulez d’abord son lien s’il est faux. Rien n’a été modifié.`,
  };
}
