import type { tasksFr } from './messages.fr';

/** English messages for the facilitators' task list: typed against the French keys. */
export const tasksEn: Record<keyof typeof tasksFr, string> = {
  'tasks.error.full': 'The list already has 50 tasks: remove one before adding another.',
  'tab.tasks.title': 'Facilitation tasks',
  'tab.tasks.empty': 'No tasks yet. The compass’s improvement ideas (workshop 6) can become some.',
  'tab.tasks.from': 'Compass: {dimension}',
  'tab.tasks.done': 'Done',
  'tab.tasks.new': 'New task',
  'tab.tasks.add': 'Add',
};
