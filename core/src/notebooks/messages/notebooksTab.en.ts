import type { notebooksTabFr } from './notebooksTab.fr';

/** English messages for the tab's Notebooks page: typed against the French keys. */
export const notebooksTabEn: Record<keyof typeof notebooksTabFr, string> = {
  'tab.notebooks.title': 'Notebooks',
};
