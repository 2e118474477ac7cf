import type { notebooksFr } from './notebooks.fr';

/** English messages for meeting notebooks: typed against the French keys. */
export const notebooksEn: Record<keyof typeof notebooksFr, string> = {
  'notebook.error.noSuchMeeting': 'No meeting of this series is scheduled that day: pick a meeting date.',
  'notebook.error.badRef': 'Say which notebook to open: a meeting’s (series and date) or the between-meetings one.',
  'notebook.error.noSummary': 'Write the summary before approving the notebook: it is what will be shared.',
  'notebook.validation.resourceTarget': 'Give a link or a file name for this resource.',
  'notebook.validation.recordingConsent': 'A recording is kept only with the consent of the people recorded: tick the box.',
  'notebook.card.title': 'New notebook from {community}',
  'notebook.card.untitled': 'Untitled notebook',
  'notebook.card.meeting': 'Meeting of {date}',
  'notebook.card.summaryInTab': 'The summary is for members: open the notebook to read it.',
  'notebook.card.resources': 'Resources shared',
  'notebook.card.open': 'Open the notebook',
};
