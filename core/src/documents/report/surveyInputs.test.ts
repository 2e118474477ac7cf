import type { Survey } from '../../surveys/survey';
import type { SurveyResponse } from '../../surveys/surveyResults';
import { translate } from '../../i18n/translate';
import { reportStories, reportSurveys } from './surveyInputs';

const survey = (kind: Survey['kind'], over: Partial<Survey> = {}): Survey => ({
  id: `s-${kind}`,
  tenantId: 't',
  communityId: 'c',
  kind,
  items: kind === 'pulse' ? ['P1', 'P2', 'P15'] : [],
  threshold: 5,
  meetingDate: null,
  status: 'closed',
  createdAt: '2026-10-01T00:00:00.000Z',
  createdBy: { userId: 'f', name: 'F' },
  closesAt: '2026-10-10T00:00:00.000Z',
  closedAt: '2026-10-10T00:00:00.000Z',
  ...over,
});
const pulseAnswers = (n: number): SurveyResponse[] =>
  Array.from({ length: n }, (_, i) => ({ answers: { P1: i % 2 === 0 ? 5 : 2, P15: `Open ${n - i}` } }));

describe('reportSurveys', () => {
  it('turns a pulse past its threshold into means, agreement shares and sorted open answers', () => {
    const [r] = reportSurveys([{ survey: survey('pulse'), responses: pulseAnswers(6) }], 10, 'en');
    expect(r).toEqual({
      id: 's-pulse',
      title: translate('en', 'survey.title.pulse'),
      closedAt: '2026-10-10T00:00:00.000Z',
      respondents: 6,
      eligible: 10,
      items: [{ label: translate('en', 'survey.pulse.P1'), mean: 3.5, agreePct: 50, itemId: 'P1' }],
      openAnswers: ['Open 1', 'Open 2', 'Open 3', 'Open 4', 'Open 5', 'Open 6'],
    });
  });

  it('reports a satisfaction survey with the facilitator’s wording where they reworded a statement', () => {
    const statements = [
      { id: 'S4' as const, text: 'Facilitation leaves room for all', dimension: 'facilitation' as const },
      { id: 'S5' as const, text: null, dimension: 'rituals' as const },
    ];
    const responses = Array.from({ length: 5 }, (): SurveyResponse => ({ answers: { S4: 4, S5: 2 } }));
    const [r] = reportSurveys([{ survey: survey('satisfaction', { statements }), responses }], 10, 'en');
    expect(r!.title).toBe(translate('en', 'survey.title.satisfaction'));
    expect(r!.items).toEqual([
      { label: 'Facilitation leaves room for all', mean: 4, agreePct: 100, itemId: 'S4' },
      { label: translate('en', 'satisfaction.item.S5'), mean: 2, agreePct: 0, itemId: 'S5' },
    ]);
  });

  it('carries only the count of a survey below its threshold, and leaves snowball, story and check-out out', () => {
    const entries = [
      { survey: survey('pulse', { threshold: 7 }), responses: pulseAnswers(6) },
      { survey: survey('snowball'), responses: [] },
      { survey: survey('story'), responses: [] },
      { survey: survey('checkout'), responses: [] },
    ];
    expect(reportSurveys(entries, 10, 'fr')).toEqual([expect.objectContaining({ respondents: 6, items: [], openAnswers: [] })]);
  });
});

describe('reportStories', () => {
  it('keeps each author’s consent, names only those who chose it, and finds the furthest cycle reached', () => {
    const responses: SurveyResponse[] = [
      { answers: { s1: 'A workshop on triage', s3: 'Used it', consent: 'reportNamed' }, authorName: 'Léa' },
      { answers: { s1: 'x'.repeat(100), s2: 'y', s5: 'Changed my view', consent: 'reportAnonymised' } },
      { answers: { s2: 'Internal', consent: 'internal' } },
    ];
    const stories = reportStories([{ survey: survey('story'), responses }], 'en');
    expect(stories.map((s) => [s.consent, s.author.name, s.cycle])).toEqual([
      ['reportNamed', 'Léa', 'applied'],
      ['reportAnonymised', '', 'transformative'],
      ['internal', '', 'potential'],
    ]);
    expect(stories[0]!.title).toBe('A workshop on triage');
    expect(stories[1]!.title).toHaveLength(80);
    expect(stories[0]!.text).toContain(`${translate('en', 'survey.story.s3')} Used it`);
    expect(JSON.stringify(stories)).not.toContain('userId":"m');
  });
});
