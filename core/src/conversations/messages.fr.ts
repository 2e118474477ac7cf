/** French messages for linking a channel to a community: the welcome card and the tab configuration. */
export const conversationsFr = {
  'link.start': 'Relier ce canal à une communauté',
  'link.title': 'Relier ce canal à une communauté',
  'link.intro': 'Les sondages, les rituels et les résultats de la communauté choisie seront publiés ici.',
  'link.choose': 'Communauté',
  'link.new': 'Créer une nouvelle communauté',
  'link.newName': 'Nom de la nouvelle communauté',
  'link.submit': 'Relier',
  'link.none': 'Vous n’animez encore aucune communauté : donnez un nom pour en créer une.',
  'link.done': 'Ce canal est maintenant relié à « {name} ».',
  'link.open': 'Ouvrir la communauté',
  'link.error.personal': 'Reliez plutôt un canal d’équipe ou une conversation de groupe : ouvrez Élan dans l’équipe de la communauté.',
  'link.error.name': 'Donnez un nom de 1 à 60 caractères à la nouvelle communauté.',
  'link.error.notFacilitator': 'Seule l’animation de cette communauté peut y relier un canal.',
  'link.error.retry': 'Le canal n’a pas pu être relié. Réessayez dans un instant.',
  'link.as': 'Ce canal sera',
  'link.as.community': 'Le canal de la communauté : les membres de l’équipe en deviennent membres, et tout y est publié',
  'link.as.network':
    'Un canal de son réseau élargi : il reçoit seulement les résumés publics des carnets approuvés, personne n’y devient membre',
  'link.doneNetwork': 'Ce canal fait maintenant partie du réseau élargi de « {name} » : il recevra ses résumés publics.',
  'link.error.networkNew': 'Choisissez une communauté existante pour ajouter ce canal à son réseau élargi.',

  'bot.welcome.title': 'Bienvenue dans Élan',
  'bot.welcome.body':
    'Élan accompagne votre communauté de pratique en six ateliers : identité, problème et projet, rituels, décisions, écosystème et impact. Ouvrez l’onglet pour commencer.',
  'bot.welcome.openTab': 'Ouvrir Élan',
  'tab.config.title': 'Relier ce canal à une communauté',
  'tab.config.intro':
    'Choisissez la communauté de pratique dont ce canal est le lieu de rencontre. Élan y publiera les sondages, les rituels et les rappels.',
  'tab.config.choose': 'Communautés que vous animez',
  'tab.config.none': 'Vous n’animez encore aucune communauté. Créez-en une dans l’onglet personnel Élan, puis revenez ici.',
  'tab.config.linkFailed': 'Le canal n’a pas pu être relié. Vérifiez que l’application Élan est installée dans l’équipe, puis réessayez.',
  'tab.config.previewNote':
    'Aperçu local : dans Teams, le bouton Enregistrer de Teams relie le canal. Ici, vous pouvez ouvrir la communauté choisie.',
  'tab.config.open': 'Ouvrir la communauté',
  'network.error.conversation': 'Indiquez la conversation à ajouter au réseau élargi.',
  'network.error.personal': 'Une conversation personnelle ne peut pas faire partie du réseau élargi.',
  'network.error.alreadyLinked': 'Ce canal est déjà celui de la communauté : il reçoit déjà toutes ses nouvelles.',
} as const;
