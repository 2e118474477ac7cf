import { welcomeCard } from '@elan/core/cards/welcomeCard';
import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from './testing/cardProblems';

describe('welcome card', () => {
  const card = welcomeCard('https://tab.example/#/');

  it('is a valid Adaptive Card 1.5', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('speaks French first, then English, and links to the tab', () => {
    const texts = card.body.map((b) => b['text']);
    expect(texts.indexOf(translate('fr', 'bot.welcome.title'))).toBeLessThan(texts.indexOf(translate('en', 'bot.welcome.title')));
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://tab.example/#/' })]);
  });

  it('stays far under the 28 KB Teams limit', () => {
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });
});
