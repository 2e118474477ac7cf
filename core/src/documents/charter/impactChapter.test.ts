import { starterIndicators } from '../../workshops/impactStarters';
import { wordsFor } from './format';
import { indicatorTable } from './impactChapter';

describe('the indicator table', () => {
  it('says exactly which of Élan’s data measures each indicator, or that it is entered by hand, never that Élan reads the channel', () => {
    const indicators = starterIndicators.map((s) => ({
      name: s.key,
      cycle: s.cycle,
      source: s.source,
      measure: s.measure,
      pulseItem: s.pulseItem,
    }));
    const block = indicatorTable(wordsFor('fr'), indicators as never);
    if (block.type !== 'table') throw new Error('not a table');
    const sourceOf = new Map(block.rows.map((row) => [row[1]!, row[2]!]));
    expect(sourceOf.get('deliverablesAdopted')).toBe('Votes et décisions (Élan) : décisions « livrable » adoptées');
    expect(sourceOf.get('trust')).toBe('Sondage éclair : moyenne de l’énoncé P4');
    expect(sourceOf.get('usefulness')).toBe('Sondage de fin de rencontre (Élan) : utilité moyenne au sondage de fin de rencontre');
    expect(sourceOf.get('partnerships')).toBe('Données de l’organisation : saisi à la main');
    expect(sourceOf.get('contributors')).toBe('Activité du canal (saisie manuelle)');
    expect([...sourceOf.values()].join(' ')).not.toMatch(/messages du canal/i);
  });
});
