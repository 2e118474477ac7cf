/** French messages for the charter as a whole: properties, preamble, status, file names. */
export const charterFr = {
  'doc.status.draft': 'Version de travail, pas encore adoptée',
  'doc.status.adopted': 'Adoptée le {date} par la décision no {n}',
  'doc.status.amended': 'Version de travail depuis le {since} : modifiée après son adoption le {date} (décision no {n})',
  'doc.charter.kind': 'Document de régie interne',
  'doc.charter.subject': 'Charte de fonctionnement de la communauté de pratique {name}',
  'doc.charter.description': 'Version {version} — {status}',
  'doc.charter.keywords': 'communauté de pratique, charte, régie interne, gouvernance',
  'doc.charter.preamble': 'Préambule',
  'doc.charter.preambleText':
    'Ce document rassemble ce que la communauté {name} a convenu au fil de ses six ateliers de démarrage : sa raison d’être, son projet, ses rituels, ses règles de décision, son écosystème et sa façon de mesurer son impact. Élan le produit à partir des ateliers tels qu’ils sont enregistrés.',
  'doc.charter.preambleDraft':
    'Cette version de travail n’a pas encore été adoptée. Elle le sera selon la règle de modification de la charte (chapitre 4).',
  'doc.charter.preambleAdopted': 'Cette charte a été adoptée le {date} par la décision no {n} du registre des décisions (annexe B).',
  'doc.charter.preambleAmended': 'Des ateliers ont été modifiés depuis cette adoption : ces changements devront être adoptés à leur tour.',
  'doc.charter.preambleMandate': 'Elle répond aussi au mandat et aux attentes des commanditaires (section 1.9).',
  'doc.charter.fileName': 'Charte - {name} - v{version}',
  'doc.charter.fileNameSponsors': 'Charte - {name} - v{version} - commanditaires',
  'tab.charter.status.draft': 'Charte : version de travail, pas encore adoptée.',
  'tab.charter.status.adopted': 'Charte adoptée le {date} (décision no {n}).',
  'tab.charter.status.amended':
    'Charte : version de travail depuis le {since}, modifiée après son adoption le {date} (décision no {n}). Les modifications doivent être adoptées.',
  'tab.charter.propose': 'Soumettre la charte à l’adoption',
  'tab.charter.question': 'Adoptez-vous la charte dans sa version actuelle?',
  'tab.charter.details': 'La charte réunit les six ateliers. Relisez-la (bouton « Charte » des documents) avant de répondre.',
  'tab.charter.rule':
    'La charte s’adopte et se modifie selon sa propre règle : la ligne « charte » de la matrice de décision, sinon la règle de modification de l’atelier 4.',
} as const;
