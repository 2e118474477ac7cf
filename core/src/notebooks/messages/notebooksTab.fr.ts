/** French messages for the tab's Notebooks page. */
export const notebooksTabFr = {
  'tab.notebooks.title': 'Carnets',
};
