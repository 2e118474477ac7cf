import { translate } from '@elan/core/i18n/translate';
import { createSurveyInput } from '@elan/core/surveys/survey';
import { defaultSatisfactionItems } from '@elan/core/surveys/satisfaction/satisfactionItems';
import type { T } from '../i18n/types';
import { initialSatisfactionDraft, isReworded, satisfactionInput, satisfactionProblems } from './satisfactionDraft';
import { surveyProposals } from './surveyAsks';

const t: T = (key, params) => translate('en', key, params);

describe('the satisfaction editor draft', () => {
  const draft = initialSatisfactionDraft(t, 'Nurses CoP', 'December 18, 2026');

  it('opens on the bank’s default selection in the reader’s language and the template invitation', () => {
    expect(draft.bank.filter((r) => r.asked).map((r) => r.item)).toEqual([...defaultSatisfactionItems]);
    expect(draft.bank[0]!.text).toBe(translate('en', 'satisfaction.item.S1'));
    expect(draft.invitation).toContain('“Nurses CoP”');
    expect(draft.invitation).toContain('December 18, 2026');
    expect(satisfactionProblems(draft)).toEqual([]);
    // Unchanged statements go as bank ids alone, so the card words them in the community's language.
    expect(satisfactionInput(draft, t).statements).toEqual(defaultSatisfactionItems.map((item) => ({ item })));
  });

  it('sends reworded and own statements with their wording, which the API schema accepts', () => {
    const edited = {
      ...draft,
      bank: draft.bank.map((r) => (r.item === 'S4' ? { ...r, text: '  Facilitation leaves room for all  ' } : r)),
      own: [
        { text: 'Breaks are long enough', dimension: 'rituals' as const },
        { text: 'Own, no dimension', dimension: '' as const },
      ],
    };
    expect(isReworded(edited.bank[3]!, t)).toBe(true);
    const body = { kind: 'satisfaction', ...satisfactionInput(edited, t) };
    expect(body.statements).toContainEqual({ item: 'S4', text: 'Facilitation leaves room for all' });
    expect(body.statements!.slice(-2)).toEqual([{ text: 'Breaks are long enough', dimension: 'rituals' }, { text: 'Own, no dimension' }]);
    expect(createSurveyInput.safeParse(body).success).toBe(true);
  });

  it('says what would be refused before posting', () => {
    const none = { ...draft, bank: draft.bank.map((r) => ({ ...r, asked: false })), invitation: ' ' };
    expect(satisfactionProblems(none)).toEqual(['tab.satisfaction.noneChosen', 'tab.satisfaction.noInvitation']);
    expect(satisfactionProblems({ ...draft, own: [{ text: 'ab', dimension: '' }] })).toEqual(['tab.satisfaction.tooShort']);
  });

  it('is offered in workshop 6 with the pulse’s threshold', () => {
    expect(surveyProposals(6, { pulse: { minRespondents: 7 } }).at(-1)).toEqual({ kind: 'satisfaction', threshold: 7, durationDays: 14 });
  });
});
