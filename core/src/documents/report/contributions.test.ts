import type { Membership } from '../../community/community';
import { emptyNotebook, type Notebook, type NotebookResource } from '../../notebooks/notebook';
import type { Poll } from '../../polls/poll';
import type { Meeting } from '../../rituals/meeting';
import type { Survey } from '../../surveys/survey';
import { answerContributions, ballotContributions, meetingCaptures, notebookContributions } from './contributionSources';
import { type Contribution, contributorsByPeriod, contributorsIn, membersDuring, monthsBetween } from './contributions';

const person = (userId: string) => ({ userId, name: userId.toUpperCase() });
const member = (userId: string, role: Membership['role'] = 'member', joinedAt?: string): Membership => ({
  ...person(userId),
  role,
  ...(joinedAt ? { joinedAt } : {}),
});
const resource = (userId: string, sharedAt: string): NotebookResource => ({
  id: `r${userId}`,
  url: 'https://example.org/guide',
  description: 'Guide',
  tags: [],
  public: false,
  sharedBy: person(userId),
  sharedAt,
});

function notebook(over: Partial<Notebook>): Notebook {
  const ref = { kind: 'meeting', seriesId: 'main', date: '2026-10-07' } as const;
  return { ...emptyNotebook(ref, null, '2026-10-08T10:00:00.000Z'), etag: '"1"', ...over };
}

const poll = { id: 'p1', createdAt: '2026-10-02T09:00:00.000Z' } as Poll;
const survey = (kind: Survey['kind'], createdAt: string) => ({ id: `s-${kind}`, kind, createdAt }) as Survey;
const meeting = { date: '2026-10-21', capture: { links: [], by: person('gina'), at: '2026-10-22T08:00:00.000Z' } } as unknown as Meeting;

/** October 2026: each source brings different people; Ana also votes and answers, and a sponsor answers nothing. */
function october(): Contribution[] {
  return [
    ...notebookContributions([
      notebook({ resources: [resource('ana', '2026-10-07T18:00:00.000Z'), resource('ana', '2026-10-08T09:00:00.000Z')] }),
      notebook({
        id: 'between',
        ref: { kind: 'between' },
        capturedBy: person('bob'),
        takenOverBy: person('cyd'),
        updatedAt: '2026-10-30T12:00:00.000Z',
      }),
    ]),
    ...ballotContributions(poll, ['ana', 'dan']),
    ...answerContributions(survey('pulse', '2026-10-10T09:00:00.000Z'), ['ana', 'eve']),
    ...answerContributions(survey('story', '2026-10-12T09:00:00.000Z'), ['fay']),
    ...meetingCaptures([meeting, { ...meeting, capture: null }]),
  ];
}

const oct = { from: '2026-10-01', to: '2026-11-01' };

describe('contributions', () => {
  it('names each source’s kind, with the time it counts at', () => {
    const kinds = october().map((c) => `${c.userId}:${c.kind}`);
    expect(kinds).toEqual([
      'ana:resource',
      'ana:resource',
      'bob:capture',
      'cyd:capture',
      'ana:ballot',
      'dan:ballot',
      'ana:answer',
      'eve:answer',
      'fay:story',
      'gina:capture',
    ]);
    expect(october().find((c) => c.userId === 'bob')!.at).toBe('2026-10-30T12:00:00.000Z');
    expect(notebookContributions([notebook({ capturedBy: person('bob') })])[0]!.at).toBe('2026-10-07');
  });

  it('counts each person once, whatever they did and however often', () => {
    expect([...contributorsIn(october(), oct)].sort()).toEqual(['ana', 'bob', 'cyd', 'dan', 'eve', 'fay', 'gina']);
  });

  it('counts the first instant of a period and not the first of the next', () => {
    const at = (userId: string, when: string): Contribution => ({ userId, kind: 'ballot', at: when });
    const edges = [
      at('first', '2026-10-01T00:00:00.000Z'),
      at('day', '2026-10-01'),
      at('last', '2026-10-31T23:59:59.999Z'),
      at('next', '2026-11-01T00:00:00.000Z'),
      at('nextDay', '2026-11-01'),
      at('before', '2026-09-30T23:59:59.999Z'),
    ];
    expect([...contributorsIn(edges, oct)].sort()).toEqual(['day', 'first', 'last']);
  });

  it('counts only people on the roster who may contribute, joined before the period ended', () => {
    const members = [
      member('nadia', 'facilitator'),
      member('ana'),
      member('bob', 'member', '2026-10-15T00:00:00.000Z'),
      member('helene', 'sponsor'),
      member('late', 'member', '2026-11-03T00:00:00.000Z'),
    ];
    expect([...membersDuring(members, oct)].sort()).toEqual(['ana', 'bob', 'nadia']);
    const [sep, octCount, nov] = contributorsByPeriod(october(), members, monthsBetween('2026-09-20', '2026-11-02T10:00:00.000Z'));
    expect(sep).toEqual({ period: { from: '2026-09-01', to: '2026-10-01' }, contributors: 0, members: 2 });
    // Cyd, Dan, Eve, Fay and Gina are not members (any more): they do not count, so the share stays within 100 %.
    expect(octCount).toEqual({ period: oct, contributors: 2, members: 3 });
    expect(nov).toEqual({ period: { from: '2026-11-01', to: '2026-12-01' }, contributors: 0, members: 4 });
  });

  it('lists calendar months across a year end', () => {
    expect(monthsBetween('2026-12-31', '2027-01-01').map((p) => p.from)).toEqual(['2026-12-01', '2027-01-01']);
    expect(monthsBetween('2026-12-31', '2027-01-01')[0]!.to).toBe('2027-01-01');
  });
});
