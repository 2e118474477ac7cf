/** French messages for the bot’s answers to typed commands (help, status, charter). */
export const chatFr = {
  'bot.help.title': 'Ce que je peux faire',
  'bot.help.body':
    'Écrivez (ou mentionnez-moi dans le canal avec) : « aide », « état » (avancement des ateliers), « prochaine rencontre », « sondages » (sondages ouverts), « charte », « sondage <type de décision> : <question> », et pour l’animation « envoyer la charte » (aux commanditaires). Les sondages se votent directement dans leur carte; le bouton « Relier ce canal » de la carte d’accueil relie le canal à une communauté.',
  'bot.unknown': 'Je n’ai pas compris « {text} ».',
  'bot.pollCommand.opened':
    'Sondage « {question} » publié {n, plural, =0 {(aucun canal relié pour l’instant)} one {dans # canal} other {dans # canaux}}.',
  'bot.pollCommand.usage':
    'Écrivez : sondage <type de décision de la matrice> : <question>. Par exemple : sondage Livrables : Adopter la trousse?',
  'bot.noCommunity':
    'Ce canal n’est pas encore relié à une communauté. Une personne qui anime peut le relier depuis l’onglet Élan ou avec le bouton « Relier ce canal » de la carte d’accueil (écrivez « bonjour »).',
  'bot.status.title': 'Avancement de « {name} »',
  'bot.status.line': '{n}. {title} — {state}',
  'bot.charter.body':
    'La charte (document de régie interne) se prépare au fil des six ateliers. Ouvrez l’onglet Élan pour la consulter et la télécharger.',
} as const;
