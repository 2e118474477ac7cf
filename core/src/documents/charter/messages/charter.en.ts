import type { charterFr } from './charter.fr';

/** English messages for the charter as a whole: properties, preamble, status, file names: typed against the French keys. */
export const charterEn: Record<keyof typeof charterFr, string> = {
  'doc.status.draft': 'Working draft, not adopted yet',
  'doc.status.adopted': 'Adopted on {date} by decision {n}',
  'doc.status.amended': 'Working draft since {since}: changed after its adoption on {date} (decision {n})',
  'doc.charter.kind': 'Charter',
  'doc.charter.subject': 'How the {name} community of practice works',
  'doc.charter.description': 'Version {version} — {status}',
  'doc.charter.keywords': 'community of practice, charter, governance',
  'doc.charter.preamble': 'Preamble',
  'doc.charter.preambleText':
    'This document gathers what the {name} community agreed during its six start-up workshops: its purpose, its project, its rituals, its decision rules, its ecosystem and how it measures its impact. Élan writes it from the workshops as they are saved.',
  'doc.charter.preambleDraft': 'This working draft has not been adopted yet. It will be, under the charter amendment rule (chapter 4).',
  'doc.charter.preambleAdopted': 'This charter was adopted on {date} by decision {n} of the decision log (annex B).',
  'doc.charter.preambleAmended': 'Workshops have changed since that adoption: those changes still need to be adopted.',
  'doc.charter.preambleMandate': 'It also answers the sponsors’ mandate and expectations (section 1.9).',
  'doc.charter.fileName': 'Charter - {name} - v{version}',
  'doc.charter.fileNameSponsors': 'Charter - {name} - v{version} - sponsors',
  'tab.charter.status.draft': 'Charter: working draft, not adopted yet.',
  'tab.charter.status.adopted': 'Charter adopted on {date} (decision {n}).',
  'tab.charter.status.amended':
    'Charter: working draft since {since}, changed after its adoption on {date} (decision {n}). The changes need to be adopted.',
  'tab.charter.propose': 'Put the charter to the members',
  'tab.charter.question': 'Do you adopt the charter as it stands?',
  'tab.charter.details': 'The charter gathers the six workshops. Read it (the “Charter” document button) before answering.',
  'tab.charter.rule':
    'The charter is adopted and changed by its own rule: the decision matrix’s “charter” row, else workshop 4’s amendment rule.',
};
