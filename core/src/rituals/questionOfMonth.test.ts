import * as AC from 'adaptivecards';
import { translate } from '../i18n/translate';
import { exampleWorkshops } from '../workshops/exampleWorkshops';
import { ritualsComplete, ritualsDraft, type RitualsDraft } from '../workshops/rituals';
import { catchUpDays, questionForMonth, questionOfMonthDue, questionOfMonthPlan } from './questionOfMonth';
import { questionOfMonthCard } from './questionOfMonthCard';

// Workshop 3 as stored (optional keys left out), read as the draft type.
const chosen = (over: Record<string, unknown> = {}) =>
  ({
    betweenMeetings: ['questionOfMonth'],
    questionOfMonth: { day: 14, time: '09:00', questions: ['Une réussite ce mois-ci ?'] },
    firstMeeting: { timeZone: 'America/Toronto' },
    ...over,
  }) as RitualsDraft;

/** Parses a card as Teams' library does; how many issues it reports (unknown elements, bad properties). */
function parseIssues(json: unknown): number {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json as never, context);
  return context.eventCount;
}

describe('questionForMonth', () => {
  const twelve = Array.from({ length: 12 }, (_, i) => `Q${i + 1}`);
  it('gives the first question in January, the twelfth in December', () => {
    expect(questionForMonth(twelve, '2027-01')).toBe('Q1');
    expect(questionForMonth(twelve, '2027-06')).toBe('Q6');
    expect(questionForMonth(twelve, '2027-12')).toBe('Q12');
  });
  it('rotates fewer questions, and repeats a single one', () => {
    expect(['2027-01', '2027-02', '2027-03', '2027-04'].map((m) => questionForMonth(['A', 'B', 'C'], m))).toEqual(['A', 'B', 'C', 'A']);
    expect(questionForMonth(['Seule'], '2027-11')).toBe('Seule');
  });
});

describe('questionOfMonthPlan', () => {
  it('is nothing when the activity is not chosen or no question is written', () => {
    expect(questionOfMonthPlan(chosen({ betweenMeetings: ['peerHelp'] }))).toBeNull();
    expect(questionOfMonthPlan(chosen({ betweenMeetings: undefined }))).toBeNull();
    expect(questionOfMonthPlan(chosen({ questionOfMonth: { day: 3, questions: ['  ', ''] } }))).toBeNull();
    expect(questionOfMonthPlan(chosen({ questionOfMonth: undefined }))).toBeNull();
  });
  it('takes the main series time zone, the 1st at 9:00 and Brussels when left empty', () => {
    expect(questionOfMonthPlan(chosen())).toEqual({
      day: 14,
      time: '09:00',
      timeZone: 'America/Toronto',
      questions: ['Une réussite ce mois-ci ?'],
    });
    expect(questionOfMonthPlan(chosen({ firstMeeting: undefined, questionOfMonth: { questions: [' Q '] } }))).toEqual({
      day: 1,
      time: '09:00',
      timeZone: 'Europe/Brussels',
      questions: ['Q'],
    });
  });
});

describe('questionOfMonthDue', () => {
  const due = (day: number, time: string, timeZone: string, at: string) => questionOfMonthDue({ day, time, timeZone }, new Date(at));

  it('follows Toronto wall time across both DST changes (14 March and 7 November 2027)', () => {
    // 14 March 09:00 EDT = 13:00Z (the day clocks go forward).
    expect(due(14, '09:00', 'America/Toronto', '2027-03-14T12:59:00Z')).toBeNull();
    expect(due(14, '09:00', 'America/Toronto', '2027-03-14T13:00:00Z')).toBe('2027-03');
    // 7 November 09:00 EST = 14:00Z (the day clocks go back).
    expect(due(7, '09:00', 'America/Toronto', '2027-11-07T13:30:00Z')).toBeNull();
    expect(due(7, '09:00', 'America/Toronto', '2027-11-07T14:00:00Z')).toBe('2027-11');
    // 02:30 does not exist on 14 March: due once the clocks show a later time (03:00 EDT = 07:00Z).
    expect(due(14, '02:30', 'America/Toronto', '2027-03-14T06:59:00Z')).toBeNull();
    expect(due(14, '02:30', 'America/Toronto', '2027-03-14T07:00:00Z')).toBe('2027-03');
  });

  it('follows Brussels wall time across DST (28 March and 31 October 2027 changes)', () => {
    expect(due(1, '09:00', 'Europe/Brussels', '2027-03-01T07:59:00Z')).toBeNull(); // CET, UTC+1
    expect(due(1, '09:00', 'Europe/Brussels', '2027-03-01T08:00:00Z')).toBe('2027-03');
    expect(due(28, '09:00', 'Europe/Brussels', '2027-03-28T06:59:00Z')).toBeNull(); // CEST, UTC+2
    expect(due(28, '09:00', 'Europe/Brussels', '2027-03-28T07:00:00Z')).toBe('2027-03');
    expect(due(28, '09:00', 'Europe/Brussels', '2027-10-28T06:59:00Z')).toBeNull(); // still CEST until 31 October
    expect(due(28, '09:00', 'Europe/Brussels', '2027-10-28T07:00:00Z')).toBe('2027-10');
    expect(due(1, '09:00', 'Europe/Brussels', '2027-11-01T07:59:00Z')).toBeNull(); // CET again
    expect(due(1, '09:00', 'Europe/Brussels', '2027-11-01T08:00:00Z')).toBe('2027-11');
  });

  it('is the community’s month, not UTC’s, and still due some days later when the timer missed it', () => {
    // 1 April 00:30 in Brussels is still 31 March in UTC.
    expect(due(1, '00:15', 'Europe/Brussels', '2027-03-31T22:30:00Z')).toBe('2027-04');
    expect(due(3, '09:00', 'Europe/Brussels', '2027-04-02T12:00:00Z')).toBeNull();
    expect(due(3, '09:00', 'Europe/Brussels', `2027-04-${String(3 + catchUpDays).padStart(2, '0')}T12:00:00Z`)).toBe('2027-04');
    expect(due(3, '09:00', 'Europe/Brussels', `2027-04-${String(4 + catchUpDays).padStart(2, '0')}T12:00:00Z`)).toBeNull();
  });
});

describe('questionOfMonthCard', () => {
  const links = { tabUrl: 'https://tab.example', teamsAppId: 'app-1' };
  it.each(['fr', 'en'] as const)('is a valid 1.5 card in %s with the month, the question and the thread invitation', (locale) => {
    const card = questionOfMonthCard({ locale, communityId: 'c1', month: '2027-03', question: 'Une *réussite* ?', links });
    expect(parseIssues(card)).toBe(0);
    const json = JSON.stringify(card);
    expect(json).toContain(locale === 'fr' ? 'mars 2027' : 'March 2027');
    expect(json).toContain(JSON.stringify(translate(locale, 'rituals.question.answer')).slice(1, -1));
    expect(json).not.toContain('Une *réussite*'); // markdown is shown as typed, not applied
    expect(card.actions).toHaveLength(1);
  });
});

describe('workshop 3 question of the month schema', () => {
  it('keeps old workshops valid without it', () => {
    const { questionOfMonth: _none, ...old } = exampleWorkshops[3] as Record<string, unknown>;
    expect(ritualsComplete.safeParse(old).success).toBe(true);
    expect(ritualsDraft.safeParse({ betweenMeetings: ['questionOfMonth'] }).success).toBe(true);
  });
  it('accepts a day, a time and up to 12 questions', () => {
    const questionOfMonth = { day: 28, time: '17:45', questions: Array.from({ length: 12 }, (_, i) => `Q${i}`) };
    expect(ritualsDraft.safeParse({ questionOfMonth }).success).toBe(true);
    expect(ritualsComplete.safeParse({ ...exampleWorkshops[3], questionOfMonth }).error?.issues).toBeUndefined();
  });
  it('refuses a bad day, time or too many questions, with their field paths', () => {
    const result = ritualsDraft.safeParse({
      questionOfMonth: { day: 31, time: '25:00', questions: Array.from({ length: 13 }, () => 'Q') },
    });
    const issues = result.error!.issues;
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([
      'questionOfMonth.day',
      'questionOfMonth.questions',
      'questionOfMonth.time',
    ]);
    expect(issues.find((i) => i.path.join('.') === 'questionOfMonth.time')).toMatchObject({ params: { key: 'rituals.validation.time' } });
    expect(ritualsDraft.safeParse({ questionOfMonth: { day: 0 } }).success).toBe(false);
    expect(ritualsDraft.safeParse({ questionOfMonth: { day: 2.5 } }).success).toBe(false);
    expect(ritualsDraft.safeParse({ questionOfMonth: { hour: 9 } }).success).toBe(false);
  });
});
