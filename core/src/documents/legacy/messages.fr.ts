/** French messages for the legacy document. */
export const legacyFr = {
  'doc.legacy.kind': 'Héritage',
  'doc.legacy.subject': 'Ce que la communauté {name} laisse derrière elle',
  'doc.legacy.description': 'Héritage, version {version} : identité, carnets, décisions et bilan.',
  'doc.legacy.keywords': 'communauté de pratique; héritage; carnets; décisions',
  'doc.legacy.coverNote':
    'Ce document ne contient que ce qui est public : les synthèses approuvées et les ressources partagées avec le réseau, jamais les comptes rendus détaillés.',
  'doc.legacy.notebooks': 'Ce que nous avons appris, par thème',
  'doc.legacy.noNotebooks': 'Aucun carnet approuvé n’est public.',
  'doc.legacy.noTheme': 'Sans thème',
  'doc.legacy.meetingOf': 'rencontre du {date}',
  'doc.legacy.between': 'entre les rencontres',
  'doc.legacy.figures': 'Le bilan en chiffres',
  'doc.legacy.figure': 'Mesure',
  'doc.legacy.value': 'Valeur',
  'doc.legacy.members': 'Membres',
  'doc.legacy.meetingsHeld': 'Rencontres tenues',
  'doc.legacy.inPersonHeld': 'dont en personne',
  'doc.legacy.decisions': 'Décisions adoptées',
  'doc.legacy.notebookCount': 'Carnets publics',
  'doc.legacy.resources': 'Ressources partagées',
  'doc.legacy.fileName': 'Héritage - {name} - v{version}',
};
