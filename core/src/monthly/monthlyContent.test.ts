import { monthlyContent, type MonthlyDecision, type MonthlyFacts } from './monthlyContent';

const decision = (number: number, decidedAt: string): MonthlyDecision => ({
  number,
  question: `Question ${number}`,
  outcome: 'adopted',
  result: 'adopted',
  statement: null,
  voters: 3,
  eligible: 5,
  decidedAt,
});

const facts: MonthlyFacts = {
  communityId: 'c1',
  communityName: 'Passerelles',
  timeZone: 'America/Toronto',
  notebooks: [
    {
      notebookId: 'm20270309',
      title: 'Triage',
      ref: { kind: 'meeting', seriesId: 'main', date: '2027-03-09' },
      approvedAt: '2027-03-12T15:00:00Z',
    },
    {
      notebookId: 'm20270223',
      title: 'Février',
      ref: { kind: 'meeting', seriesId: 'main', date: '2027-02-23' },
      approvedAt: '2027-02-26T15:00:00Z',
    },
    // 1 April 02:00Z is 31 March, 22:00 in Toronto: March's.
    { notebookId: 'between', title: '', ref: { kind: 'between' }, approvedAt: '2027-04-01T02:00:00Z' },
  ],
  decisions: [
    decision(3, '2027-03-20T12:00:00Z'),
    decision(2, '2027-03-02T12:00:00Z'),
    decision(1, '2027-02-10T12:00:00Z'),
    decision(4, '2027-04-01T05:00:00Z'),
  ],
  nextMeeting: { startsAt: '2027-04-06T17:30:00Z', seriesName: null },
};

describe('monthlyContent', () => {
  it('keeps the notebooks first approved and the decisions taken in the month, on the community’s clock, oldest first', () => {
    const content = monthlyContent(facts, '2027-03')!;
    expect(content.month).toBe('2027-03');
    expect(content.notebooks.map((n) => n.notebookId)).toEqual(['m20270309', 'between']);
    expect(content.decisions.map((d) => d.number)).toEqual([2, 3]);
    expect(content.nextMeeting).toEqual(facts.nextMeeting);
    expect(content.timeZone).toBe('America/Toronto');
  });

  it('in Brussels the same instant is already April', () => {
    const content = monthlyContent({ ...facts, timeZone: 'Europe/Brussels' }, '2027-03')!;
    expect(content.notebooks.map((n) => n.notebookId)).toEqual(['m20270309']);
    expect(content.decisions.map((d) => d.number)).toEqual([2, 3]);
  });

  it('a month with decisions only, or notebooks only, still says something', () => {
    expect(monthlyContent({ ...facts, notebooks: [] }, '2027-03')?.decisions).toHaveLength(2);
    expect(monthlyContent({ ...facts, decisions: [] }, '2027-02')?.notebooks.map((n) => n.notebookId)).toEqual(['m20270223']);
  });

  it('says nothing for a month where nothing happened, even with a meeting ahead', () => {
    expect(monthlyContent(facts, '2027-01')).toBeNull();
    expect(monthlyContent({ ...facts, notebooks: [], decisions: [] }, '2027-03')).toBeNull();
  });
});
