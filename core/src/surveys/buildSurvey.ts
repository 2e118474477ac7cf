import { satisfactionStatements } from './satisfaction/satisfactionInput';
import { defaultSatisfactionItems } from './satisfaction/satisfactionItems';
import type { Survey, SurveyKind } from './survey';

/**
 * A survey for tests and examples: `kind` open from 2026-11-01 to 11-10, a threshold of 5, pulse items P1
 * and P2, the meeting date of a check-out or feedback, the satisfaction bank's default statements; `overrides` sets the rest.
 */
export function buildSurvey(kind: SurveyKind, overrides: Partial<Survey> = {}): Survey {
  return {
    id: 's1',
    tenantId: 't',
    communityId: 'c1',
    kind,
    items: kind === 'pulse' ? ['P1', 'P2'] : [],
    threshold: 5,
    meetingDate: kind === 'checkout' || kind === 'feedback' ? '2026-12-03' : null,
    status: 'open',
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: { userId: 'f', name: 'F' },
    closesAt: '2026-11-10T00:00:00.000Z',
    closedAt: null,
    ...(kind === 'satisfaction'
      ? { statements: satisfactionStatements(defaultSatisfactionItems.map((item) => ({ item }))), invitation: null }
      : {}),
    ...overrides,
  };
}
