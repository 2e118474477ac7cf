/** A card element, loosely typed as the rest of the card builder's. */
type Element = Record<string, unknown>;
import { plainField, plainText } from '../adaptiveCards/plainText';
import { type Locale, translate } from '../i18n/translate';
import { type Ballot, maxAdviceLength } from './ballot';
import { type Poll, scoreMax } from './poll';

/** The inputs a member fills to vote, prefilled with their current ballot. */
export function voteInputs(poll: Poll, locale: Locale, mine: Ballot | null | undefined): Element[] {
  const choices = poll.options.map((o) => ({ title: plainField(o.label), value: o.id }));
  const reason = {
    type: 'Input.Text',
    id: 'reason',
    label: translate(locale, poll.method === 'consent' ? 'poll.reason' : 'poll.reasonOptional'),
    isMultiline: true,
    maxLength: 280,
    ...(mine?.reason ? { value: mine.reason } : {}),
  };
  switch (poll.method) {
    case 'consent':
      // What an objection must contain (workshop 4) stands where the member writes it.
      return poll.objectionRule
        ? [
            { type: 'TextBlock', text: translate(locale, 'poll.objectionRule', { rule: plainText(poll.objectionRule) }), wrap: true },
            reason,
          ]
        : [reason];
    case 'single':
    case 'multiple': {
      const value = mine?.method === 'single' ? mine.optionId : mine?.method === 'multiple' ? mine.optionIds.join(',') : undefined;
      return [
        {
          type: 'Input.ChoiceSet',
          id: 'choice',
          label: translate(locale, 'poll.choice'),
          style: 'expanded',
          isMultiSelect: poll.method === 'multiple',
          choices,
          ...(value ? { value } : {}),
        },
        reason,
      ];
    }
    case 'score': {
      const value = mine?.method === 'score' ? String(mine.score) : undefined;
      const scores = Array.from({ length: scoreMax + 1 }, (_, s) => ({ title: String(s), value: String(s) }));
      return [
        {
          type: 'Input.ChoiceSet',
          id: 'score',
          label: translate(locale, 'poll.scoreLabel'),
          style: 'expanded',
          choices: scores,
          ...(value ? { value } : {}),
        },
        reason,
      ];
    }
    case 'ranked':
      return [
        ...poll.options.map((_, i) => {
          const value = mine?.method === 'ranked' ? mine.ranking[i] : undefined;
          return {
            type: 'Input.ChoiceSet',
            id: `rank${i + 1}`,
            label: translate(locale, 'poll.rank', { n: i + 1 }),
            style: 'compact',
            choices,
            ...(value ? { value } : {}),
          };
        }),
        reason,
      ];
    case 'advice':
      return [{ ...reason, label: translate(locale, 'poll.advice.label'), maxLength: maxAdviceLength }];
    case 'dots':
      return [
        { type: 'TextBlock', text: translate(locale, 'poll.dots', { dots: poll.dots }), wrap: true, weight: 'Bolder' },
        ...poll.options.map((o) => {
          const value = mine?.method === 'dots' ? (mine.allocation[o.id] ?? 0) : undefined;
          return {
            type: 'Input.Number',
            id: `dots_${o.id}`,
            label: plainField(o.label),
            min: 0,
            max: poll.dots,
            ...(value !== undefined ? { value } : {}),
          };
        }),
        reason,
      ];
  }
}
