import type { Poll, PollMethod } from './poll';

/**
 * A poll for tests and examples: `method` with options o1…o3 ("Option 1"…) where the method has options, ten
 * eligible members, open for a week from 2026-05-01; `overrides` sets the rest.
 */
export function buildPoll(method: PollMethod = 'single', overrides: Partial<Poll> = {}): Poll {
  const optionCount = method === 'consent' || method === 'score' ? 0 : 3;
  return {
    id: 'p1',
    tenantId: 't',
    communityId: 'c1',
    question: 'Q?',
    details: null,
    method,
    options: Array.from({ length: optionCount }, (_, i) => ({ id: `o${i + 1}`, label: `Option ${i + 1}` })),
    dots: method === 'dots' ? 3 : 0,
    quorumPct: 50,
    anonymous: false,
    hideResultsUntilClose: false,
    subject: null,
    workshop: null,
    workshopVersion: null,
    eligible: 10,
    status: 'open',
    createdAt: '2026-05-01T12:00:00.000Z',
    createdBy: { userId: 'nadia', name: 'Nadia' },
    closesAt: '2026-05-08T12:00:00.000Z',
    closedAt: null,
    decisionNumber: null,
    ...overrides,
  };
}
