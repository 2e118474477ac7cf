/** French messages for linking a channel to a community from the bot's welcome card. */
export const channelLinkFr = {
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
} as const;
