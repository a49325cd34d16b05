import type { Said } from '../said.ts';

/**
 * What a job says of its items and of itself, in both languages: the reasons on the merchant's result list, and
 * why a job stopped. The jobs (utils/jobs/, utils/engine/job-binding.ts) pick from here; nothing else words them.
 */

/** eCom gave a status and no words of its own for a failed change. */
export const ecomAnswered = (status: number): Said => ({
  en: `eCom answered ${status}.`,
  fr: `eCom a répondu ${status}.`,
});

/** "Not done: …" before why an item was not reached. */
export const notDoneBecause = (text: string, language: keyof Said): string =>
  language === 'fr' ? `Pas fait : ${text}` : `Not done: ${text}`;

/** Why an item was not done, when Sync Lens says it rather than eCom. */
export const STEP_REASONS = {
  parentNotCreated: {
    en: 'Its parent category could not be created.',
    fr: 'Sa catégorie parente n’a pas pu être créée.',
  },
  noResult: {
    en: 'eCom returned no result for this change.',
    fr: 'eCom n’a rendu aucun résultat pour cette modification.',
  },
  notRun: { en: 'eCom did not run this change.', fr: 'eCom n’a pas exécuté cette modification.' },
} satisfies Record<string, Said>;

/** What reading an item back before or after a change found. */
export const READ_BACK_REASONS = {
  alreadyEnabled: { en: 'Already enabled: nothing to do.', fr: 'Déjà activé : rien à faire.' },
  alreadyDisabled: { en: 'Already disabled: nothing to do.', fr: 'Déjà désactivé : rien à faire.' },
  gone: { en: 'No longer in eCom.', fr: 'N’est plus dans eCom.' },
} satisfies Record<string, Said>;

export const LIST_MOVED_DURING_READ_BACK: Said = {
  en: 'eCom’s category list changed while Sync Lens read it back, so what the last batch did is not known yet. Sync Lens will read it again shortly.',
  fr: 'La liste des catégories d’eCom a changé pendant que Sync Lens la relisait : on ne sait pas encore ce qu’a fait le dernier lot. Sync Lens la relira sous peu.',
};

export const STOPPED: Said = { en: 'Not done: stopped by you.', fr: 'Pas fait : arrêté par vous.' };

/** Why an item that eCom said it had done is counted as failed. */
export const UNCHANGED_AFTER_SYNC: Said = {
  en: 'eCom answered that it made this change, but the next read showed it unchanged: it is not sent again.',
  fr: 'eCom a répondu avoir fait cette modification, mais la lecture suivante la montre inchangée : elle n’est pas renvoyée.',
};

export const MADE_FOR_ANOTHER_PAIR: Said = {
  en: 'Not done: this job was made for another store or Retail POS account than the one connected now.',
  fr: 'Pas fait : cette tâche a été préparée pour une autre boutique ou un autre compte Retail POS que ceux connectés maintenant.',
};

export const REPLACED_WHILE_STARTING: Said = {
  en: 'Another store or account was being connected: nothing was started. Try again.',
  fr: 'Une autre boutique ou un autre compte était en cours de connexion : rien n’a été lancé. Réessayez.',
};

/** Before a batch, the category turned out to be one of several that could be the same Retail category. */
export const NOW_AMBIGUOUS: Said = {
  en: 'Not done: Sync Lens can no longer tell which Retail category this is (another could equally be it), so it changes nothing here.',
  fr: 'Pas fait : Sync Lens ne peut plus dire de quelle catégorie Retail il s’agit (une autre pourrait l’être aussi) : il n’y change rien.',
};

/** Before a batch, the category turned out to be another Retail category's copy than when the change was planned. */
export const LINK_CHANGED: Said = {
  en: 'Not done: this eCom category is now linked to another Retail category than when the change was planned. Read both stores again and look.',
  fr: 'Pas fait : cette catégorie eCom est maintenant reliée à une autre catégorie Retail qu’au moment où la modification a été prévue. Relisez les deux boutiques et vérifiez.',
};
