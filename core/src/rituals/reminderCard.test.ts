import { translate } from '../i18n/translate';
import { buildPoll } from '../polls/buildPoll';
import { reminderCard } from './reminderCard';

const texts = (card: ReturnType<typeof reminderCard>) => (card.body as { text: string }[]).map((b) => b.text);

describe('reminderCard', () => {
  it('promises a vote’s secrecy only for a vote; asking for advice says it is named and who asks', () => {
    const vote = texts(reminderCard(buildPoll('consent'), 'fr'));
    expect(vote[0]).toBe(translate('fr', 'poll.reminder.title'));
    const advice = texts(reminderCard(buildPoll('advice', { options: [] }), 'fr'));
    expect(advice[0]).toBe(translate('fr', 'poll.reminder.advice.title'));
    expect(advice[1]).toContain('Nadia');
    expect(advice[1]).not.toContain('personne ne voit');
  });
});
