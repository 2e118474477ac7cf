import { agendaSummary } from './agenda';

describe('agendaSummary', () => {
  const agenda = [
    { label: 'Check-in', minutes: 10 },
    { label: 'Travail', minutes: 90 },
    { label: 'Check-out', minutes: 20 },
  ];

  it('adds up the segments and gives their start times', () => {
    expect(agendaSummary(agenda, 120)).toEqual({ total: 120, starts: [0, 10, 100], fit: 'exact', slack: 0 });
  });

  it('says when the agenda is shorter or longer than the meeting', () => {
    expect(agendaSummary(agenda, 150)).toMatchObject({ fit: 'under', slack: 30 });
    expect(agendaSummary([...agenda, { minutes: 15 }], 120)).toMatchObject({ total: 135, fit: 'over', slack: -15 });
    expect(agendaSummary(agenda, undefined)).toMatchObject({ total: 120, fit: 'unknown' });
  });

  it('counts a segment without minutes as zero', () => {
    expect(agendaSummary([{ label: 'x' }, { minutes: -5 }, { minutes: 5 }], 30)).toMatchObject({ total: 5, starts: [0, 0, 0] });
  });
});
