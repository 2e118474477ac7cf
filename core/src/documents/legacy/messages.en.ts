import type { legacyFr } from './messages.fr';

/** English messages for the legacy document: typed against the French keys. */
export const legacyEn: Record<keyof typeof legacyFr, string> = {
  'doc.legacy.kind': 'Legacy',
  'doc.legacy.subject': 'What the community {name} leaves behind',
  'doc.legacy.description': 'Legacy, version {version}: identity, notebooks, decisions and results.',
  'doc.legacy.keywords': 'community of practice; legacy; notebooks; decisions',
  'doc.legacy.coverNote':
    'This document holds only what is public: the approved summaries and the resources shared with the network, never the detailed minutes.',
  'doc.legacy.notebooks': 'What we learned, by theme',
  'doc.legacy.noNotebooks': 'No approved notebook is public.',
  'doc.legacy.noTheme': 'No theme',
  'doc.legacy.meetingOf': 'meeting of {date}',
  'doc.legacy.between': 'between meetings',
  'doc.legacy.figures': 'The results in figures',
  'doc.legacy.figure': 'Measure',
  'doc.legacy.value': 'Value',
  'doc.legacy.members': 'Members',
  'doc.legacy.meetingsHeld': 'Meetings held',
  'doc.legacy.inPersonHeld': 'of which in person',
  'doc.legacy.decisions': 'Decisions adopted',
  'doc.legacy.notebookCount': 'Public notebooks',
  'doc.legacy.resources': 'Resources shared',
  'doc.legacy.fileName': 'Legacy - {name} - v{version}',
};
