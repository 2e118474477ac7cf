/** French messages for communities: creating one, roles, the home and a community’s dashboard. */
export const communityFr = {
  'role.facilitator': 'Animation',
  'role.member': 'Membre',
  'role.sponsor': 'Commanditaire',

  'home.title': 'Mes communautés',
  'home.empty': "Vous ne faites partie d'aucune communauté pour l'instant.",
  'home.open': 'Ouvrir',
  'home.yourRole': 'Votre rôle : {role}',

  'community.create.title': 'Créer une communauté',
  'community.create.name': 'Nom de la communauté',
  'community.create.nameHint': '60 caractères au maximum',
  'community.create.language': 'Langue principale',
  'community.create.submit': 'Créer',
  'community.create.creating': 'Création…',
  'community.language.fr': 'Français',
  'community.language.en': 'Anglais',
  'tab.home.communities': 'Communautés dont je fais partie',
  'tab.home.meeting': 'En rencontre',
  'tab.home.panel': 'Panneau de rencontre (ordre du jour, minuterie, notes)',
  'tab.home.stage': 'Écran partagé (résumé ou résultats)',
  'tab.home.documents': 'Documents',
  'tab.home.openPolls': 'Sondages ouverts',
  'tab.home.noOpenPolls': 'Aucun sondage ouvert.',
  'tab.home.closes': 'se termine le {date}',
  'tab.home.decisions': 'Dernières décisions',
  'tab.home.noDecisions': 'Aucune décision consignée pour l’instant.',
  'tab.home.decision': 'Décision n° {n} : {question}',
  'tab.home.unavailable': 'Pas encore offert par le serveur.',
  'community.error.archived':
    'Cette communauté est archivée : tout reste lisible, mais rien de nouveau ne peut y commencer. Réactivez-la d’abord.',
  'closing.card.title': '{community} : dernière étape',
  'closing.card.intro': 'Notre communauté entre dans sa phase de clôture. Prenons le temps de bien la terminer.',
  'closing.card.lastMeeting':
    'Dernière rencontre : {when}, pour récolter ce que nous avons appris, ce que nous avons fait et ce que nous laissons ouvert.',
  'closing.card.lastMeetingToSet':
    'Une dernière rencontre sera fixée pour récolter ce que nous avons appris, ce que nous avons fait et ce que nous laissons ouvert.',
  'closing.card.stories': 'Racontez ce que la communauté vous a apporté : vos récits nourrissent le rapport final et l’héritage.',
  'closing.card.thanks': 'Merci à chacune et à chacun, et à nos commanditaires.',
  'closing.card.open': 'Ouvrir la communauté',
} as const;
