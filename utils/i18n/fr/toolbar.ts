import type { toolbar as english } from '../en/toolbar.ts';

/** Le titre de l’icône dans la barre d’outils, la notification à l’arrivée de catégories, et son réglage. */
export const toolbar: Record<keyof typeof english, string> = {
  'toolbar.calm': 'Sync Lens : rien ne vous attend dans eCom.',
  'toolbar.notConnected': 'Sync Lens : aucune boutique n’est encore connectée.',
  'toolbar.arrived.one': '{count} catégorie arrivée de Retail POS est encore désactivée',
  'toolbar.arrived.other': '{count} catégories arrivées de Retail POS sont encore désactivées',
  'toolbar.changes.one':
    '{count} changement dans Retail POS n’apparaît pas encore dans eCom (le mode Synchroniser l’apporte)',
  'toolbar.changes.other':
    '{count} changements dans Retail POS n’apparaissent pas encore dans eCom (le mode Synchroniser les apporte)',
  'toolbar.both': '{arrived} ; {changes}',
  'toolbar.waiting': 'Sync Lens : {what}.',
  'toolbar.failed':
    'Sync Lens n’a pas pu lire vos boutiques : il ne peut donc pas dire ce qui vous attend. {problem} Cliquez ensuite sur Actualiser dans le menu de Sync Lens.',
  'note.arrived.one': '{count} catégorie est arrivée de Retail POS et est encore désactivée.',
  'note.arrived.other': '{count} catégories sont arrivées de Retail POS et sont encore désactivées.',
  'note.arrivedHelp': 'Vos clients ne les voient pas tant que vous ne les activez pas dans eCom.',
  'note.open': 'Ouvrir la page des catégories',
  'options.notes.label': 'Me prévenir quand des catégories arrivent de Retail POS',
  'options.notes.help':
    'Une notification du navigateur, une fois par arrivée, qui ouvre votre page des catégories. Désactivé par défaut ; le navigateur vous demande d’autoriser les notifications.',
  'options.notes.refused':
    'Le navigateur n’a pas autorisé les notifications : Sync Lens n’en affiche donc aucune. Cochez de nouveau la case pour qu’il vous le redemande.',
};
