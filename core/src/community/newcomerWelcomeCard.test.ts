import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { newcomerWelcomeCard, type NewcomerWelcomeView } from './newcomerWelcomeCard';

const links = { tabUrl: 'https://tab.example', teamsAppId: 'app-1' };
const full: NewcomerWelcomeView = {
  locale: 'fr',
  communityId: 'c1',
  communityName: 'Passerelles *RH*',
  welcomeMessage: 'Un membre-guide vous appelle avant la première rencontre.',
  purpose: 'Partager nos pratiques d’accueil.',
  tagline: 'Ensemble, mieux accueillir',
  nextMeeting: { startsAt: '2027-03-23T17:30:00.000Z', seriesName: 'Midis' },
  links,
};

/** Parses a card as Teams' library does; the issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

const texts = (card: ReturnType<typeof newcomerWelcomeCard>) => card.body.map((b) => String(b.text ?? ''));

describe('newcomerWelcomeCard', () => {
  it.each(['fr', 'en'] as const)(
    'in %s: a valid 1.5 card with the welcome message, the purpose, the next meeting and the tab',
    (locale) => {
      const card = newcomerWelcomeCard({ ...full, locale });
      expect(parseIssues(card)).toBe(0);
      const body = texts(card);
      expect(body[0]).toBe(translate(locale, 'welcome.newcomer.title', { community: 'Passerelles \\*RH\\*' }));
      for (const key of ['welcome.newcomer.message', 'welcome.newcomer.charter', 'welcome.newcomer.meeting'] as const)
        expect(body).toContain(translate(locale, key));
      expect(body).toContain(full.welcomeMessage);
      expect(body).toContain(full.purpose);
      expect(body).toContain(full.tagline);
      expect(body).toContain(
        translate(locale, 'welcome.newcomer.meeting.whenSeries', {
          series: 'Midis',
          date: '{{DATE(2027-03-23T17:30:00Z, LONG)}} {{TIME(2027-03-23T17:30:00Z)}}',
        }),
      );
      const [open] = card.actions ?? [];
      expect(open).toMatchObject({ type: 'Action.OpenUrl', title: translate(locale, 'welcome.newcomer.open') });
      expect(String(open!.url)).toContain('https://teams.microsoft.com/l/entity/app-1/c1');
      expect(decodeURIComponent(String(open!.url))).toContain('/c/c1');
    },
  );

  it.each(['fr', 'en'] as const)('in %s, without workshops 1 and 3: says the charter and the meeting are still to come', (locale) => {
    const card = newcomerWelcomeCard({ ...full, locale, welcomeMessage: null, purpose: null, tagline: null, nextMeeting: null });
    expect(parseIssues(card)).toBe(0);
    const body = texts(card);
    expect(body).not.toContain(translate(locale, 'welcome.newcomer.message'));
    expect(body).toContain(translate(locale, 'welcome.newcomer.charterPending'));
    expect(body).toContain(translate(locale, 'welcome.newcomer.meeting.none'));
    expect(card.actions).toHaveLength(1);
  });

  it('shows what people typed as typed, and a meeting of an unnamed series by its date alone', () => {
    const card = newcomerWelcomeCard({
      ...full,
      welcomeMessage: '[clic](https://evil.example) ${x}',
      nextMeeting: { startsAt: '2027-03-23T17:30:00.000Z', seriesName: null },
    });
    const body = texts(card);
    expect(body).toContain('\\[clic\\](https://evil.example) $\\{x}');
    expect(body).toContain('{{DATE(2027-03-23T17:30:00Z, LONG)}} {{TIME(2027-03-23T17:30:00Z)}}');
  });
});
