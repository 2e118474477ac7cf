/** French messages for meeting notebooks: errors and validation. */
export const notebooksFr = {
  'notebook.error.noSuchMeeting': 'Aucune rencontre n’est prévue ce jour-là dans cette série : choisissez une date de rencontre.',
  'notebook.error.badRef': 'Indiquez le carnet à ouvrir : celui d’une rencontre (série et date) ou celui d’entre les rencontres.',
  'notebook.error.noSummary': 'Écrivez la synthèse avant d’approuver le carnet : c’est elle qui sera partagée.',
  'notebook.validation.resourceTarget': 'Donnez un lien ou un nom de fichier pour cette ressource.',
  'notebook.validation.recordingConsent':
    'Un enregistrement n’est gardé qu’avec le consentement des personnes enregistrées : cochez la case.',
  'notebook.card.title': 'Nouveau carnet de {community}',
  'notebook.card.untitled': 'Carnet sans titre',
  'notebook.card.meeting': 'Rencontre du {date}',
  'notebook.card.summaryInTab': 'La synthèse est réservée aux membres : ouvrez le carnet pour la lire.',
  'notebook.card.resources': 'Ressources partagées',
  'notebook.card.open': 'Ouvrir le carnet',
};
