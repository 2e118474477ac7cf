import { linkCard, linkedCard } from '@elan/core/conversations/linkCard';
import { welcomeCard } from '@elan/core/conversations/welcomeCard';
import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from './testing/cardProblems';

describe('channel link cards', () => {
  for (const locale of ['fr', 'en'] as const)
    it(`are valid Adaptive Cards 1.5 in ${locale}, with and without communities to choose`, () => {
      for (const card of [
        linkCard({ locale, communities: [] }),
        linkCard({ locale, communities: [{ id: 'c1', name: 'Soins' }], notice: 'link.error.name' }),
        linkedCard(locale, 'Soins', 'https://tab.example/#/c/c1'),
      ]) {
        expect(cardProblems(card)).toEqual([]);
        expect(JSON.stringify(card)).not.toMatch(/undefined|link\.\w+/);
      }
    });

  it('shows community names as typed, never as Markdown or template expressions', () => {
    const name = '[x](https://evil.example) **b** ${user}';
    const linked = JSON.stringify(linkedCard('en', name, 'https://tab.example/#/c/c1'));
    expect(linked).toContain('\\\\[x\\\\](https://evil.example) \\\\*\\\\*b\\\\*\\\\* $\\\\{user}');
    const form = linkCard({ locale: 'en', communities: [{ id: 'c1', name }] });
    expect(JSON.stringify(form)).not.toContain('${user}');
  });
});

describe('welcome card', () => {
  const card = welcomeCard('https://tab.example/#/');

  it('is a valid Adaptive Card 1.5', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('speaks French first, then English, and links to the tab', () => {
    const texts = card.body.map((b) => b['text']);
    expect(texts.indexOf(translate('fr', 'bot.welcome.title'))).toBeLessThan(texts.indexOf(translate('en', 'bot.welcome.title')));
    expect(card.actions).toEqual([
      expect.objectContaining({ type: 'Action.Execute', verb: 'channel.linkStart' }),
      expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://tab.example/#/' }),
    ]);
  });

  it('stays far under the 28 KB Teams limit', () => {
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });
});
