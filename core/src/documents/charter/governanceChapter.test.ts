import { decisionsDraft } from '../../workshops/decisions';
import { wordsFor } from './format';
import { governanceChapter } from './governanceChapter';

const w = wordsFor('fr');
const row = (decisionType: string, method: string, over: Record<string, unknown> = {}) => ({
  decisionType,
  whoDecides: 'allMembers',
  method,
  quorumPct: 50,
  votingDays: 7,
  ...over,
});

describe('the charter’s decision matrix', () => {
  it('prints each row’s ballot as Élan runs its polls: the row’s own setting, else the general rule; advice always named', () => {
    const d = decisionsDraft.parse({
      anonymityDefault: 'anonymousParticipationVisible',
      decisionMatrix: [
        row('Raison d’être', 'consent'),
        row('Thèmes', 'dotVote', { anonymous: false }),
        row('Logistique', 'adviceProcess'),
        row('Budget', 'majority', { hideResultsUntilClose: true }),
      ],
    });
    const matrix = governanceChapter(w, d).find(
      (b) => b.type === 'table' && b.columns.some((c) => c.title === w.t('doc.governance.ballot')),
    );
    if (matrix?.type !== 'table') throw new Error('no matrix table');
    const hidden = (ballot: string) => w.t('doc.governance.ballot.hidden', { ballot });
    expect(matrix.rows.map((r) => [r[0], r[5]])).toEqual([
      ['Raison d’être', w.t('doc.governance.ballot.anonymous')],
      // Dot votes hide results until the close unless workshop 4 says otherwise.
      ['Thèmes', hidden(w.t('doc.governance.ballot.named'))],
      ['Logistique', w.t('doc.governance.ballot.named')],
      ['Budget', hidden(w.t('doc.governance.ballot.anonymous'))],
    ]);
  });
});
