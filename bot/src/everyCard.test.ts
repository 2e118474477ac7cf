import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { refreshUserIdsMax, submitVerbKey } from '@elan/core/adaptiveCards/executeAction';
import { linkCard, linkedCard } from '@elan/core/conversations/linkCard';
import { pollCard } from '@elan/core/polls/pollCard';
import { captureCard, checkInCard, meetingAnnounceCard } from '@elan/core/rituals/ritualCards';
import { surveyCard } from '@elan/core/surveys/surveyCard';
import type { TabLinks } from '@elan/core/adaptiveCards/tabLinks';
import { welcomeCard } from '@elan/core/conversations/welcomeCard';
import { locales } from '@elan/core/i18n/translate';
import { buildPoll } from '@elan/core/polls/buildPoll';
import { type Poll, pollMethods } from '@elan/core/polls/poll';
import { tallyPoll } from '@elan/core/polls/pollTally';
import type { Meeting } from '@elan/core/rituals/meeting';
import { rolesAt } from '@elan/core/rituals/ritualPlan';
import { ritualPlanFor } from '@elan/core/rituals/testing/ritualsInput';
import { buildSurvey } from '@elan/core/surveys/buildSurvey';
import { type Survey, surveyKinds } from '@elan/core/surveys/survey';
import { cardProblems } from './testing/cardProblems';
import type { Notebook } from '@elan/core/notebooks/notebook';
import { notebookAnnouncementCard } from '@elan/core/notebooks/notebookCard';
import { savedMessage } from '@elan/core/notebooks/messagePayload';
import { saveToNotebookCard } from '@elan/core/notebooks/saveToNotebook';
import { captureReminderCard } from '@elan/core/notebooks/captureReminderCard';
import { closingCard } from '@elan/core/community/closingCard';
import { selfReviewCard, selfReviewDoneCard } from '@elan/core/selfReview/selfReviewCard';
import { compassFormCard, compassRunCard } from '@elan/core/compass/compassCard';

const links: TabLinks = { tabUrl: 'https://tab.example', teamsAppId: '00000000-0000-4000-8000-00000000e1a0' };
const facilitators = (n: number) => Array.from({ length: n }, (_, i) => `f0000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const poll = (method: Poll['method'], over: Partial<Poll> = {}): Poll =>
  buildPoll(method, {
    question: 'Quel rythme?',
    options: method === 'consent' || method === 'score' ? [] : ['A', 'B', 'C'].map((label, i) => ({ id: `o${i + 1}`, label })),
    dots: method === 'dots' ? 5 : 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: { userId: 'f', name: 'F' },
    closesAt: '2026-11-08T00:00:00.000Z',
    facilitatorIds: facilitators(3),
    ...over,
  });

const survey = (kind: Survey['kind'], over: Partial<Survey> = {}): Survey =>
  buildSurvey(kind, { facilitatorIds: facilitators(2), ...over });

const plan = ritualPlanFor({ checkInQuestion: 'Comment arrivez-vous?' });
// Another series, named, in person: its cards carry its name and format.
const halfDay = { ...plan, seriesId: 'demi', seriesName: 'Demi-journée *en personne*', format: 'inPerson' as const };
const by = { userId: 'u1', name: 'Ana' };
const notebook: Notebook = {
  id: 'm20271102',
  ref: { kind: 'meeting', seriesId: 'main', date: '2027-11-02' },
  format: 'virtual',
  title: 'Soins <b>à domicile</b>',
  tags: ['outils', '#triage'],
  minutes: { text: 'privé' },
  summary: 'Synthèse **importante** ${x}',
  resources: [
    { id: 'r1', url: 'https://example.org/g', description: 'Gabarit [lien](x)', tags: [], public: true, sharedBy: by, sharedAt: '' },
    { id: 'r2', fileName: 'interne.xlsx', description: 'Liste', tags: [], public: false, sharedBy: by, sharedAt: '' },
  ],
  status: 'approved',
  capturedBy: by,
  takenOverBy: null,
  approvedBy: by,
  approvedAt: '',
  announcedAt: '',
  updatedAt: '',
  updatedBy: by,
  etag: 'e',
};
const message = savedMessage({
  id: 'm1',
  body: { contentType: 'html', content: '<p>Voir <a href="https://example.org/a">ceci</a> et https://example.org/b</p>' },
});
const meeting: Meeting = {
  seriesId: 'main',
  format: 'inPerson',
  date: '2027-11-02',
  index: 1,
  startsAt: '2027-11-02T13:00:00.000Z',
  endsAt: '2027-11-02T14:00:00.000Z',
  timeZone: 'America/Toronto',
  posted: {},
  posts: {},
  capture: null,
  checkoutSurveyId: null,
};

/** Every card Élan sends, in every variant, with and without tab links. */
function everyCard(locale: (typeof locales)[number]): [string, AdaptiveCard][] {
  const cards: [string, AdaptiveCard][] = [];
  for (const method of pollMethods)
    for (const [variant, over] of [
      ['open', {}],
      ['hidden', { hideResultsUntilClose: true }],
      ['anonymous', { anonymous: true }],
      ['closed', { status: 'closed', closedAt: '2026-11-08T00:00:00.000Z', workshop: 4 }],
      ['old (no facilitators stored)', { facilitatorIds: undefined }],
      // An advice process names whom it asks and, once closed, what its proposer decided and why.
      [
        'consulted, decided',
        {
          status: 'closed',
          closedAt: '2026-11-08T00:00:00.000Z',
          consulted: [{ userId: 'u2', name: 'Ana <b>' }],
          verdict: { outcome: 'adopted', rationale: 'Comme conseillé *vraiment*', by: { userId: 'u1', name: 'Bo' } },
        },
      ],
    ] as [string, Partial<Poll>][]) {
      const p = poll(method, over);
      const tally = tallyPoll(p, []);
      cards.push([`poll ${method} ${variant}`, pollCard({ poll: p, tally, locale })]);
      cards.push([
        `poll ${method} ${variant} (facilitator view, links)`,
        pollCard({ poll: p, tally, locale, mine: null, canClose: true, links }),
      ]);
    }
  for (const kind of surveyKinds)
    for (const over of [{}, { status: 'closed', closedAt: '2026-11-10T00:00:00.000Z' }] as Partial<Survey>[]) {
      const s = survey(kind, over);
      const view = { survey: s, respondents: 0, needed: 5, results: null, locale };
      cards.push([`survey ${kind} ${s.status}`, surveyCard(view)]);
      cards.push([`survey ${kind} ${s.status} (facilitator view, links)`, surveyCard({ ...view, mine: null, canClose: true, links })]);
    }
  const roles = rolesAt(plan, meeting.index, ['Ana', 'Bo']);
  const tab = { links, communityId: 'c1' };
  const capture = {
    locale,
    communityId: 'c1',
    meeting,
    noteTaker: 'Ana',
    summaryPublic: true,
    dueWorkingDays: 5,
    capture: null,
    showPrivate: false,
  };
  cards.push(
    ['ritual announce', meetingAnnounceCard({ locale, plan, meeting, roles })],
    ['ritual announce (links)', meetingAnnounceCard({ locale, plan, meeting, roles, tab })],
    ['ritual check-in', checkInCard({ locale, plan, meeting, roles })],
    ['ritual check-in (links)', checkInCard({ locale, plan, meeting, roles, tab })],
    ['ritual capture', captureCard(capture)],
    ['ritual capture (links)', captureCard({ ...capture, links })],
    [
      'ritual announce, another series',
      meetingAnnounceCard({ locale, plan: halfDay, meeting: { ...meeting, seriesId: 'demi' }, roles, tab }),
    ],
    [
      'ritual capture, another series',
      captureCard({ ...capture, meeting: { ...meeting, seriesId: 'demi' }, seriesName: halfDay.seriesName, links }),
    ],
    [
      'notebook approved (channel)',
      notebookAnnouncementCard({ locale, communityId: 'c1', communityName: 'Soins', notebook, showSummary: true, links }),
    ],
    [
      'notebook approved (members-only summary)',
      notebookAnnouncementCard({ locale, communityId: 'c1', communityName: 'Soins', notebook, showSummary: false, links }),
    ],
    [
      'notebook approved (wider network)',
      notebookAnnouncementCard({ locale, communityId: 'c1', communityName: 'Soins', notebook, showSummary: true, links: null }),
    ],
    ...(['remindNoteTaker', 'remindFacilitators'] as const).map((who): [string, AdaptiveCard] => [
      `capture reminder ${who}`,
      captureReminderCard({
        locale,
        communityId: 'c1',
        communityName: 'Soins *x*',
        date: '2027-11-02',
        notebookId: 'm20271102',
        who,
        noteTaker: 'Ana',
        links,
      }),
    ]),
    [
      'closing ritual',
      closingCard({ locale, communityId: 'c1', communityName: 'Soins *x*', lastMeetingAt: '2027-11-02T13:00:00.000Z', links }),
    ],
    ['closing ritual, no meeting left', closingCard({ locale, communityId: 'c1', communityName: 'Soins', lastMeetingAt: null, links })],
    [
      'capture reminder, no note-taker',
      captureReminderCard({
        locale,
        communityId: 'c1',
        communityName: 'Soins',
        date: '2027-11-02',
        notebookId: 'm20271102',
        who: 'remindFacilitators',
        noteTaker: null,
        links,
      }),
    ],
    [
      'add to notebook dialog',
      saveToNotebookCard({ locale, communityName: 'Soins', choices: [{ value: 'between', title: 'Entre les rencontres' }], message }),
    ],
    [
      'add to notebook dialog, one link, refused',
      saveToNotebookCard({
        locale,
        communityName: 'Soins',
        choices: [{ value: 'between', title: 'Entre' }],
        message: { ...message, links: ['https://example.org/a'] },
        problem: 'notebook.save.descriptionRequired',
      }),
    ],
    ['link form', linkCard({ locale, communities: [{ id: 'c1', name: 'Soins' }] })],
    ['link form, none', linkCard({ locale, communities: [] })],
    ['linked', linkedCard(locale, 'Soins', 'https://tab.example/#/c/c1')],
    ['welcome', welcomeCard('https://tab.example/#/')],
    ['compass run (channel)', compassRunCard({ locale, communityId: 'c1', run: 2, respondents: 3, links })],
    [
      'compass run (my view, answered)',
      compassRunCard({
        locale,
        communityId: 'c1',
        run: 2,
        respondents: 7,
        answered: true,
        notice: { key: 'compass.card.recorded', tone: 'good' },
      }),
    ],
    ['compass dialog form', compassFormCard({ locale, communityId: 'c1', run: 2, mine: null })],
    [
      'compass dialog form, refused and filled',
      compassFormCard({ locale, communityId: 'c1', run: 2, mine: { 'purpose.a': 4, 'value.c': 2 } }, 'compass.card.error.invalid'),
    ],
    ...[undefined, { agendaKept: 'yes' as const, climate: 'notYet' as const }].map((answers): [string, AdaptiveCard] => [
      `self-review${answers ? ', refused and filled' : ''}`,
      selfReviewCard({
        locale,
        communityId: 'c1',
        communityName: 'Soins *x*',
        meeting: { seriesId: 'demi', date: '2027-11-02' },
        ...(answers ? { answers, note: 'Note ${x}', notice: { key: 'selfReview.error.noteTooLong', tone: 'attention' } } : {}),
      }),
    ]),
    ...[true, false].map((askMembers): [string, AdaptiveCard] => [
      `self-review saved${askMembers ? '' : ', members asked'}`,
      selfReviewDoneCard({
        locale,
        communityId: 'c1',
        communityName: 'Soins',
        meeting: { seriesId: 'main', date: '2027-11-02' },
        answers: { everyoneSpoke: 'partly', checkOut: 'notYet' },
        askMembers,
        ...(askMembers ? {} : { notice: { key: 'selfReview.asked', tone: 'good' } }),
      }),
    ]),
  );
  return cards;
}

/** Every action of a card, wherever it sits (actions, action sets, show cards). */
function actionsOf(node: unknown, found: Record<string, any>[] = []): Record<string, any>[] {
  if (Array.isArray(node)) node.forEach((n) => actionsOf(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'actions' && Array.isArray(value)) found.push(...value);
      if (key !== 'fallback' && key !== 'refresh') actionsOf(value, found);
    }
  }
  return found;
}

describe('every card Élan sends', () => {
  for (const locale of locales)
    it(`parses as Adaptive Card 1.5 with no problem (${locale}), every variant`, () => {
      const all = everyCard(locale);
      expect(all.length).toBeGreaterThan(80);
      for (const [name, card] of all) expect({ name, problems: cardProblems(card) }).toEqual({ name, problems: [] });
    });

  it('gives every Action.Execute an Action.Submit fallback with the same title and data, plus its verb', () => {
    let executes = 0;
    for (const [name, card] of everyCard('fr'))
      for (const action of actionsOf(card).filter((a) => a['type'] === 'Action.Execute')) {
        executes += 1;
        expect({ name, fallback: action['fallback'] }).toEqual({
          name,
          fallback: {
            type: 'Action.Submit',
            title: action['title'],
            data: { ...action['data'], [submitVerbKey]: action['verb'] },
            ...(action['style'] ? { style: action['style'] } : {}),
          },
        });
      }
    expect(executes).toBeGreaterThan(100);
  });

  it('lists the facilitators in refresh.userIds (Teams MRIs), at most 60 of 80, and none when none are stored', () => {
    const many = poll('single', { facilitatorIds: facilitators(80) });
    const card = pollCard({ poll: many, tally: tallyPoll(many, []), locale: 'fr' }) as any;
    expect(card.refresh.userIds).toHaveLength(refreshUserIdsMax);
    expect(card.refresh.userIds[0]).toBe(`8:orgid:${facilitators(1)[0]}`);
    expect(cardProblems(card)).toEqual([]);
    const s = surveyCard({
      survey: survey('pulse', { facilitatorIds: facilitators(80) }),
      respondents: 0,
      needed: 5,
      results: null,
      locale: 'en',
    }) as any;
    expect(s.refresh.userIds).toHaveLength(60);
    // An empty list would stop Teams refreshing for everyone: old polls send none.
    const old = poll('consent', { facilitatorIds: undefined });
    expect((pollCard({ poll: old, tally: tallyPoll(old, []), locale: 'fr' }) as any).refresh).not.toHaveProperty('userIds');
  });

  it('links each card to its page of the tab', () => {
    const urls = (card: AdaptiveCard) =>
      actionsOf(card)
        .filter((a) => a['type'] === 'Action.OpenUrl')
        .map((a) => decodeURIComponent(a['url']));
    const closed = poll('single', { status: 'closed', closedAt: '2026-11-08T00:00:00.000Z', workshop: 4 });
    const pollUrls = urls(pollCard({ poll: closed, tally: tallyPoll(closed, []), locale: 'fr', links }));
    expect(pollUrls[0]).toContain('"subEntityId":"/c/c1/stage/poll/p1"');
    expect(pollUrls[1]).toContain('"subEntityId":"/c/c1/w/4"');
    expect(urls(surveyCard({ survey: survey('pulse'), respondents: 0, needed: 5, results: null, locale: 'fr', links }))).toEqual([
      expect.stringContaining('"subEntityId":"/c/c1/answers"'),
    ]);
    const roles = rolesAt(plan, meeting.index, ['Ana']);
    expect(
      urls(checkInCard({ locale: 'fr', plan, meeting, roles, tab: { links: { tabUrl: 'http://localhost:53000' }, communityId: 'c1' } })),
    ).toEqual(['http://localhost:53000/#/c/c1/w/3']);
  });
});
