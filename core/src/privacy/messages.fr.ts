/** French messages for the facilitator’s “Data and privacy” section: retention, export, erase. */
export const privacyFr = {
  'privacyTab.title': 'Données et confidentialité',
  'privacyTab.intro': 'Seule l’animation voit cette section : combien de temps les données sont gardées, leur export et leur effacement.',
  'privacyTab.forbidden': 'Seule l’animation de la communauté peut faire cela.',
  'privacyTab.notFound': 'Cette communauté n’existe plus, ou vous n’en faites plus partie.',

  // Retention
  'privacyTab.retention.title': 'Conservation',
  'privacyTab.retention.summary':
    'Les données sont gardées {months} mois après la dernière activité (dernière activité : {last}; elles seront effacées le {due} si rien ne se passe d’ici là).',
  'privacyTab.retention.unavailable': 'La durée de conservation n’est pas offerte par ce serveur.',
  'privacyTab.retention.months': 'Durée de conservation (mois)',
  'privacyTab.retention.hint':
    'De {min} à {max} mois. Toute activité (un enregistrement, un sondage, un nouveau membre) repousse l’échéance.',
  'privacyTab.retention.invalid': 'Entrez un nombre entier de mois, de {min} à {max}.',
  'privacyTab.retention.save': 'Enregistrer la durée',
  'privacyTab.retention.saving': 'Enregistrement…',
  'privacyTab.retention.saved': 'Durée de conservation enregistrée : {months} mois.',

  // Export
  'privacyTab.export.title': 'Exporter les données',
  'privacyTab.export.intro':
    'Tout ce que la communauté contient (membres, ateliers et leurs versions, sondages avec leurs totaux, décisions, boussole, documents, rencontres), pour le garder ou le transmettre. Les votes individuels n’y sont jamais.',
  'privacyTab.export.json': 'Télécharger en JSON',
  'privacyTab.export.zip': 'Télécharger en ZIP (JSON et CSV)',
  'privacyTab.export.preparing': 'Préparation de l’export…',
  'privacyTab.export.done': 'Export téléchargé.',
  'privacyTab.export.fileName.json': 'elan-export-{id}.json',
  'privacyTab.export.fileName.zip': 'elan-export-{id}.zip',

  // Erase
  'privacyTab.erase.title': 'Effacer la communauté',
  'privacyTab.erase.intro': 'Efface maintenant la communauté et tout ce qu’elle contient, sans attendre la fin de la conservation.',
  'privacyTab.erase.button': 'Effacer cette communauté',
  'privacyTab.erase.dialogTitle': 'Effacer « {name} »?',
  'privacyTab.erase.what':
    'Tout sera effacé, pour tout le monde : les ateliers et leurs versions, les membres, les sondages et leurs réponses, les décisions, la boussole, les documents, les rencontres et les liens avec les canaux.',
  'privacyTab.erase.irreversible': 'C’est irréversible : personne ne pourra récupérer ces données.',
  'privacyTab.erase.exportFirst': 'Pour en garder une copie, fermez cette fenêtre et exportez d’abord les données.',
  'privacyTab.erase.confirmLabel': 'Pour confirmer, tapez le nom de la communauté : {name}',
  'privacyTab.erase.confirm': 'Effacer définitivement',
  'privacyTab.erase.erasing': 'Effacement…',
  'privacyTab.erased': 'La communauté a été effacée, avec toutes ses données.',

  'privacy.warning.title': 'Effacement prévu de « {community} »',
  'privacy.warning.text':
    'Faute d’activité, Élan effacera la communauté « {community} » et toutes ses données le {due}. Pour les garder, prolongez la durée de conservation; pour en garder une copie, exportez-les avant cette date.',
  'privacy.warning.legacy':
    'La communauté est archivée : téléchargez aussi son héritage (le document des carnets et des décisions) avant l’effacement.',
  'privacy.warning.open': 'Exporter ou prolonger',

  'privacy.confirmMismatch': 'Le nom ne correspond pas : tapez exactement le nom de la communauté pour confirmer la suppression.',
} as const;
