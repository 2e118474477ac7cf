import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { monthlyCard } from './monthlyCard';
import type { MonthlyContent } from './monthlyContent';

const content: MonthlyContent = {
  communityId: 'c1',
  communityName: 'Passerelles',
  month: '2027-03',
  timeZone: 'America/Toronto',
  notebooks: [
    {
      notebookId: 'm20270309',
      title: 'Triage *rapide*',
      ref: { kind: 'meeting', seriesId: 'main', date: '2027-03-09' },
      approvedAt: '2027-03-12T15:00:00Z',
    },
    {
      notebookId: 'm20270323',
      title: '',
      ref: { kind: 'meeting', seriesId: 'main', date: '2027-03-23' },
      approvedAt: '2027-03-26T15:00:00Z',
    },
  ],
  decisions: [
    {
      number: 2,
      question: 'Adopter la charte ?',
      outcome: 'adopted',
      result: 'adopted',
      statement: 'La charte entre en vigueur le 1er avril.',
      voters: 6,
      eligible: 9,
      decidedAt: '2027-03-20T12:00:00Z',
    },
    {
      number: 3,
      question: 'Quel jour ?',
      outcome: 'chosen',
      result: 'Mardi',
      statement: null,
      voters: 4,
      eligible: 9,
      decidedAt: '2027-03-25T12:00:00Z',
    },
  ],
  nextMeeting: { startsAt: '2027-04-06T17:30:00.000Z', seriesName: 'Midis' },
};
const links = { tabUrl: 'https://tab.example', teamsAppId: 'app-1' };

/** Parses a card as Teams' library does; the issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

const routesOf = (card: unknown) =>
  (JSON.stringify(card).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+/g) ?? []).map(
    (u) => JSON.parse(new URL(u).searchParams.get('context')!).subEntityId as string,
  );

describe('monthlyCard', () => {
  it.each(['fr', 'en'] as const)(
    'is a valid 1.5 card in %s: notebooks, decisions and the next meeting, each linked to the tab',
    (locale) => {
      const card = monthlyCard({ locale, content, links });
      expect(parseIssues(card)).toBe(0);
      const json = JSON.stringify(card);
      const has = (text: string) => expect(json).toContain(JSON.stringify(text).slice(1, -1));
      has(translate(locale, 'monthly.title', { community: 'Passerelles', month: locale === 'fr' ? 'mars 2027' : 'March 2027' }));
      for (const key of ['monthly.notebooks', 'monthly.decisions', 'monthly.meeting', 'poll.outcome.adopted'] as const)
        has(translate(locale, key));
      has(translate(locale, 'poll.outcome.chosen', { result: 'Mardi' }));
      has(translate(locale, 'monthly.decision.turnout', { voters: 6, eligible: 9 }));
      has('La charte entre en vigueur le 1er avril.');
      // The meeting in the community's time zone (13:30 in Toronto), named, with its series.
      expect(json).toMatch(locale === 'fr' ? /6 avril 2027.*13 h 30/ : /April 6, 2027.*1:30/);
      has(translate(locale, 'rituals.card.zone', { zone: 'America/Toronto' }));
      expect(json).toContain('Midis');
      // A notebook without a title is named by its meeting's day.
      has(translate(locale, 'monthly.notebook.meeting', { date: locale === 'fr' ? '23 mars 2027' : 'March 23, 2027' }));
      // Typed text shows as typed in text blocks (escaped) and in button titles (plain).
      expect(json).toContain('Triage \\\\*rapide\\\\*');
      expect(json).toContain('"title":"Triage *rapide*"');
      expect(routesOf(card)).toEqual(['/c/c1/notebooks/m20270309', '/c/c1/notebooks/m20270323', '/c/c1', '/c/c1/w/3', '/c/c1']);
    },
  );

  it('leaves out the parts with nothing in them', () => {
    const card = monthlyCard({ locale: 'en', content: { ...content, notebooks: [], nextMeeting: null }, links });
    expect(parseIssues(card)).toBe(0);
    const json = JSON.stringify(card);
    expect(json).not.toContain(translate('en', 'monthly.notebooks'));
    expect(json).not.toContain(translate('en', 'monthly.meeting'));
    expect(json).toContain(translate('en', 'monthly.decisions'));
    expect(routesOf(card)).toEqual(['/c/c1', '/c/c1']);
  });
});
