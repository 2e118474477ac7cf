import { captureCard, checkInCard, meetingAnnounceCard } from '@elan/core/rituals/ritualCards';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { locales } from '@elan/core/i18n/translate';
import type { Meeting } from '@elan/core/rituals/meeting';
import { ritualPlanOf, rolesAt } from '@elan/core/rituals/ritualPlan';
import { ritualsDraft } from '@elan/core/workshops/rituals';
import { cardProblems } from '../testing/cardProblems';

// The longest a workshop 3 allows: 10 segments of 60 characters, 12 roles, a 150-character place, a 200-character
// question; and a capture with every link at its longest. The cards must still parse and stay under 28 KB.
const plan = ritualPlanOf(
  ritualsDraft.parse({
    cadence: { every: 2, unit: 'week' },
    durationMinutes: 480,
    place: `https://teams.example/${'m'.repeat(120)}`,
    firstMeeting: { date: '2027-10-19', time: '09:00', timeZone: 'Europe/Brussels' },
    leadTimeHours: 48,
    agendaTemplate: Array.from({ length: 10 }, (_, i) => ({ label: `${i} ${'é'.repeat(57)}`, minutes: 48, roleInCharge: 'facilitator' })),
    roles: Array.from({ length: 12 }, (_, i) => ({ role: 'noteTaker', rotation: i % 2 ? 'rotating' : 'volunteer' })),
    checkInQuestion: 'q'.repeat(200),
  }),
)!;
const meeting: Meeting = {
  seriesId: 'main',
  format: null,
  date: '2027-11-02',
  index: 1,
  startsAt: '2027-11-02T08:00:00.000Z',
  endsAt: '2027-11-02T16:00:00.000Z',
  timeZone: 'Europe/Brussels',
  posted: {},
  posts: {},
  capture: null,
  checkoutSurveyId: null,
};
const capture = {
  links: [
    { kind: 'minutes' as const, url: `https://x/${'a'.repeat(490)}`, public: false },
    { kind: 'summary' as const, url: `https://x/${'b'.repeat(490)}`, public: true },
    ...Array.from({ length: 10 }, (_, i) => ({ kind: 'resource' as const, url: `https://x/${i}${'c'.repeat(489)}`, public: true })),
  ],
  by: { userId: 'u', name: 'N'.repeat(100) },
  at: '2027-11-02T17:00:00.000Z',
};

function cardsIn(locale: (typeof locales)[number]): [string, AdaptiveCard][] {
  const roles = rolesAt(
    plan,
    meeting.index,
    Array.from({ length: 30 }, (_, i) => `Personne ${i}`),
  );
  const view = { locale, communityId: 'c'.repeat(36), meeting, noteTaker: 'Ana', summaryPublic: true, dueWorkingDays: 10 };
  return [
    ['announce', meetingAnnounceCard({ locale, plan, meeting, roles })],
    ['checkIn', checkInCard({ locale, plan, meeting, roles })],
    ['capture', captureCard({ ...view, capture: null, showPrivate: false })],
    ['captured (channel)', captureCard({ ...view, capture, showPrivate: false })],
    [
      'captured (author)',
      captureCard({ ...view, capture, showPrivate: true, notice: { key: 'rituals.card.capture.saved', tone: 'good' } }),
    ],
    [
      'capture error',
      captureCard({ ...view, capture: null, showPrivate: false, notice: { key: 'rituals.error.invalidLink', tone: 'attention' } }),
    ],
  ];
}

describe.each(locales)('ritual cards in %s', (locale) => {
  it.each(cardsIn(locale))('%s is a valid Adaptive Card 1.5 under 28 KB', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
  });
});
