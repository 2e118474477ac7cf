/** French messages for the personal welcome a newcomer to a linked team receives (workshop 3's welcome ritual). */
export const welcomeFr = {
  'welcome.newcomer.title': 'Bienvenue dans {community} !',
  'welcome.newcomer.intro': 'Vous venez de rejoindre l’équipe de la communauté {community}. Voici l’essentiel pour bien commencer.',
  'welcome.newcomer.message': 'Le mot de l’animation',
  'welcome.newcomer.charter': 'Notre raison d’être',
  'welcome.newcomer.charterPending': 'La communauté écrit encore sa charte : vous pourrez y contribuer dans l’onglet.',
  'welcome.newcomer.meeting': 'Prochaine rencontre',
  'welcome.newcomer.meeting.whenSeries': '{series} : {date}',
  'welcome.newcomer.meeting.none': 'La date de la prochaine rencontre n’est pas encore fixée.',
  'welcome.newcomer.open': 'Découvrir la communauté',
};
