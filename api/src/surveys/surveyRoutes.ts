import { surveyCard } from '@elan/core/surveys/surveyCard';
import { type CardFor, tabLinksFor } from '@elan/core/adaptiveCards/tabLinks';
import {
  answerSurvey,
  closeSurvey,
  deleteMyAnswers,
  listSurveys,
  openSurvey,
  readMyAnswers,
  readSurvey,
  surveyState,
} from '@elan/core/surveys/surveyCommands';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import type { MyAnswersView, SurveyAnsweredView, SurveyListView, SurveyOpenedView, SurveyView } from '@elan/core/contract';
import { presentSurvey, presentSurveySummary } from '@elan/core/surveys/surveyView';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';

/** `POST /api/communities/{id}/surveys`: open a survey; answers 201 `{survey, card}` and posts the card. */
export const createSurveyRoute: Route = {
  name: 'createSurvey',
  methods: ['POST'],
  route: 'communities/{id}/surveys',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const input = await readJson(req);
    const survey = await openSurvey({ stores: deps.stores, principal, communityId, input, now: deps.now(), newId: deps.newId });
    const state = surveyState(survey, [], 'facilitator');
    const locale = await languageOfCommunity(deps.stores, principal.tenantId, communityId);
    const cardFor: CardFor = (links) => surveyCard({ ...state, locale, links });
    // The answer's card is the one posted, with the links of no particular channel.
    const card = cardFor(tabLinksFor(deps.config));
    const posted = await deps.announcer.surveyOpened(survey, cardFor);
    return json(201, { survey: presentSurvey(state), card, posted } satisfies SurveyOpenedView, {
      location: `/api/communities/${communityId}/surveys/${survey.id}`,
    });
  }),
};

/** `GET /api/communities/{id}/surveys`: every survey, newest first, with whether I answered it. */
export const listSurveysRoute: Route = {
  name: 'listSurveys',
  methods: ['GET'],
  route: 'communities/{id}/surveys',
  handler: authenticated(async ({ req, deps, principal }) => {
    const rows = await listSurveys(deps.stores, principal, idParam(req, 'id'));
    return json(200, { surveys: rows.map((r) => presentSurveySummary(r.survey, r.respondents, r.answeredByMe)) } satisfies SurveyListView);
  }),
};

/** `GET /api/communities/{id}/surveys/{surveyId}`: questions, participation and (from the threshold) results. */
export const readSurveyRoute: Route = {
  name: 'readSurvey',
  methods: ['GET'],
  route: 'communities/{id}/surveys/{surveyId}',
  handler: authenticated(async ({ req, deps, principal }) =>
    json(200, presentSurvey(await readSurvey(deps.stores, principal, idParam(req, 'id'), idParam(req, 'surveyId'))) satisfies SurveyView),
  ),
};

/** `POST /api/communities/{id}/surveys/{surveyId}/responses`: answer (or change my answer) from the tab. */
export const answerSurveyRoute: Route = {
  name: 'answerSurvey',
  methods: ['POST'],
  route: 'communities/{id}/surveys/{surveyId}/responses',
  handler: authenticated(async ({ req, deps, principal }) => {
    const view = await answerSurvey({
      stores: deps.stores,
      principal,
      communityId: idParam(req, 'id'),
      surveyId: idParam(req, 'surveyId'),
      input: await readJson(req),
    });
    return json(200, { ...presentSurvey(view), mine: view.mine } satisfies SurveyAnsweredView);
  }),
};

/** `GET|DELETE /api/communities/{id}/surveys/{surveyId}/responses/mine`: see or delete my own answer. */
export const myAnswerRoute: Route = {
  name: 'mySurveyAnswer',
  methods: ['GET', 'DELETE'],
  route: 'communities/{id}/surveys/{surveyId}/responses/mine',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const surveyId = idParam(req, 'surveyId');
    if (req.method === 'DELETE') {
      await deleteMyAnswers(deps.stores, principal, communityId, surveyId);
      return { status: 204 };
    }
    return json(200, { answers: await readMyAnswers(deps.stores, principal, communityId, surveyId) } satisfies MyAnswersView);
  }),
};

/** `POST /api/communities/{id}/surveys/{surveyId}/close`: a facilitator closes the survey; the channel card shows results. */
export const closeSurveyRoute: Route = {
  name: 'closeSurvey',
  methods: ['POST'],
  route: 'communities/{id}/surveys/{surveyId}/close',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    const state = await closeSurvey({
      stores: deps.stores,
      principal,
      tenantId: principal.tenantId,
      communityId,
      surveyId: idParam(req, 'surveyId'),
      now: deps.now(),
      newId: deps.newId,
    });
    const locale = await languageOfCommunity(deps.stores, principal.tenantId, communityId);
    await deps.announcer.surveyClosed(state.survey, (links) => surveyCard({ ...state, locale, links }));
    return json(200, presentSurvey(state) satisfies SurveyView);
  }),
};
