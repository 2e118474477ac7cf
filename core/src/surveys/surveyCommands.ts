import { assertNotArchived } from '../community/lifecycle';
import { refreshAudience } from '../adaptiveCards/executeAction';
import type { Principal, Role } from '../community/community';
import { DomainError, NotFoundError } from '../errors';
import type { Author } from '../community/author';
import type { Stores } from '../stores';
import { proposeStakeholders } from './proposeStakeholders';
import {
  type CreateSurveyInput,
  createSurveyInput,
  defaultPulseItems,
  defaultSurveyDays,
  defaultSurveyThreshold,
  minSurveyThreshold,
  type PulseItem,
  pulseItems,
  type Survey,
} from './survey';
import { type SurveyAnswers, surveyAnswersInput } from './surveyAnswers';
import { type SurveyQuestion, surveyQuestions } from './surveyQuestions';
import { answersNeeded, type SurveyResponse, type SurveyResults, surveyResults } from './surveyResults';
import { parseInput } from '../validation/parseInput';
import { satisfactionStatements } from './satisfaction/satisfactionInput';
import { defaultSatisfactionItems } from './satisfaction/satisfactionItems';
import type { EcosystemDraft } from '../workshops/ecosystem';
import type { ImpactDraft } from '../workshops/impact';
import { authorize, authorizeMember } from '../community/access';

const dayMs = 24 * 3600 * 1000;
// A role change reaches card answers within this delay (as for votes).
const membershipMaxAgeMs = 5000;
// Counts on a respondent's view may be this old when many answer at once (their own answer always shows).
const cardCountsMaxAgeMs = 1000;

export interface CreateSurveyProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
  by: Author;
  input: unknown;
  now: string;
  newId: () => string;
}

/**
 * Opens a survey without checking who asks (timers open check-out pulses); people go through
 * `openSurvey`. Pulse items and the anonymity threshold default from workshop 6; satisfaction statements from the bank's default selection.
 */
export async function createSurvey({ stores, tenantId, communityId, by, input, now, newId }: CreateSurveyProps): Promise<Survey> {
  const data: CreateSurveyInput = parseInput(createSurveyInput, input);
  const impact = ((await stores.workshops.get(tenantId, communityId, 6))?.data ?? {}) as ImpactDraft;
  const planned = (impact.pulse?.itemIds ?? []).filter(
    (id): id is PulseItem => id !== undefined && (pulseItems as readonly string[]).includes(id),
  );
  const threshold = Math.max(minSurveyThreshold, data.threshold ?? impact.pulse?.minRespondents ?? defaultSurveyThreshold);
  const members = await stores.communities.listMembers(tenantId, communityId);
  const survey: Survey = {
    id: newId(),
    tenantId,
    communityId,
    kind: data.kind,
    items: data.kind === 'pulse' ? (data.items ?? (planned.length ? planned : [...defaultPulseItems])) : [],
    threshold,
    meetingDate: data.meetingDate ?? null,
    status: 'open',
    createdAt: now,
    createdBy: by,
    closesAt: new Date(Date.parse(now) + (data.durationDays ?? defaultSurveyDays[data.kind]) * dayMs).toISOString(),
    closedAt: null,
    facilitatorIds: refreshAudience(members),
    ...(data.kind === 'satisfaction'
      ? {
          statements: satisfactionStatements(data.statements ?? defaultSatisfactionItems.map((item) => ({ item }))),
          invitation: data.invitation ?? null,
        }
      : {}),
  };
  await stores.surveys.create(survey);
  return survey;
}

/** Opens a survey for a facilitator. */
export async function openSurvey(props: Omit<CreateSurveyProps, 'tenantId' | 'by'> & { principal: Principal }): Promise<Survey> {
  const { stores, principal, communityId } = props;
  const { community } = await authorize(stores, principal, communityId, 'survey.create');
  assertNotArchived(community);
  return createSurvey({ ...props, tenantId: principal.tenantId, by: { userId: principal.userId, name: principal.name } });
}

async function loadSurvey(stores: Stores, tenantId: string, communityId: string, surveyId: string) {
  const found = await stores.surveys.get(tenantId, communityId, surveyId);
  if (!found) throw new NotFoundError();
  return found;
}

/** A survey with what one reader may see of its answers. */
export interface SurveyState {
  survey: Survey;
  questions: SurveyQuestion[];
  respondents: number;
  needed: number;
  results: SurveyResults | null;
}

/** Builds the reader's view of a survey from its stored answers. */
export function surveyState(survey: Survey, responses: readonly SurveyResponse[], reader: Role | 'report'): SurveyState {
  return {
    survey,
    questions: surveyQuestions(survey),
    respondents: responses.length,
    needed: answersNeeded(survey, responses.length),
    results: surveyResults(survey, responses, reader),
  };
}

/** Reads a survey and (from the threshold on) its aggregates. */
export async function readSurvey(stores: Stores, principal: Principal, communityId: string, surveyId: string): Promise<SurveyState> {
  const { membership } = await authorize(stores, principal, communityId, 'survey.read');
  const { survey } = await loadSurvey(stores, principal.tenantId, communityId, surveyId);
  return surveyState(survey, await stores.surveys.listResponses(survey), membership.role);
}

/** Every survey of a community, newest first, with counts and whether the reader answered it. */
export async function listSurveys(stores: Stores, principal: Principal, communityId: string) {
  await authorize(stores, principal, communityId, 'survey.read');
  const surveys = await stores.surveys.list(principal.tenantId, communityId);
  const rows = await Promise.all(
    surveys.map(async (survey) => {
      const [responses, mine] = await Promise.all([
        stores.surveys.listResponses(survey),
        stores.surveys.getResponse(survey, principal.userId),
      ]);
      return { survey, respondents: responses.length, answeredByMe: mine !== undefined };
    }),
  );
  return rows.reverse();
}

/** What a person sees after answering on a card. */
export interface RespondentView extends SurveyState {
  mine: SurveyAnswers | null;
}

export interface AnswerSurveyProps {
  stores: Stores;
  principal: Principal;
  communityId: string;
  surveyId: string;
  input: unknown;
}

/**
 * Records (or replaces) a person's answers. The row holds no identity; a story's author name is kept
 * only when they chose to be quoted by name.
 */
export async function answerSurvey({ stores, principal, communityId, surveyId, input }: AnswerSurveyProps): Promise<RespondentView> {
  const membership = await authorizeMember(stores, principal, communityId, 'survey.respond', membershipMaxAgeMs);
  const { survey } = await loadSurvey(stores, principal.tenantId, communityId, surveyId);
  if (survey.status !== 'open') throw new DomainError('survey.error.closed', 409);
  const questions = surveyQuestions(survey);
  const { answers } = parseInput(surveyAnswersInput(questions), input);
  const clean = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as SurveyAnswers;
  const response: SurveyResponse = {
    answers: clean,
    ...(survey.kind === 'story' && clean.consent === 'reportNamed' ? { authorName: principal.name } : {}),
  };
  if ((await stores.surveys.putResponse(survey, principal.userId, response)) === 'closed')
    throw new DomainError('survey.error.closed', 409);
  return {
    ...surveyState(survey, await stores.surveys.listResponses(survey, { maxAgeMs: cardCountsMaxAgeMs }), membership.role),
    mine: clean,
  };
}

/** A person's view of a survey, with their own answers (for a card refresh or a dialog). */
export async function viewSurveyAsRespondent(
  stores: Stores,
  principal: Principal,
  communityId: string,
  surveyId: string,
): Promise<RespondentView> {
  const membership = await authorizeMember(stores, principal, communityId, 'survey.read', membershipMaxAgeMs);
  const { survey } = await loadSurvey(stores, principal.tenantId, communityId, surveyId);
  const [responses, mine] = await Promise.all([
    stores.surveys.listResponses(survey, { maxAgeMs: cardCountsMaxAgeMs }),
    stores.surveys.getResponse(survey, principal.userId),
  ]);
  return { ...surveyState(survey, responses, membership.role), mine: mine?.answers ?? null };
}

/** A person's own answers to a survey (right of access). */
export async function readMyAnswers(stores: Stores, principal: Principal, communityId: string, surveyId: string): Promise<SurveyAnswers> {
  await authorize(stores, principal, communityId, 'survey.read');
  const { survey } = await loadSurvey(stores, principal.tenantId, communityId, surveyId);
  const mine = await stores.surveys.getResponse(survey, principal.userId);
  if (!mine) throw new NotFoundError();
  return mine.answers;
}

/** Deletes a person's own answers (right to erasure); 404 when they had none. */
export async function deleteMyAnswers(stores: Stores, principal: Principal, communityId: string, surveyId: string): Promise<void> {
  await authorize(stores, principal, communityId, 'survey.read');
  const { survey } = await loadSurvey(stores, principal.tenantId, communityId, surveyId);
  if (!(await stores.surveys.deleteResponse(survey, principal.userId))) throw new NotFoundError();
}

export interface CloseSurveyProps {
  stores: Stores;
  tenantId: string;
  communityId: string;
  surveyId: string;
  now: string;
  newId: () => string;
  /** The facilitator closing it; absent when the deadline timer does. */
  principal?: Principal;
}

const closeAttempts = 5;

/**
 * Closes a survey (idempotent: closing a closed survey returns it as it is). Answers stop first, so the
 * results read next are final; a snowball survey's nominees then go to workshop 5 as proposed
 * stakeholders, once, before the survey is marked closed. (A close that dies half-way leaves a survey
 * refusing answers until the next close — the deadline timer or the facilitator — finishes it.)
 */
export async function closeSurvey({
  stores,
  tenantId,
  communityId,
  surveyId,
  now,
  newId,
  principal,
}: CloseSurveyProps): Promise<SurveyState> {
  if (principal) await authorize(stores, principal, communityId, 'survey.close');
  const first = await loadSurvey(stores, tenantId, communityId, surveyId);
  if (first.survey.status === 'closed') return surveyState(first.survey, await stores.surveys.listResponses(first.survey), 'facilitator');
  await stores.surveys.closeAnswers(first.survey);
  const responses = await stores.surveys.listResponses(first.survey);
  const proposed = first.survey.kind === 'snowball' ? await addNomineesToMap(stores, first.survey, responses, newId, principal) : undefined;
  for (let attempt = 0; attempt < closeAttempts; attempt++) {
    const { survey, etag } = attempt === 0 ? first : await loadSurvey(stores, tenantId, communityId, surveyId);
    // Another close finished first: its results are the same answers.
    if (survey.status === 'closed') return surveyState(survey, responses, 'facilitator');
    const closed: Survey = {
      ...survey,
      status: 'closed',
      closedAt: now,
      ...(proposed !== undefined ? { proposedStakeholders: proposed } : {}),
    };
    if (await stores.surveys.update(closed, etag)) return surveyState(closed, responses, 'facilitator');
  }
  throw new DomainError('error.conflict', 412);
}

/**
 * Merges a snowball survey's nominees into workshop 5 (retrying on concurrent edits). Nominees are
 * aggregates: they go to the map only from the threshold on, so nobody's single answer is exposed.
 */
async function addNomineesToMap(
  stores: Stores,
  survey: Survey,
  responses: readonly SurveyResponse[],
  newId: () => string,
  principal?: Principal,
): Promise<number> {
  const results = surveyResults(survey, responses, 'facilitator');
  const nominees = results?.questions.find((q) => q.type === 'nominations');
  if (!nominees || nominees.type !== 'nominations' || nominees.nominees.length === 0) return 0;
  const by: Author = principal ? { userId: principal.userId, name: principal.name } : survey.createdBy;
  for (let attempt = 0; attempt < closeAttempts; attempt++) {
    const stored = await stores.workshops.get(survey.tenantId, survey.communityId, 5);
    if (!stored) return 0;
    const { data, added } = proposeStakeholders(stored.data as EcosystemDraft, nominees.nominees, newId);
    const saved = await stores.workshops.save(survey.tenantId, survey.communityId, 5, data, stored.etag, by);
    if (saved.ok) return added;
  }
  throw new DomainError('error.conflict', 412);
}
