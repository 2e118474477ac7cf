/** French messages for the facilitators' task list on the community home. */
export const tasksFr = {
  'tasks.error.full': 'La liste compte déjà 50 tâches : retirez-en une avant d’en ajouter.',
  'tab.tasks.title': 'Tâches de l’animation',
  'tab.tasks.empty': 'Aucune tâche pour l’instant. Les pistes d’amélioration de la boussole (atelier 6) peuvent en devenir.',
  'tab.tasks.from': 'Boussole : {dimension}',
  'tab.tasks.done': 'Fait',
  'tab.tasks.new': 'Nouvelle tâche',
  'tab.tasks.add': 'Ajouter',
} as const;
