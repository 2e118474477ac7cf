import type { Membership, Principal } from '../community/community';
import { communityOf, memoryCommunities } from '../community/testing/memoryCommunities';
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import type { Stores } from '../stores';
import { buildSurvey } from './buildSurvey';
import type { Survey } from './survey';
import { answerSurveyCard, cardAnswers, mayCloseSurveys } from './surveyCardAnswers';
import type { SurveyResponse } from './surveyResults';

const members: Membership[] = [
  { userId: 'nadia', name: 'Nadia', role: 'facilitator' },
  { userId: 'ana', name: 'Ana', role: 'member' },
  { userId: 'sam', name: 'Sam', role: 'sponsor' },
  { userId: 'gone', name: 'Gone', role: 'facilitator', status: 'inactive' },
];

/** Community c1 with the surveys given (a pulse and a closed snowball by default) and the answers stored per person. */
function world(surveys: Survey[] = [buildSurvey('pulse'), buildSurvey('snowball', { id: 's2', status: 'closed' })]) {
  const answers = new Map<string, SurveyResponse>();
  const stores = {
    communities: memoryCommunities([communityOf('c1')], { c1: members }),
    surveys: {
      get: async (_t: string, _c: string, id: string) => {
        const survey = surveys.find((s) => s.id === id);
        return survey && { survey, etag: 'e' };
      },
      putResponse: async (survey: Survey, userId: string, response: SurveyResponse) => {
        answers.set(`${survey.id}|${userId}`, response);
        return 'stored' as const;
      },
      listResponses: async (survey: Survey) => [...answers].filter(([k]) => k.startsWith(`${survey.id}|`)).map(([, r]) => r),
    },
  } as unknown as Stores;
  return { stores, answers };
}

const principal = (userId: string): Principal => ({ tenantId: 't', userId, name: userId });
const pulseCard = { verb: 'survey.answer', surveyId: 's1', 'q.P1': '4', 'q.P2': ' ', other: 'x' };

describe('cardAnswers', () => {
  it("reads a card's inputs as answers to its survey's questions, leaving out blanks and unknown inputs", async () => {
    const { stores } = world();
    const read = await cardAnswers({ stores, tenantId: 't', communityId: 'c1', surveyId: 's1', cardData: pulseCard });
    expect(read).toEqual({ survey: buildSurvey('pulse'), input: { answers: { P1: 4 } } });
  });

  it('reads numbered nominee inputs as a list, a missing kind as a person', async () => {
    const { stores } = world([buildSurvey('snowball')]);
    const cardData = {
      'q.nominees.1.name': 'Line',
      'q.nominees.1.kind': 'organisation',
      'q.nominees.2.name': 'Marc',
      'q.nominees.2.why': ' pair ',
    };
    expect((await cardAnswers({ stores, tenantId: 't', communityId: 'c1', surveyId: 's1', cardData })).input).toEqual({
      answers: {
        nominees: [
          { name: 'Line', kind: 'organisation' },
          { name: 'Marc', kind: 'person', why: 'pair' },
        ],
      },
    });
  });

  it('gives no survey and no answers when the survey is gone', async () => {
    const { stores } = world();
    expect(await cardAnswers({ stores, tenantId: 't', communityId: 'c1', surveyId: 'nope', cardData: pulseCard })).toEqual({
      survey: undefined,
      input: {},
    });
  });
});

describe('mayCloseSurveys', () => {
  it('lets only active facilitators close surveys', async () => {
    const { stores } = world();
    const may = (userId: string) => mayCloseSurveys({ stores, principal: principal(userId), communityId: 'c1' });
    expect([await may('nadia'), await may('ana'), await may('sam'), await may('gone'), await may('stranger')]).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('answerSurveyCard', () => {
  it("stores a member's card answers and returns their view, which they may not close", async () => {
    const { stores, answers } = world();
    const { view, canClose } = await answerSurveyCard({
      stores,
      principal: principal('ana'),
      communityId: 'c1',
      surveyId: 's1',
      cardData: pulseCard,
    });
    expect(answers.get('s1|ana')).toEqual({ answers: { P1: 4 } });
    expect(view).toMatchObject({ mine: { P1: 4 }, respondents: 1, needed: 4, results: null });
    expect(canClose).toBe(false);
  });

  it('tells a facilitator who answers that they may close it', async () => {
    const { stores } = world();
    expect(
      (await answerSurveyCard({ stores, principal: principal('nadia'), communityId: 'c1', surveyId: 's1', cardData: pulseCard })).canClose,
    ).toBe(true);
  });

  it('refuses sponsors, strangers, an empty card, a closed or unknown survey, and stores nothing', async () => {
    const { stores, answers } = world();
    const answer = (userId: string, surveyId: string, cardData: Record<string, unknown> = pulseCard) =>
      answerSurveyCard({ stores, principal: principal(userId), communityId: 'c1', surveyId, cardData });
    await expect(answer('sam', 's1')).rejects.toThrow(ForbiddenError);
    await expect(answer('stranger', 's1')).rejects.toThrow(NotFoundError);
    await expect(answer('gone', 's1')).rejects.toThrow(NotFoundError);
    await expect(answer('ana', 's1', { 'q.P1': '' })).rejects.toThrow(ValidationError);
    await expect(answer('ana', 's2', { 'q.nominees.1.name': 'Line' })).rejects.toThrow(new DomainError('survey.error.closed', 409));
    await expect(answer('ana', 'nope')).rejects.toThrow(NotFoundError);
    expect(answers.size).toBe(0);
  });
});
