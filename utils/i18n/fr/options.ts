import type { options as english } from '../en/options.ts';

export const options: Record<keyof typeof english, string> = {
  'options.title': 'Sync Lens : connectez vos boutiques',
  'options.intro':
    'Connectez votre boutique eCom, puis votre compte Retail POS. Sync Lens explique alors chaque catégorie sur la page des catégories de votre administration eCom. Vos jetons restent dans ce navigateur et ne vont qu’aux services de Lightspeed.',

  'options.ecom.heading': '1. Votre boutique eCom (E-Series)',
  'options.ecom.notConnected': 'Pas encore connectée.',
  'options.ecom.connected': 'Connectée à la boutique {storeId}.',
  'options.ecom.connectedReadOnly':
    'Connectée à la boutique {storeId} avec un jeton public : Sync Lens ne voit que les catégories et produits activés, donc une catégorie encore désactivée dans eCom (toute catégorie nouvellement synchronisée) apparaît comme pas encore dans eCom, et il ne peut rien modifier. Connectez-vous avec le jeton secret pour voir toutes les catégories et les activer.',
  'options.ecom.guideSummary': 'Où trouver l’identifiant de la boutique et le jeton ?',
  'options.ecom.guide1':
    'Dans votre administration eCom, ouvrez Applications → Mes applications et créez une application personnalisée (dans l’administration Ecwid : la page « develop apps »).',
  'options.ecom.guide2':
    'Donnez-lui les autorisations read_catalog et update_catalog (et create_catalog si vous utiliserez le mode Synchroniser).',
  'options.ecom.guide3':
    'Ouvrez le détail de l’application et copiez l’identifiant de la boutique et le jeton secret (il commence par secret_). Le jeton public (public_…) fonctionne aussi, mais il ne voit que les catégories activées et ne modifie rien.',
  'options.ecom.storeId': 'Identifiant de la boutique',
  'options.ecom.storeIdHint': 'Le nombre après /store/ dans l’adresse de votre administration eCom.',
  'options.ecom.token': 'Jeton d’API',
  'options.ecom.tokenHint': 'secret_… pour consulter et agir, public_… pour consulter seulement.',
  'options.ecom.writesChecked':
    'La connexion vérifie le jeton par une vraie lecture. S’il peut aussi modifier le catalogue (update_catalog), votre première action le vérifie, et vous dit s’il manque l’autorisation.',
  'options.ecom.apiBase': 'Adresse de l’API eCom',
  'options.ecom.submit': 'Vérifier et connecter',
  'options.ecom.replace': 'Vérifier et remplacer',

  'options.advanced': 'Avancé : adresses des API',
  'options.checking': 'Vérification par un vrai appel…',

  'options.reading': 'Lecture de vos boutiques… quelques secondes, plus pour un grand catalogue.',
  'options.read':
    'Lu {time} : {categories}. Tout juste arrivées et encore désactivées : {new} · en attente d’arrivée : {pending} · en ligne : {live}.',
  'options.openAdmin': 'Ouvrir votre page des catégories',

  'options.retail.heading': '2. Votre compte Retail POS (R-Series)',
  'options.retail.without':
    'Recommandé. Sans Retail POS, Sync Lens travaille avec les données d’eCom (quelles catégories viennent de Retail POS, et leur référence Retail), mais ne peut connaître ni les catégories encore en route vers eCom, ni l’ordre de Retail POS.',
  'options.retail.notConnected': 'Pas connecté.',
  'options.retail.connectedOAuth':
    'Connecté au compte Retail POS « {account} » par identification. Sync Lens renouvelle l’accès tout seul.',
  'options.retail.connectedToken':
    'Connecté au compte Retail POS « {account} » avec un jeton d’accès collé. Il cesse de fonctionner quand Lightspeed y met fin (en général en moins d’une heure) : identifiez-vous avec Lightspeed pour rester connecté.',
  'options.retail.oauthHeading': 'S’identifier avec Lightspeed (recommandé)',
  'options.retail.oauthExplain':
    'La page de Lightspeed s’ouvre : identifiez-vous comme employé de la boutique et autorisez l’accès. Sync Lens peut alors lire l’inventaire (catégories et articles) et garde cet accès de lui-même. Aucun client d’API à vous n’est nécessaire.',
  'options.retail.noOwnClient':
    'Cette version de Sync Lens a été construite sans client Lightspeed à elle (aucun identifiant de client n’a été donné à sa construction) : elle ne peut pas vous identifier en un clic. Identifiez-vous avec votre propre client d’API Lightspeed sous « Avancé », ou collez un jeton d’accès.',
  'options.retail.advanced': 'Avancé : votre propre client d’API et les adresses des API',
  'options.retail.ownClientHeading': 'Votre propre client d’API Lightspeed',
  'options.retail.ownClientExplain':
    'Seulement si vous préférez un client d’API à vous, enregistré dans le portail développeur de Lightspeed : saisissez son identifiant et son secret, puis identifiez-vous. Ils restent dans ce navigateur ; le secret ne va qu’au service d’identification de Lightspeed. Laissez l’identifiant vide pour vous identifier comme Sync Lens.',
  'options.retail.redirect': 'URI de redirection à enregistrer dans votre client d’API :',
  'options.retail.clientId': 'Identifiant du client',
  'options.retail.clientSecret': 'Secret du client',
  'options.retail.clientSecretSaved': 'Enregistré : laissez vide pour le garder',
  'options.retail.authBase': 'Adresse d’identification Lightspeed',
  'options.retail.apiBase': 'Adresse de l’API Retail POS',
  'options.retail.signIn': 'S’identifier avec Lightspeed',
  'options.retail.signingIn': 'En attente de vous dans la fenêtre de Lightspeed…',
  'options.retail.tokenHeading': 'Ou collez un jeton d’accès',
  'options.retail.token': 'Jeton d’accès',
  'options.retail.accountId': 'Identifiant du compte (facultatif)',
  'options.retail.accountIdHint': 'Vide : le compte du jeton.',
  'options.retail.tokenSubmit': 'Vérifier et connecter',

  'options.sandbox.heading': 'Bac à sable local',
  'options.sandbox.explain':
    'Pour essayer Sync Lens sans vraie boutique : démarrez le bac à sable avec npm start, puis connectez-y les deux boutiques en un clic.',
  'options.sandbox.url': 'Adresse du bac à sable',
  'options.sandbox.submit': 'Se connecter au bac à sable local',

  'options.settings.heading': '3. Comment Sync Lens travaille',
  'options.mode.label': 'Mode de travail',
  'options.mode.watch': 'Observer (recommandé)',
  'options.mode.watchHelp':
    'La synchronisation de Lightspeed envoie les catégories de Retail POS vers eCom. Sync Lens lit les deux, explique chaque catégorie, et ne modifie rien sans que vous cliquiez sur une action.',
  'options.mode.sync': 'Synchroniser',
  'options.mode.syncHelp':
    'Pour les boutiques dont la synchronisation Lightspeed est coupée : à chaque actualisation, Sync Lens crée lui-même les catégories manquantes (désactivées, comme Lightspeed), et remet noms, emplacements, ordre et produits en accord avec Retail POS. Il ne supprime rien et ne touche jamais à ce qui vous appartient dans eCom (description, image, activation, catégories propres à la boutique en ligne).',
  'options.mode.syncReadOnly': 'Synchroniser demande le jeton secret.',
  'options.refresh.label': 'Relire les deux boutiques',
  'options.refresh.every': 'toutes les {minutes} minutes',
  'options.refresh.hours': 'toutes les {hours} heures',
  'options.refresh.hour': 'toutes les heures',
  'options.language.label': 'Langue',
  'options.language.auto': 'La langue du navigateur',
  'options.language.en': 'Anglais (English)',
  'options.language.fr': 'Français',
  'options.saved': 'Enregistré.',
  'options.switched.forgotWatch':
    'Une autre boutique ou un autre compte est connecté : Sync Lens est revenu au mode Observer et a oublié les tâches et l’historique de la boutique d’avant. Choisissez de nouveau Synchroniser si la synchronisation Lightspeed de cette boutique est arrêtée.',
  'options.switched.forgot':
    'Une autre boutique ou un autre compte est connecté : Sync Lens a oublié les tâches et l’historique de la boutique d’avant.',
  'options.switched.watch':
    'Sync Lens est revenu au mode Observer : Synchroniser écrit de lui-même dans la boutique, choisissez-le donc de nouveau pour la boutique et le compte connectés maintenant.',

  'options.activity.heading': 'Ce que Sync Lens a fait',
  'options.activity.explain':
    'Du plus récent au plus ancien. Sync Lens lit les deux boutiques toutes les quelques minutes, et après chaque action.',
  'options.activity.empty': 'Rien pour l’instant.',
  'options.activity.read.once': 'Boutiques lues : {categories}.',
  'options.activity.read.times': 'Boutiques lues {times} fois depuis {since} : {categories}.',
  'options.activity.readFailed': 'Lecture des boutiques impossible : {error}',
  'options.activity.job.enable-categories': 'Catégories activées',
  'options.activity.job.disable-categories': 'Catégories désactivées',
  'options.activity.job.enable-products': 'Produits activés',
  'options.activity.job.disable-products': 'Produits désactivés',
  'options.activity.job.sync': 'Synchronisation à sens unique',
  'options.activity.undo.disable-categories': 'Activation des catégories annulée',
  'options.activity.undo.disable-products': 'Activation des produits annulée',
  'options.activity.jobLine': '{action} : {counts}.',
  'options.activity.status.cancelled': 'Annulé.',
  'options.activity.status.failed': 'Arrêté sur une erreur.',
  'options.activity.refused.one':
    'eCom a refusé une modification qu’il refusera encore ({names}) : les synchronisations automatiques la laissent désormais de côté, jusqu’à ce qu’elle change dans Retail POS ou que vous lanciez vous-même une synchronisation.',
  'options.activity.refused.other':
    'eCom a refusé {count} modifications qu’il refusera encore ({names}) : les synchronisations automatiques les laissent désormais de côté, jusqu’à ce qu’elles changent dans Retail POS ou que vous lanciez vous-même une synchronisation.',
  'options.forget.heading': 'Oublier cette boutique',
  'options.forget.explain':
    'Met fin à la connexion de Sync Lens chez Lightspeed, puis retire de ce navigateur chaque jeton, votre client d’API Lightspeed et chaque donnée que Sync Lens garde sur vos boutiques. Rien d’autre ne change dans eCom ni dans Retail POS. La langue et l’intervalle d’actualisation restent ; le mode revient à Observer.',
  'options.forget.button': 'Oublier cette boutique',
  'options.forget.confirm': 'Retirer maintenant chaque jeton et chaque donnée ?',
  'options.forget.yes': 'Oui, l’oublier',
  'options.forget.cancel': 'Annuler',
  'options.forget.done': 'Oubliée : Sync Lens ne garde plus aucun jeton ni aucune donnée.',
  'options.forget.doneRevoked':
    'Oubliée : Sync Lens a mis fin à sa connexion chez Lightspeed, et ne garde plus aucun jeton ni aucune donnée.',
  'options.forget.notRevoked':
    'Oubliée dans ce navigateur : Sync Lens ne garde plus aucun jeton ni aucune donnée. Mais Lightspeed n’a pas pu être joint pour mettre fin à la connexion de Sync Lens chez lui : elle cesse d’elle-même après 30 jours sans usage.',

  'options.connected': 'Connecté.',
  'options.input.storeId':
    'L’identifiant de la boutique est un nombre, comme 1234567 : celui qui suit /store/ dans l’adresse de votre administration eCom.',
  'options.input.token': 'Collez le jeton en entier, d’un seul mot.',
  'options.input.client': 'Saisissez l’identifiant et le secret de votre client d’API Lightspeed.',

  'options.error.permission-needed':
    'Sync Lens a besoin de votre permission pour joindre {host}. Cliquez à nouveau et choisissez Autoriser quand le navigateur le demande.',
  'options.error.permission-impossible': 'Cette version de Sync Lens ne peut pas joindre {host}.',
  'options.error.bad-address':
    'Cette adresse ne convient pas : elle doit commencer par https:// (http:// seulement pour cet ordinateur).',
  'options.error.ecom-token':
    'eCom a refusé ce jeton (401) : il est mal copié, ou il a été révoqué. Dans l’administration eCom, ouvrez Applications → Mes applications, ouvrez le détail de votre application personnalisée, copiez à nouveau le jeton secret et collez-le ici.',
  'options.error.ecom-store':
    'eCom n’a pas de boutique {storeId} (404). Vérifiez l’identifiant : c’est le nombre après /store/ dans l’adresse de votre administration eCom, aussi affiché dans le détail de votre application personnalisée.',
  'options.error.ecom-scope':
    'eCom ne laisse pas ce jeton lire le catalogue de la boutique {storeId} (403). Donnez à votre application personnalisée l’autorisation read_catalog (et update_catalog pour modifier), ou vérifiez que le jeton et l’identifiant sont ceux de la même boutique.',
  'options.error.ecom-unreachable': 'Sync Lens n’a pas pu joindre eCom : {message}',
  'options.error.retail-token':
    'Retail POS a refusé ce jeton d’accès (401) : il est mal copié, expiré (il dure environ une heure) ou révoqué. Identifiez-vous plutôt avec Lightspeed, ce qui garde Sync Lens connecté.',
  'options.error.retail-account':
    'Ce jeton ne donne pas accès à ce compte Retail POS. Laissez l’identifiant du compte vide pour utiliser le compte du jeton.',
  'options.error.retail-scope':
    'Retail POS ne laisse pas ce jeton lire le compte (403). Identifiez-vous en tant qu’employé avec des droits sur l’inventaire (autorisation employee:inventory ou employee:all).',
  'options.error.retail-unreachable': 'Sync Lens n’a pas pu joindre Retail POS : {message}',
  'options.error.oauth-cancelled':
    'La fenêtre de Lightspeed s’est fermée avant que l’accès soit accordé. Réessayez ; si elle affichait une erreur alors que vous utilisiez votre propre client d’API, vérifiez que son URI de redirection est {redirect}',
  'options.error.oauth-denied':
    'L’accès n’a pas été accordé sur la page de Lightspeed : Retail POS n’est pas connecté.',
  'options.error.oauth-state-mismatch':
    'La réponse de Lightspeed n’appartenait pas à cette identification : Sync Lens l’a ignorée. Réessayez.',
  'options.error.oauth-bad-client':
    'Lightspeed n’accepte pas ce client d’API : vérifiez son identifiant et son secret, puis identifiez-vous à nouveau.',
  'options.error.oauth-own-client':
    'Lightspeed ne connaît pas le client avec lequel cette version de Sync Lens s’identifie. Identifiez-vous avec votre propre client d’API Lightspeed sous « Avancé », ou collez un jeton d’accès.',
  'options.error.oauth-expired-grant': 'Lightspeed n’accepte plus cette identification. Identifiez-vous à nouveau.',
  'options.error.oauth-unreachable':
    'Sync Lens n’a pas pu joindre le service d’identification de Lightspeed. Réessayez dans quelques minutes.',
  'options.error.oauth-malformed':
    'Le service d’identification de Lightspeed a répondu quelque chose que Sync Lens ne sait pas lire. Réessayez.',
  'options.error.sandbox-unreachable':
    'Aucun bac à sable n’a répondu à {url}. Démarrez-le avec npm start, et vérifiez l’adresse.',
  'options.error.sandbox-not-local':
    'Le bac à sable tourne sur cet ordinateur : son adresse commence par http://127.0.0.1: ou http://localhost:.',
  'options.error.read-only': 'Il faut pour cela le jeton secret de la boutique : reconnectez-vous avec lui.',
  'options.error.other': 'Cela n’a pas marché : {message}',
};
