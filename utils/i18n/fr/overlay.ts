import type { overlay as english } from '../en/overlay.ts';

/** Les mots de l’overlay de l’admin, en français (mêmes clés que en/overlay.ts). */
export const overlay: Record<keyof typeof english, string> = {
  'overlay.loading': 'Sync Lens lit l’état de cette boutique…',
  'overlay.notConnected':
    'Connectez vos boutiques Retail POS et eCom dans Sync Lens pour voir ici l’état de synchronisation de chaque catégorie.',
  'overlay.otherStore.options': 'Ouvrir les réglages de Sync Lens',
  'overlay.connectedEcomOnly':
    'eCom est connecté. Connectez aussi Retail POS pour voir les catégories pas encore arrivées et l’ordre de Retail.',

  'overlay.readAt': 'Lu {time}',
  'overlay.readAtTitle': 'Retail POS et eCom ont été lus le {date}.',
  'overlay.readNever': 'Pas encore lu',
  'overlay.readOnly':
    'Connecté avec un jeton public : eCom lui cache les catégories et produits désactivés, donc une catégorie encore désactivée apparaît comme en route depuis Retail, et rien ne peut être modifié. Connectez-vous avec le jeton secret dans les réglages de Sync Lens.',
  'overlay.refreshing': 'Lecture de Retail POS et d’eCom…',
  'overlay.refresh': 'Vérifier à nouveau',
  'overlay.refreshFailed': 'Lecture des boutiques impossible ({reason}). Ce que vous voyez a été lu avant.',
  'overlay.allLive': 'Rien de Retail POS n’attend votre action.',
  'overlay.counts': 'Où en sont vos catégories',

  'overlay.chip.new.one': '{count} nouvelle, encore désactivée',
  'overlay.chip.new.other': '{count} nouvelles, encore désactivées',
  'overlay.chip.pending.one': '{count} en route depuis Retail',
  'overlay.chip.pending.other': '{count} en route depuis Retail',
  'overlay.chip.drift.one': '{count} modifiée dans Retail',
  'overlay.chip.drift.other': '{count} modifiées dans Retail',
  'overlay.chip.disabled.one': '{count} désactivée dans eCom',
  'overlay.chip.disabled.other': '{count} désactivées dans eCom',
  'overlay.chip.orphaned.one': '{count} absente de Retail',
  'overlay.chip.orphaned.other': '{count} absentes de Retail',
  'overlay.chip.hiddenProducts.one': '{count} produit masqué dans une catégorie en ligne',
  'overlay.chip.hiddenProducts.other': '{count} produits masqués dans des catégories en ligne',

  'overlay.action.enableNew.one': 'Activer {count} nouvelle catégorie',
  'overlay.action.enableNew.other': 'Activer {count} nouvelles catégories',
  'overlay.action.enableProducts.one': 'Activer {count} produit',
  'overlay.action.enableProducts.other': 'Activer {count} produits',
  'overlay.action.showJob': 'Voir l’avancement',
  'overlay.action.help': 'Aide',

  'overlay.status.pending': 'En route',
  'overlay.status.new': 'Nouvelle',
  'overlay.status.live': 'Visible',
  'overlay.status.disabled': 'Désactivée',
  'overlay.status.drift': 'Modifiée dans Retail',
  'overlay.status.orphaned': 'Absente de Retail',
  'overlay.status.online-only': 'En ligne uniquement',
  'overlay.status.ambiguous': 'Impossible à dire',
  'overlay.meaning.pending':
    'Dans Retail POS, pas encore dans eCom : la prochaine synchronisation de Lightspeed l’amènera ici, désactivée.',
  'overlay.meaning.new':
    'Arrivée de Retail POS et encore désactivée, comme toute catégorie synchronisée : les clients ne la voient pas tant que vous ne l’activez pas.',
  'overlay.meaning.live': 'Vient de Retail POS et est activée : les clients la voient.',
  'overlay.meaning.disabled':
    'Vient de Retail POS ; elle a été en ligne, puis désactivée ici. L’activation groupée des nouvelles catégories n’y touche pas.',
  'overlay.meaning.drift':
    'Retail POS contient des changements qu’eCom n’affiche pas encore ; la prochaine synchronisation de Lightspeed les apportera.',
  'overlay.meaning.orphaned':
    'Elle vient de Retail POS, qui ne l’a plus. Sync Lens la laisse telle quelle : c’est à vous de décider.',
  'overlay.meaning.online-only':
    'Créée ici dans eCom et jamais envoyée à Retail POS : elle peut contenir des produits présents dans d’autres catégories et avoir des sous-catégories.',
  'overlay.meaning.ambiguous':
    'Plusieurs catégories pourraient être celle-ci (même nom ou même place, et rien d’autre ne les distingue). Sync Lens ne devine pas : il n’en modifie aucune et n’en crée pas de copie tant qu’il ne peut pas trancher.',
  'overlay.badge.label': 'État de synchronisation de {name} : {status}',

  'overlay.lock.tip': 'Verrouillée par Retail POS : cliquez pour voir ce qui est verrouillé et pourquoi.',
  'overlay.lock.heading': 'Pourquoi ce verrou',
  'overlay.lock.what':
    'Verrouillés ici : son nom, sa place dans l’arborescence des catégories et les produits qu’elle contient.',
  'overlay.lock.why':
    'Ils viennent de Retail POS, dans un seul sens : Retail les envoie à eCom et rien de ce qui change ici ne repart. Modifiez-les dans Retail POS.',
  'overlay.lock.yours':
    'À vous de les modifier ici : son image, sa description et sa disponibilité. La synchronisation ne les écrase jamais.',
  'overlay.lock.disable':
    'La désactiver ici la retire seulement de votre boutique en ligne : elle reste active dans Retail POS.',
  'overlay.lock.where': 'Pour la modifier dans Retail POS, ouvrez-y Inventaire > Catégories et cherchez « {path} ».',
  'overlay.lock.whereNoRetail':
    'Pour la modifier, ouvrez Retail POS, puis Inventaire > Catégories. Connectez Retail POS dans Sync Lens pour voir ici ses changements avant leur synchronisation.',

  'overlay.details.title': 'À propos de « {name} »',
  'overlay.details.close': 'Fermer',
  'overlay.details.path': 'Dans l’arborescence : {path}',
  'overlay.details.products': 'Produits activés : {enabled} sur {count}',
  'overlay.details.noProducts': 'Aucun produit',
  'overlay.details.pending':
    'Elle existe dans Retail POS mais pas encore dans eCom. La prochaine synchronisation de Lightspeed la crée ici, désactivée ; activez-la ensuite.',
  'overlay.link.chosen': 'Reliée à sa catégorie Retail par votre choix.',
  'overlay.link.remembered': 'Reliée à son équivalent Retail comme à la dernière lecture.',
  'overlay.link.id': 'Reliée à son équivalent Retail par l’identifiant qu’eCom garde pour lui.',
  'overlay.link.path': 'Reliée à sa catégorie Retail par la même place et le même nom.',
  'overlay.link.parent+name': 'Reliée à sa catégorie Retail par son nom sous le même parent.',
  'overlay.link.products': 'Reliée à sa catégorie Retail par les produits qu’elles ont en commun.',
  'overlay.link.sku': 'Relié à son article Retail par sa référence (SKU).',
  'overlay.link.name': 'Relié à son article Retail par son nom dans la même catégorie.',
  'overlay.link.first': 'Elle avait d’abord été trouvée {how}.',
  'overlay.linkBy.chosen': 'par votre choix',
  'overlay.linkBy.remembered': 'lors d’une lecture précédente',
  'overlay.linkBy.id': 'par l’identifiant qu’eCom garde pour elle',
  'overlay.linkBy.path': 'par la même place et le même nom',
  'overlay.linkBy.parent+name': 'par son nom sous le même parent',
  'overlay.linkBy.products': 'par les produits qu’elles ont en commun',
  'overlay.linkBy.sku': 'par sa référence (SKU)',
  'overlay.linkBy.name': 'par son nom dans la même catégorie',
  'overlay.details.candidates.one':
    '{count} correspondance possible de l’autre côté. Sync Lens ne choisit pas entre des égales : rien n’est modifié tant qu’il ne peut pas trancher.',
  'overlay.details.candidates.other':
    '{count} correspondances possibles de l’autre côté. Sync Lens ne choisit pas entre des égales : rien n’est modifié tant qu’il ne peut pas trancher.',
  'overlay.choice.heading': 'De quelle catégorie Retail s’agit-il ?',
  'overlay.choice.intro.ambiguous':
    'Les indices ne permettent pas de trancher : Sync Lens ne modifie donc rien ici. Si vous savez laquelle c’est, dites-le : Sync Lens retient votre choix.',
  'overlay.choice.intro.orphaned':
    'Si Retail POS l’a encore, sous un autre nom ou à une autre place, indiquez laquelle : Sync Lens retient votre choix.',
  'overlay.choice.label': 'Sa catégorie Retail',
  'overlay.choice.placeholder': 'Choisir…',
  'overlay.choice.likely': '{path} (même nom)',
  'overlay.choice.none': 'Aucune : Retail POS n’a pas cette catégorie',
  'overlay.choice.preview.pair':
    'Sync Lens traitera « {name} » comme la copie de « {path} » dans Retail POS : son état, son verrou et chaque synchronisation suivront désormais cette catégorie.',
  'overlay.choice.preview.none':
    'Sync Lens traitera « {name} » comme une catégorie que Retail POS n’a plus, et la laissera telle quelle. Une catégorie Retail du même nom comptera alors comme pas encore dans eCom : la prochaine synchronisation (celle de Lightspeed, ou celle de Sync Lens en mode « Synchroniser ») en créera ici sa propre copie.',
  'overlay.choice.preview.local':
    'Rien n’est écrit dans vos boutiques : Sync Lens garde ce choix dans ce navigateur, et vous pouvez l’annuler ici.',
  'overlay.choice.confirm': 'Retenir ce choix',
  'overlay.choice.cancel': 'Annuler',
  'overlay.choice.failed': 'Sync Lens n’a pas pris ce choix en compte : {reason}',
  'overlay.choice.saidPair': 'Vous avez choisi sa catégorie Retail : « {path} ».',
  'overlay.choice.saidNone': 'Vous avez indiqué que Retail POS n’a pas de catégorie pour elle.',
  'overlay.choice.undo': 'Annuler mon choix',
  'overlay.drift.intro': 'Retail POS contient ce qu’eCom n’affiche pas encore :',
  'overlay.drift.name': 'Nom dans Retail : « {retail} » (eCom affiche « {ecom} »).',
  'overlay.drift.parent': 'Place dans Retail : sous {retail} (eCom l’affiche sous {ecom}).',
  'overlay.drift.topLevel': 'le premier niveau',
  'overlay.drift.quoted': '« {name} »',
  'overlay.drift.notInEcom': 'une catégorie pas encore dans eCom',
  'overlay.drift.order': 'Ordre dans Retail : position {retail} parmi ses voisines (eCom affiche la position {ecom}).',
  'overlay.drift.missing.one': '{count} produit y est dans Retail mais pas encore dans eCom.',
  'overlay.drift.missing.other': '{count} produits y sont dans Retail mais pas encore dans eCom.',
  'overlay.drift.extra.one': '{count} produit y est dans eCom mais n’y est plus dans Retail.',
  'overlay.drift.extra.other': '{count} produits y sont dans eCom mais n’y sont plus dans Retail.',
  'overlay.drift.next': 'La prochaine synchronisation de Lightspeed apporte ces changements : rien à faire ici.',
  'overlay.list.pending': 'En route depuis Retail POS',
  'overlay.list.drift': 'Modifiées dans Retail POS',
  'overlay.list.orphaned': 'Absentes de Retail POS',
  'overlay.list.disabled': 'Désactivées dans eCom',

  'overlay.help.title': 'Aide : les catégories de Retail POS',
  'overlay.help.close': 'Fermer l’aide',
  'overlay.help.source':
    'D’après l’article de Lightspeed « Synchronisation des catégories entre Retail POS (R-Series) et eCom (E-Series) ».',
  'overlay.help.q.why-disabled': 'Pourquoi ma catégorie est-elle désactivée ?',
  'overlay.help.a.why-disabled':
    'La synchronisation de Lightspeed crée chaque catégorie de Retail POS dans eCom en la désactivant, pour que rien n’apparaisse dans votre boutique avant que vous soyez prêt. Vous activez vous-même chacune une fois arrivée, et de nouveau pour chaque catégorie qu’apporte une synchronisation suivante.\n\nSync Lens signale ces catégories comme Nouvelles et les active toutes d’un coup, avec un aperçu avant et une annulation possible après.',
  'overlay.help.q.why-lock': 'Pourquoi un verrou sur ma catégorie ?',
  'overlay.help.a.why-lock':
    'Le cadenas signale une catégorie qui vient de Retail POS. Son nom, sa place dans l’arborescence et ses produits se gèrent dans Retail POS : la synchronisation va seulement de Retail vers eCom, c’est donc là-bas qu’il faut les modifier.\n\nVous pouvez tout de même lui donner ici une image et une description. Elles restent dans eCom : Retail POS ne les reçoit jamais et la synchronisation ne les remplace pas.',
  'overlay.help.q.where-products': 'Où sont passés mes produits ?',
  'overlay.help.a.where-products':
    'Un produit dont l’article n’a pas de catégorie dans Retail POS arrive dans la catégorie par défaut d’eCom, la Page de vitrine de la boutique, et s’affiche sur la page d’accueil de votre boutique. Donnez une catégorie à l’article dans Retail POS pour le déplacer.\n\nUn produit qui ne s’affiche nulle part est peut-être désactivé : activez-le dans Catalogue > Produits. Sync Lens repère les produits désactivés dans une catégorie activée et peut les activer ensemble.',
  'overlay.help.q.what-disabling-does': 'Que fait la désactivation d’une catégorie ?',
  'overlay.help.a.what-disabling-does':
    'Désactiver une catégorie dans eCom (Disponibilité > Désactiver) la retire de votre boutique en ligne, et rien de plus : elle reste active dans Retail POS, et la synchronisation ne la réactive pas.\n\nUne catégorie que vous avez désactivée après l’avoir mise en ligne n’est pas considérée comme nouvelle : l’activation groupée des nouvelles catégories n’y touche pas, sauf si vous la cochez.',
  'overlay.help.q.online-only': 'Que sont les catégories en ligne uniquement ?',
  'overlay.help.a.online-only':
    'Ce sont les catégories que vous créez dans eCom : Catalogue > Catégories, Ajouter une catégorie racine, saisissez un nom, Enregistrer. Elles ne partent jamais vers Retail POS.\n\nUn produit peut y figurer dans plusieurs catégories à la fois, et elles peuvent avoir des sous-catégories, ce que Retail POS ne permet pas. Utilisez-les à côté de vos catégories Retail, ou désactivez celles de Retail et organisez votre boutique avec les seules catégories en ligne.',
  'overlay.help.q.order': 'Pourquoi mes catégories sont-elles dans cet ordre ?',
  'overlay.help.a.order':
    'Les catégories de Retail POS gardent l’ordre d’affichage de Retail, dans l’admin eCom comme dans votre boutique. Pour changer l’ordre, changez-le dans Retail POS.',

  'overlay.preview.title': 'Activer les nouvelles catégories',
  'overlay.preview.intro':
    'Ces catégories sont arrivées de Retail POS et sont encore désactivées. Une fois activées, elles s’affichent dans votre boutique en ligne avec leurs produits activés.',
  'overlay.preview.category': 'Catégorie',
  'overlay.preview.products': 'Produits',
  'overlay.preview.merchantDisabled':
    'Non cochée : elle a été en ligne, puis désactivée dans eCom. Cochez-la pour la réactiver.',
  'overlay.preview.pendingNote.one':
    '{count} autre catégorie est en route depuis Retail POS : activez-la après la prochaine synchronisation de Lightspeed.',
  'overlay.preview.pendingNote.other':
    '{count} autres catégories sont en route depuis Retail POS : activez-les après la prochaine synchronisation de Lightspeed.',
  'overlay.preview.confirm.one': 'Activer {count} catégorie',
  'overlay.preview.confirm.other': 'Activer {count} catégories',
  'overlay.preview.nothingTicked': 'Cochez au moins une catégorie à activer.',
  'overlay.preview.empty': 'Aucune catégorie n’attend d’être activée.',
  'overlay.preview.cancel': 'Annuler',
  'overlay.preview.tickAll': 'Cocher toutes les nouvelles catégories',

  'overlay.productsPreview.title': 'Activer des produits',
  'overlay.productsPreview.intro':
    'Ces produits sont désactivés alors que leur catégorie est activée : les clients qui la parcourent ne les voient pas.',
  'overlay.productsPreview.product': 'Produit',
  'overlay.productsPreview.where': 'Catégorie Retail',
  'overlay.productsPreview.noCategory': 'Aucune : Page de vitrine de la boutique',
  'overlay.productsPreview.confirm.one': 'Activer {count} produit',
  'overlay.productsPreview.confirm.other': 'Activer {count} produits',
  'overlay.productsPreview.nothingTicked': 'Cochez au moins un produit à activer.',
  'overlay.productsPreview.empty': 'Aucun produit n’attend d’être activé.',

  'overlay.job.title.enable-categories': 'Activation des catégories',
  'overlay.job.title.disable-categories': 'Retour des catégories à leur état',
  'overlay.job.title.enable-products': 'Activation des produits',
  'overlay.job.title.disable-products': 'Retour des produits à leur état',
  'overlay.job.title.sync': 'Synchronisation',
  'overlay.job.progress': '{done} sur {total}',
  'overlay.job.progressLabel': 'Avancement',
  'overlay.job.running':
    'Cela se fait en arrière-plan : continuez à travailler, changez de page ou rechargez, cela continue et Sync Lens affiche où il en est.',
  'overlay.job.queued': 'Démarrage…',
  'overlay.job.retrying': 'eCom a demandé à Sync Lens de ralentir ; la suite arrive bientôt ({reason}).',
  'overlay.job.stop': 'Arrêter',
  'overlay.job.hide': 'Continuer à travailler',
  'overlay.job.details': 'Détails',
  'overlay.job.updating': 'Lecture du résultat dans eCom…',
  'overlay.job.doneTitle.enable-categories': 'Catégories activées',
  'overlay.job.doneTitle.disable-categories': 'Catégories remises en l’état',
  'overlay.job.doneTitle.enable-products': 'Produits activés',
  'overlay.job.doneTitle.disable-products': 'Produits remis en l’état',
  'overlay.job.doneTitle.sync': 'Synchronisation terminée',
  'overlay.job.cancelled': 'Arrêté. Ce qui a été fait avant l’arrêt reste fait.',
  'overlay.job.failed': 'La tâche s’est arrêtée : {reason}',
  'overlay.job.item.done.enable': 'Activé',
  'overlay.job.item.done.disable': 'Désactivé de nouveau',
  'overlay.job.item.failed': 'Échec : {reason}',
  'overlay.job.item.skipped': 'Ignoré : {reason}',
  'overlay.job.item.pending': 'Non fait',
  'overlay.job.undo': 'Annuler',
  'overlay.job.undoHint.categories':
    'Annuler désactive de nouveau exactement ces catégories ; elles redeviennent nouvelles.',
  'overlay.job.undoHint.products': 'Annuler désactive de nouveau exactement ces produits.',
  'overlay.job.close': 'Fermer',
  'overlay.job.startFailed': 'Démarrage impossible : {reason}',
  'overlay.job.undoFailed': 'Annulation impossible : {reason}',
  'overlay.job.label': 'Sync Lens : tâche en cours',

  'overlay.products.label': 'Sync Lens : produits',
  'overlay.products.hidden.one':
    '{count} produit est désactivé alors que sa catégorie est activée : les clients ne le voient pas.',
  'overlay.products.hidden.other':
    '{count} produits sont désactivés alors que leur catégorie est activée : les clients ne les voient pas.',
  'overlay.products.storefront.one':
    '{count} produit n’a pas de catégorie dans Retail POS : il s’affiche sur la Page de vitrine de la boutique.',
  'overlay.products.storefront.other':
    '{count} produits n’ont pas de catégorie dans Retail POS : ils s’affichent sur la Page de vitrine de la boutique.',
  'overlay.products.allGood': 'Tous les produits des catégories activées sont activés.',
  'overlay.badge.hidden': 'Masqué',
  'overlay.badge.hiddenTip':
    'Désactivé alors que sa catégorie est activée : les clients qui parcourent la catégorie ne le voient pas.',
  'overlay.badge.storefront': 'Page de vitrine',
  'overlay.badge.storefrontTip':
    'Son article n’a pas de catégorie dans Retail POS : eCom l’affiche sur la Page de vitrine de la boutique.',
  'overlay.badge.storefrontRow.one': '{count} sans catégorie Retail',
  'overlay.badge.storefrontRow.other': '{count} sans catégorie Retail',
  'overlay.badge.storefrontRowTip':
    'Les produits dont l’article n’a pas de catégorie dans Retail POS arrivent ici et s’affichent sur la page d’accueil de votre boutique. Cliquez pour savoir pourquoi.',

  'overlay.category.label': 'Sync Lens : cette catégorie',
  'overlay.category.retail':
    'Vient de Retail POS : son nom, sa place dans l’arborescence et ses produits sont verrouillés ici ; son image, sa description et sa disponibilité sont à vous.',
  'overlay.category.online': 'Catégorie en ligne uniquement : tout ici est à vous, et rien ne part vers Retail POS.',
  'overlay.category.hidden.one':
    '{count} de ses produits est désactivé : les clients qui la parcourent ne le voient pas.',
  'overlay.category.hidden.other':
    '{count} de ses produits sont désactivés : les clients qui la parcourent ne les voient pas.',
  'overlay.field.retail': 'Vient de Retail POS',
  'overlay.field.retailTip':
    'Modifiez-le dans Retail POS : la synchronisation envoie ici la valeur de Retail et la verrouille.',
  'overlay.field.yours': 'À vous',
  'overlay.field.yoursTip': 'Modifiez-le ici : il reste dans eCom et la synchronisation ne l’écrase jamais.',
  'overlay.field.availabilityTip':
    'À vous : la désactivation retire la catégorie de votre boutique, pas de Retail POS.',
  'overlay.field.online': 'En ligne uniquement',
  'overlay.field.onlineTip':
    'Cette catégorie a été créée dans eCom : chaque champ est à vous, et aucun ne part vers Retail POS.',

  'overlay.panel.label': 'Panneau Sync Lens',
  'overlay.panel.collapse': 'Replier le panneau Sync Lens',
  'overlay.panel.expand': 'Déplier le panneau Sync Lens',
  'overlay.panel.note':
    'Les badges dans la page sont désactivés ici : sa mise en page n’est pas une que Sync Lens connaît. Tout se trouve ici à la place.',
  'overlay.panel.explained.one':
    'Sync Lens a reconnu {count} ligne de cette page grâce à son catalogue et y a mis son badge ; une ligne qu’il ne peut reconnaître avec certitude n’en a pas.',
  'overlay.panel.explained.other':
    'Sync Lens a reconnu {count} lignes de cette page grâce à son catalogue et y a mis leurs badges ; une ligne qu’il ne peut reconnaître avec certitude n’en a pas.',
  'overlay.panel.unsure.one':
    '{count} ligne montre un nom que Sync Lens ne peut distinguer d’un autre : elle est listée ici.',
  'overlay.panel.unsure.other':
    '{count} lignes montrent des noms que Sync Lens ne peut distinguer d’autres : elles sont listées ici.',
  'overlay.outline.open': 'Aider Sync Lens à prendre en charge votre administration',
  'overlay.outline.intro':
    'Ce plan de la structure de la page (balises, rôles, noms de classes, imbrication) ne contient aucun texte, aucun identifiant et aucune adresse de votre boutique. Copiez-le et envoyez-le aux auteurs de Sync Lens : il leur montre comment votre administration dessine ses lignes.',
  'overlay.outline.label': 'Plan de la structure de cette page',
  'overlay.outline.copy': 'Copier',
  'overlay.outline.close': 'Fermer',
  'overlay.outline.copied': 'Copié.',
  'overlay.outline.select':
    'Cette page ne peut pas copier d’elle-même : le plan est sélectionné, appuyez sur Ctrl+C (⌘C sur un Mac).',
  'overlay.panel.categories': 'Catégories',
  'overlay.panel.products': 'Produits à examiner',
  'overlay.panel.filter': 'Afficher',
  'overlay.panel.filterAttention': 'Celles qui demandent votre attention',
  'overlay.panel.filterAll': 'Toutes les catégories',
  'overlay.panel.more': 'Afficher {count} de plus',
  'overlay.panel.nothing': 'Rien ne demande votre attention.',
};
