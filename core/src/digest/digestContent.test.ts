import { type DigestFacts, digestContent } from './digestContent';

const now = new Date('2027-03-22T08:00:00Z');

/** Facts with nothing to say: no poll, no meeting, no survey, a compass run a month ago. */
function facts(over: Partial<DigestFacts> = {}): DigestFacts {
  return {
    communityId: 'c1',
    communityName: 'Passerelles',
    polls: [],
    overdueCaptures: [],
    nextMeeting: null,
    surveys: [],
    lastCompassAt: '2027-02-20T10:00:00Z',
    createdAt: '2026-09-01T10:00:00Z',
    phase: { nextWorkshop: 3, workshopsDone: [1, 2] },
    ...over,
  };
}

const poll = { pollId: 'p1', question: 'Adopter la charte ?', closesAt: '2027-03-25T16:00:00Z', voted: 3, eligible: 8 };
const meeting = { date: '2027-03-23', startsAt: '2027-03-23T17:30:00Z', seriesName: null, roles: [] };
const survey = { surveyId: 's1', kind: 'pulse' as const, respondents: 2, threshold: 5, closesAt: '2027-03-30T10:00:00Z' };

describe('digestContent', () => {
  it('no digest at all when there is nothing', () => {
    expect(digestContent(facts(), now)).toBeNull();
  });

  it('leaves out what is past or far: a closed deadline, a meeting beyond the week, a survey at its threshold, a story', () => {
    const quiet = facts({
      polls: [{ ...poll, closesAt: '2027-03-21T10:00:00Z' }],
      nextMeeting: { ...meeting, startsAt: '2027-04-06T17:30:00Z' },
      surveys: [
        { ...survey, respondents: 5 },
        { ...survey, surveyId: 's2', kind: 'story', respondents: 0 },
      ],
    });
    expect(digestContent(quiet, now)).toBeNull();
  });

  it('keeps each part only when there is something, polls as counts', () => {
    const content = digestContent(facts({ polls: [poll], surveys: [survey, { ...survey, surveyId: 's3', respondents: 6 }] }), now);
    expect(content).toMatchObject({
      polls: [{ pollId: 'p1', voted: 3, eligible: 8 }],
      nextMeeting: null,
      overdueCaptures: [],
      compassDue: null,
    });
    expect(content?.surveysBelowThreshold.map((s) => s.surveyId)).toEqual(['s1']);
    // Counts only: nothing in a digest part could name a voter.
    expect(Object.keys(content!.polls[0]!).sort()).toEqual(['closesAt', 'eligible', 'pollId', 'question', 'voted']);
  });

  it('the next meeting within the week, and overdue notes', () => {
    const content = digestContent(
      facts({ nextMeeting: meeting, overdueCaptures: [{ date: '2027-03-16', seriesName: null, notebookId: 'nb' }] }),
      now,
    );
    expect(content?.nextMeeting?.date).toBe('2027-03-23');
    expect(content?.overdueCaptures).toHaveLength(1);
  });

  it('the phase’s next step rides along with a digest, but makes none on its own', () => {
    expect(digestContent(facts(), now)).toBeNull();
    expect(digestContent(facts({ polls: [poll] }), now)?.phaseNextWorkshop).toBe(3);
    // Every workshop of the phase done: its next workshop is one to revisit, not a step.
    expect(digestContent(facts({ polls: [poll], phase: { nextWorkshop: 1, workshopsDone: [1, 2] } }), now)?.phaseNextWorkshop).toBeNull();
  });

  it('the compass: first six months after the community began, then six months after each run', () => {
    expect(digestContent(facts({ lastCompassAt: null, createdAt: '2026-10-01T00:00:00Z' }), now)).toBeNull();
    expect(digestContent(facts({ lastCompassAt: null, createdAt: '2026-09-01T00:00:00Z' }), now)?.compassDue).toBe('first');
    expect(digestContent(facts({ lastCompassAt: '2026-09-21T00:00:00Z' }), now)?.compassDue).toBe('again');
    expect(digestContent(facts({ lastCompassAt: '2026-09-23T00:00:00Z' }), now)).toBeNull();
  });

  it('the compass clock starts at the kick-off when workshop 3 plans one', () => {
    // Created in September, kicked off in January: not due in March, due in July.
    expect(digestContent(facts({ lastCompassAt: null, createdAt: '2026-09-01T00:00:00Z', kickOffDate: '2027-01-12' }), now)).toBeNull();
    const july = new Date('2027-07-12T08:00:00Z');
    expect(digestContent(facts({ lastCompassAt: null, kickOffDate: '2027-01-12' }), july)?.compassDue).toBe('first');
  });

  it('the compass follows workshop 6’s rhythm, the same rule as the timer that opens runs', () => {
    const every3 = { everyMonths: 3, firstDate: null, automatic: true };
    const due = digestContent(facts({ lastCompassAt: '2026-12-21T00:00:00Z', compassRhythm: every3 }), now);
    expect(due).toMatchObject({ compassDue: 'again', compassEveryMonths: 3 });
    // Opened by hand: no run opens by itself, so the reminder matters all the more.
    expect(
      digestContent(facts({ lastCompassAt: null, compassRhythm: { ...every3, firstDate: '2027-03-20', automatic: false } }), now)
        ?.compassDue,
    ).toBe('first');
    expect(digestContent(facts({ lastCompassAt: null, compassRhythm: { ...every3, firstDate: '2027-04-01' } }), now)).toBeNull();
  });

  it('the current compass run below five answers makes a digest; from five it does not', () => {
    const below = digestContent(facts({ latestCompassRun: { number: 2, respondents: 3 } }), now);
    expect(below?.compassBelowThreshold).toEqual({ run: 2, respondents: 3, min: 5 });
    expect(below?.compassDue).toBeNull();
    expect(digestContent(facts({ latestCompassRun: { number: 2, respondents: 5 } }), now)).toBeNull();
    // A run due again speaks of the next run, not of the old one's answers.
    const again = digestContent(facts({ lastCompassAt: '2026-09-01T00:00:00Z', latestCompassRun: { number: 1, respondents: 2 } }), now);
    expect(again).toMatchObject({ compassDue: 'again', compassBelowThreshold: null });
  });

  it('the newcomers’ pulse rides along with a digest, but makes none on its own', () => {
    const pulse = { respondents: 2, threshold: 5, counts: null };
    expect(digestContent(facts({ newcomerPulse: pulse }), now)).toBeNull();
    expect(digestContent(facts({ polls: [poll], newcomerPulse: pulse }), now)?.newcomerPulse).toEqual(pulse);
    expect(digestContent(facts({ polls: [poll] }), now)?.newcomerPulse).toBeNull();
  });
});
