import { decisionAnnex } from './annexes';
import { buildDecision } from './exampleCharterInput';
import { wordsFor } from './format';

const by = { userId: 'n', name: 'Nadia' };
const rows = (blocks: ReturnType<typeof decisionAnnex>) => {
  const t = blocks.find((b) => b.type === 'table');
  return t && t.type === 'table' ? t.rows : [];
};

describe('decisionAnnex', () => {
  it('prints each decision’s outcome statement and review date after its result, in the document’s language', () => {
    const decisions = [
      buildDecision({ number: 1, outcome: 'adopted', result: '' }),
      buildDecision({
        number: 2,
        outcome: 'chosen',
        result: 'Guide',
        statement: { text: 'On rédige le guide.', reviewOn: '2027-06-01', by, at: '2026-12-01T00:00:00Z' },
      }),
      buildDecision({
        number: 3,
        outcome: 'rejected',
        result: '',
        statement: { text: 'À reprendre.', reviewOn: null, by, at: '2026-12-01T00:00:00Z' },
      }),
    ];
    expect(rows(decisionAnnex(wordsFor('fr'), decisions)).map((r) => r.at(-1))).toEqual([
      'Adoptée',
      'Choix arrêté — Guide « On rédige le guide. » À réviser le 1 juin 2027.',
      'Rejetée « À reprendre. »',
    ]);
    expect(
      rows(decisionAnnex(wordsFor('en'), decisions))
        .at(1)!
        .at(-1),
    ).toBe('Chosen — Guide “On rédige le guide.” To be reviewed on June 1, 2027.');
  });
});
