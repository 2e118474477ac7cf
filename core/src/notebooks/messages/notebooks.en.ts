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
  'notebook.choice.between': 'Between meetings',
  'notebook.save.title': 'Add to the notebook of {community}',
  'notebook.save.notebook': 'Notebook',
  'notebook.save.notebookRequired': 'Choose a notebook.',
  'notebook.save.link': 'Link',
  'notebook.save.fileName': 'File name (when it is not a link)',
  'notebook.save.description': 'In one line, what is it?',
  'notebook.save.descriptionRequired': 'Describe the resource in one line.',
  'notebook.save.tags': 'Tags (separated by commas)',
  'notebook.save.tagsPlaceholder': 'tools, triage',
  'notebook.save.public': 'Sponsors may see this resource',
  'notebook.save.privacy': 'Élan reads only this message, because you chose it; nothing else of the channel.',
  'notebook.save.submit': 'Add',
  'notebook.save.saved': 'Added to the notebook “{notebook}”.',
  'notebook.save.noCommunity': 'This conversation is not linked to a community: add the Élan tab to the channel first.',
  'notebook.save.notAllowed': 'Only the community’s members can add to its notebooks.',
  'notebook.save.retry': 'The resource could not be saved. Try again in a moment.',
  'notebook.save.dialogTitle': 'Add to notebook',
  'notebook.remind.title': 'Meeting notes to complete',
  'notebook.remind.noteTaker':
    'The notes of the meeting of {date} are not in the notebook of {community} yet. You were taking them: add the minutes, the summary and the resources when you can.',
  'notebook.remind.facilitators':
    'The notes of the meeting of {date} are still missing from the notebook of {community} ({noteTaker} was taking them). A member can take over.',
  'notebook.remind.facilitatorsNoNoteTaker':
    'The notes of the meeting of {date} are still missing from the notebook of {community}. A member can add them.',
};
