import type { documentKitFr } from './documentKit.fr';

/** English messages for what the charter and the impact report share: cover, contents, headers, units: typed against the French keys. */
export const documentKitEn: Record<keyof typeof documentKitFr, string> = {
  'doc.label': '{label}:',
  'doc.toComplete': 'To be completed.',
  'doc.chapterToComplete': 'To be completed: this workshop has not been filled in yet.',
  'doc.redacted': '[contact details removed]',
  'doc.percent': '{n}%',
  'doc.outOf5': '{n} / 5',
  'doc.days': '{n, plural, one {# day} other {# days}}',
  'doc.total': 'Total',
  'doc.duration.min': '{m} min',
  'doc.duration.h': '{h} h',
  'doc.duration.hmin': '{h} h {m} min',
  'doc.toc.title': 'Table of contents',
  'doc.contents.title': 'Outline of this document',
  'doc.runningHeader': '{name} · {kind} · version {version}',
  'doc.runningFooter': 'Page {page} of {pages}',
  'doc.cover.version': 'Version',
  'doc.cover.date': 'Date',
  'doc.cover.status': 'Status',
  'doc.cover.facilitators': 'Facilitators',
  'doc.cover.sponsors': 'Sponsors',
  'doc.cover.nobody': 'To be named',
  'doc.cover.copy.facilitators': 'Community copy',
  'doc.cover.copy.sponsors': 'Sponsors’ copy — no personal contact details',
};
