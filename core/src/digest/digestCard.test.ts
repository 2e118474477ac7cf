import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { digestCard } from './digestCard';
import type { DigestContent } from './digestContent';

const content: DigestContent = {
  communityId: 'c1',
  communityName: 'Passerelles',
  polls: [{ pollId: 'p1', question: 'Adopter la charte ?', closesAt: '2027-03-25T16:00:00.000Z', voted: 3, eligible: 8 }],
  overdueCaptures: [{ date: '2027-03-16', seriesName: 'Midis', notebookId: 'meeting|midis|2027-03-16' }],
  nextMeeting: {
    date: '2027-03-23',
    startsAt: '2027-03-23T17:30:00.000Z',
    seriesName: null,
    roles: [
      { role: 'facilitator', kind: 'fixed', person: 'Nadia' },
      { role: 'noteTaker', kind: 'volunteer', person: null },
    ],
  },
  surveysBelowThreshold: [{ surveyId: 's1', kind: 'pulse', respondents: 2, threshold: 5, closesAt: '2027-03-30T10:00:00.000Z' }],
  compassDue: 'first',
  phaseNextWorkshop: 4,
};
const links = { tabUrl: 'https://tab.example', teamsAppId: 'app-1' };

/** Parses a card as Teams' library does; the issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

describe('digestCard', () => {
  it.each(['fr', 'en'] as const)('is a valid 1.5 card in %s, every part with its link to the tab', (locale) => {
    const card = digestCard({ locale, content, links });
    expect(parseIssues(card)).toBe(0);
    const json = JSON.stringify(card);
    for (const key of [
      'digest.polls',
      'digest.captures',
      'digest.meeting',
      'digest.surveys',
      'digest.compass',
      'digest.compass.first',
      'digest.phase',
    ] as const)
      expect(json).toContain(JSON.stringify(translate(locale, key)).slice(1, -1));
    expect(json).toContain(translate(locale, 'digest.title', { community: 'Passerelles' }));
    expect(json).toContain('Nadia');
    // Deep links into the community's tab: the poll, the notebook, the rituals, workshop 6, the home.
    const urls = JSON.stringify(card).match(/https:\/\/teams\.microsoft\.com\/l\/entity\/[^"]+/g) ?? [];
    expect(urls.length).toBe(7);
    const routes = urls.map((u) => JSON.parse(new URL(u).searchParams.get('context')!).subEntityId);
    expect(routes).toEqual(
      expect.arrayContaining([
        '/c/c1/stage/poll/p1',
        '/c/c1/notebooks/meeting%7Cmidis%7C2027-03-16',
        '/c/c1/w/3',
        '/c/c1/w/6',
        '/c/c1/w/4',
        '/c/c1',
      ]),
    );
  });

  it.each(['fr', 'en'] as const)('reminds of a compass run below five answers and gives the newcomers’ pulse (%s)', (locale) => {
    const compass: DigestContent = {
      ...content,
      compassDue: null,
      compassBelowThreshold: { run: 2, respondents: 3, min: 5 },
      newcomerPulse: { respondents: 6, threshold: 5, counts: { yes: 3, partly: 2, notYet: 1 } },
    };
    const card = digestCard({ locale, content: compass, links });
    expect(parseIssues(card)).toBe(0);
    const json = JSON.stringify(card);
    expect(json).toContain(translate(locale, 'digest.compass.belowThreshold', { run: 2, respondents: 3, min: 5 }));
    expect(json).not.toContain(JSON.stringify(translate(locale, 'digest.compass.first')).slice(1, -1));
    const counts = translate(locale, 'welcome.pulseResults.counts', { yes: 3, partly: 2, notYet: 1 });
    expect(json).toContain(JSON.stringify(translate(locale, 'digest.newcomers.pulse', { summary: counts })).slice(1, -1));
    const few = digestCard({ locale, content: { ...compass, newcomerPulse: { respondents: 2, threshold: 5, counts: null } }, links });
    expect(parseIssues(few)).toBe(0);
    const notEnough = translate(locale, 'welcome.pulseResults.notEnough', { n: 2, threshold: 5 });
    expect(JSON.stringify(few)).toContain(JSON.stringify(translate(locale, 'digest.newcomers.pulse', { summary: notEnough })).slice(1, -1));
    const due = digestCard({ locale, content: { ...content, compassDue: 'again', compassEveryMonths: 4 }, links });
    expect(JSON.stringify(due)).toContain(translate(locale, 'digest.compass.due', { months: 4 }));
  });

  it('says participation as counts', () => {
    const card = digestCard({ locale: 'en', content, links });
    expect(JSON.stringify(card)).toContain('3 of 8 answered');
  });

  it('names each poll on its button when there are several', () => {
    const second = { ...content.polls[0]!, pollId: 'p2', question: 'Choisir le thème de la rencontre de juin entre trois propositions ?' };
    const card = digestCard({ locale: 'fr', content: { ...content, polls: [content.polls[0]!, second] }, links });
    expect(parseIssues(card)).toBe(0);
    const titles = (JSON.stringify(card).match(/"title":"[^"]*"/g) ?? []).map((m) => m.slice(9, -1));
    expect(titles).toEqual(expect.arrayContaining(['Adopter la charte ?', 'Choisir le thème de la rencontre de jui…']));
  });

  it('keeps the community name and poll question literal', () => {
    const hostile = { ...content, communityName: '**Bold** [x](https://evil.example)' };
    const json = JSON.stringify(digestCard({ locale: 'fr', content: hostile, links }));
    expect(json).not.toContain('[x](https://evil.example)');
  });
});
