import type { privacyFr } from './messages.fr';

/** English messages for the facilitator’s “Data and privacy” section: retention, export, erase: typed against the French keys. */
export const privacyEn: Record<keyof typeof privacyFr, string> = {
  'privacyTab.title': 'Data and privacy',
  'privacyTab.intro': 'Only facilitators see this section: how long the data is kept, exporting it and erasing it.',
  'privacyTab.forbidden': 'Only the community’s facilitators can do this.',
  'privacyTab.notFound': 'This community no longer exists, or you are no longer part of it.',

  // Retention
  'privacyTab.retention.title': 'Retention',
  'privacyTab.retention.summary':
    'The data is kept {months} months after the last activity (last activity: {last}; it will be erased on {due} unless something happens before then).',
  'privacyTab.retention.unavailable': 'This server does not offer a retention setting.',
  'privacyTab.retention.months': 'Retention period (months)',
  'privacyTab.retention.hint': 'From {min} to {max} months. Any activity (a save, a poll, a new member) pushes the date back.',
  'privacyTab.retention.invalid': 'Enter a whole number of months, from {min} to {max}.',
  'privacyTab.retention.save': 'Save the period',
  'privacyTab.retention.saving': 'Saving…',
  'privacyTab.retention.saved': 'Retention period saved: {months} months.',

  // Export
  'privacyTab.export.title': 'Export the data',
  'privacyTab.export.intro':
    'Everything the community holds (members, workshops and their versions, polls with their totals, decisions, compass, documents, meetings), to keep it or hand it over. Individual votes are never included.',
  'privacyTab.export.json': 'Download as JSON',
  'privacyTab.export.zip': 'Download as ZIP (JSON and CSV)',
  'privacyTab.export.preparing': 'Preparing the export…',
  'privacyTab.export.done': 'Export downloaded.',
  'privacyTab.export.fileName.json': 'elan-export-{id}.json',
  'privacyTab.export.fileName.zip': 'elan-export-{id}.zip',

  // Erase
  'privacyTab.erase.title': 'Erase the community',
  'privacyTab.erase.intro': 'Erases the community and everything it holds now, without waiting for the retention period to end.',
  'privacyTab.erase.button': 'Erase this community',
  'privacyTab.erase.dialogTitle': 'Erase “{name}”?',
  'privacyTab.erase.what':
    'Everything will be erased, for everyone: the workshops and their versions, the members, the polls and their answers, the decisions, the compass, the documents, the meetings and the links to channels.',
  'privacyTab.erase.irreversible': 'This cannot be undone: nobody will be able to recover this data.',
  'privacyTab.erase.exportFirst': 'To keep a copy, close this window and export the data first.',
  'privacyTab.erase.confirmLabel': 'To confirm, type the community’s name: {name}',
  'privacyTab.erase.confirm': 'Erase permanently',
  'privacyTab.erase.erasing': 'Erasing…',
  'privacyTab.erased': 'The community has been erased, with all its data.',

  'privacy.warning.title': '“{community}” is due to be erased',
  'privacy.warning.text':
    'As nothing has happened in it, Élan will erase the community “{community}” and all its data on {due}. To keep it, extend the retention period; to keep a copy, export the data before that date.',
  'privacy.warning.legacy':
    'The community is archived: also download its legacy (the document of its notebooks and decisions) before it is erased.',
  'privacy.warning.open': 'Export or extend',

  'privacy.confirmMismatch': 'The name does not match: type the community’s exact name to confirm the deletion.',
};
