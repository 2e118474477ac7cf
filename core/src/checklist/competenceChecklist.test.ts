import type { ValidationError } from '../errors';
import { translate } from '../i18n/translate';
import { parseInput } from '../validation/parseInput';
import { competenceChecklistInput, competenceItems, competenceProgress, competenceSuggestions } from './competenceChecklist';

describe('competence checklist', () => {
  it('suggests only the items answered "not yet", in the checklist order, with the workshop that helps', () => {
    const suggestions = competenceSuggestions({ capture: 'notYet', sponsor: 'notYet', mandate: 'yes', time: 'partly' });
    expect(suggestions).toEqual([
      { item: 'sponsor', workshop: 1 },
      { item: 'capture', workshop: 3 },
    ]);
    expect(competenceSuggestions({})).toEqual([]);
  });

  it('counts yes, answered and total', () => {
    expect(competenceProgress({ mandate: 'yes', sponsor: 'partly', time: 'notYet' })).toEqual({ yes: 1, answered: 3, total: 10 });
  });

  it('accepts partial answers and refuses unknown items or levels with their paths', () => {
    expect(parseInput(competenceChecklistInput, { answers: { tools: 'partly' } })).toEqual({ answers: { tools: 'partly' } });
    const paths = (input: unknown) => {
      try {
        parseInput(competenceChecklistInput, input);
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((i) => i.path.join('.'));
      }
    };
    expect(paths({ answers: { tools: 'maybe' } })).toEqual(['answers.tools']);
    expect(paths({ answers: { flying: 'yes' } }).length).toBeGreaterThan(0);
    expect(paths({})).toEqual(['answers']);
  });

  it('has a question and a suggestion for every item, in both languages', () => {
    for (const locale of ['fr', 'en'] as const)
      for (const item of competenceItems) {
        expect(translate(locale, `checklist.item.${item.id}`)).not.toMatch(/^checklist\./);
        expect(translate(locale, `checklist.suggest.${item.id}`)).not.toMatch(/^checklist\./);
      }
  });
});
