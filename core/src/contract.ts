import type { DecisionType } from './decisions/decisionKinds';
import type { AdaptiveCard } from './adaptiveCards/adaptiveCard';
import type { CommunityOfUser, Role } from './community/community';
import type { ConversationRef } from './conversations/conversation';
import type { MeetingLink } from './rituals/meeting';
import type { Lifecycle } from './community/lifecycle';
import type { LifePhaseView } from './community/lifePhase';
import type { NotebookRef, NotebookResource } from './notebooks/notebook';
import type { InPersonYear } from './rituals/seriesCalendar';
import type { CompassRatings, DimensionScore } from './compass/compass';
import type { DecisionRecord } from './decisions/decision';
import type { Outcome } from './polls/pollTally';
import type { AdviceVerdict } from './polls/adviceVerdict';
import type { PollMethod, PollOption } from './polls/poll';
import type { Author } from './community/author';
import type { WorkshopVersionInfo } from './workshops/workshopStore';
import type { PulseItem, SurveyKind } from './surveys/survey';
import type { QuestionType } from './surveys/surveyQuestions';
import type { SurveyAnswers } from './surveys/surveyAnswers';
import type { SurveyResults } from './surveys/surveyResults';
import type { WorkshopState } from './workshops/progress';
import type { WorkshopNumber } from './workshops/registry';

/** Wire shapes of the HTTP API, shared by the API presenters and the tab. */

export interface ApiError {
  error: { code: string; message: string; details?: unknown };
}

/** `GET /api/me` */
export interface MeView {
  userId: string;
  name: string;
  tenantId: string;
  communities: CommunityOfUser[];
}

/** One workshop as the wizard lists it. */
export interface WorkshopSummary {
  n: WorkshopNumber;
  state: WorkshopState | 'adopted';
  /** The decision that adopted this version, when adopted. */
  adoptedBy?: number;
  /** Field paths still needed for "done". */
  missing: string[];
  version: number;
  updatedAt: string | null;
  updatedBy: Author | null;
}

/** `GET /api/communities/{id}` and the body of a successful create. */
export interface CommunityView {
  id: string;
  name: string;
  language: 'fr' | 'en';
  createdAt: string;
  role: Role;
  workshops: WorkshopSummary[];
  /** Where the charter stands: never adopted, adopted as it is, or a working draft again since a change. */
  charter: CharterStatusView;
  /** This year's in-person meetings against workshop 3's minimum; null while workshop 3 sets none. */
  inPerson: InPersonYear | null;
  /** Active, closing (its last rituals) or archived (readable, nothing new starts). */
  lifecycle: Lifecycle;
  /** Its life phase (preparation … reorientation): Élan's suggestion, the one a facilitator confirmed and when. */
  lifePhase: LifePhaseView;
}

/** The charter's status as the tab shows it (the decision that adopted it, and since when it changed). */
export type CharterStatusView =
  | { status: 'draft' }
  | { status: 'adopted'; decisionNumber: number; adoptedAt: string }
  | { status: 'amendedSinceAdoption'; decisionNumber: number; adoptedAt: string; since: string };

/** `GET/PUT /api/communities/{id}/workshops/{n}`; the ETag header carries `etag` too. */
export interface WorkshopView extends WorkshopSummary {
  data: Record<string, unknown>;
  etag: string;
}

/** Body of a 412 answer to a workshop save: the error plus what is stored now. */
export interface WorkshopConflict extends ApiError {
  current: WorkshopView;
}

/** `GET …/workshops/{n}/versions`: one stored version of a workshop, newest first in the list. */
export type VersionSummary = WorkshopVersionInfo;

/** `GET …/workshops/{n}/versions/{v}`: one earlier version with its data. */
export interface WorkshopVersionView {
  n: WorkshopNumber;
  version: number;
  data: Record<string, unknown>;
  updatedAt: string | null;
  updatedBy: Author | null;
}

/** A poll as `GET …/polls/{pollId}` (and every other poll route) presents it; `results` is null while hidden from the reader. */
export interface PollView {
  id: string;
  status: 'open' | 'closed';
  method: PollMethod;
  question: string;
  details: string | null;
  options: PollOption[];
  /** Dots each member may spread (dot votes only). */
  dots: number;
  voters: number;
  eligible: number;
  quorumPct: number;
  quorumMet: boolean;
  anonymous: boolean;
  hideResultsUntilClose: boolean;
  closesAt: string;
  closedAt: string | null;
  decisionNumber: number | null;
  /** The workshop put to the group, if any. */
  workshop: number | null;
  /** The decision-matrix row the poll follows, if it was opened for one. */
  decisionType: DecisionType | null;
  /** Advice processes only: who decides, whose advice was asked, the advice given, and the decision once made. */
  advice: {
    proposer: Author;
    consulted: Author[];
    /** By name, oldest first: advice is never anonymous. */
    given: { name: string; text: string }[];
    verdict: AdviceVerdict | null;
    /** Whether this reader records the decision (the proposer, or a facilitator), while it is open. */
    mayDecide: boolean;
  } | null;
  results: {
    counts: Record<string, number>;
    /** Mean score (score polls). */
    mean: number | null;
    /** Instant-runoff rounds (ranked polls). */
    rounds: Record<string, number>[] | null;
  } | null;
}

/** `GET /api/communities/{id}/decisions`: one entry of the decision log, as stored. */
export type DecisionView = DecisionRecord;

/** `GET /api/communities/{id}/compass`: the dimensions, and every run with its scores (when enough people answered) and my own ratings. */
export interface CompassView {
  /** Each dimension, with its score in the latest satisfaction survey that reached its threshold (null otherwise). */
  dimensions: { id: string; statements: string[]; satisfaction: number | null }[];
  /** That satisfaction survey, or null when none reached its threshold. */
  satisfactionSurvey: { id: string; createdAt: string; respondents: number } | null;
  minRespondents: number;
  runs: {
    number: number;
    openedAt: string;
    respondents: number;
    mine: CompassRatings | null;
    scores: Record<string, DimensionScore | null> | null;
  }[];
}

/** One survey as `GET …/surveys` lists it. */
export interface SurveySummary {
  id: string;
  kind: SurveyKind;
  status: 'open' | 'closed';
  createdAt: string;
  closesAt: string;
  /** The meeting a check-out or facilitation feedback is about. */
  meetingDate: string | null;
  respondents: number;
  threshold: number;
  /** Whether I answered it (so "my answers" need not ask about every survey). */
  answeredByMe: boolean;
}

/**
 * One question of a survey: its wording is the catalog key `key`, option labels are `${key}.${option}`. A plain
 * string on the wire: a tab older or newer than the API may not know the key.
 */
export interface SurveyQuestionView {
  id: string;
  type: QuestionType;
  key: string;
  options: readonly string[] | null;
  required: boolean;
  /** The facilitator's own wording (satisfaction surveys), shown instead of the key's; null (or absent, from older APIs) otherwise. */
  text?: string | null;
}

/** A survey as `GET …/surveys/{id}` (and every other survey route) presents it; `results` stays null below the anonymity threshold. */
export interface SurveyView {
  id: string;
  kind: SurveyKind;
  status: 'open' | 'closed';
  /** Pulse statements asked, in order (pulse surveys only). */
  items: PulseItem[];
  /** The meeting a check-out pulse is about. */
  meetingDate: string | null;
  /** Satisfaction surveys: the facilitator's invitation at the top of the card; null for the catalog's intro. */
  invitation: string | null;
  createdAt: string;
  closesAt: string;
  closedAt: string | null;
  threshold: number;
  respondents: number;
  /** How many more answers are needed before aggregates show. */
  needed: number;
  questions: SurveyQuestionView[];
  results: SurveyResults | null;
  /** Snowball surveys: how many nominees went to workshop 5 when it closed. */
  proposedStakeholders: number | null;
}

/** `POST …/polls` (201): the poll, the card members vote from, and how many conversations it was posted to. */
export interface PollOpenedView {
  poll: PollView;
  card: AdaptiveCard;
  posted: number;
}

/** `GET …/polls`: newest first. */
export interface PollListView {
  polls: PollView[];
}

/** `POST …/polls/{pollId}/close`: the closed poll, its outcome, the decision logged and the closed card. */
export interface PollClosedView {
  poll: PollView;
  outcome: Outcome['outcome'];
  decision: DecisionView;
  card: AdaptiveCard;
}

/** `GET …/decisions`: oldest first. */
export interface DecisionListView {
  decisions: DecisionView[];
}

/** `POST …/compass/runs` (201): the run opened. */
export interface CompassRunOpenedView {
  number: number;
}

/** `PUT …/compass/runs/{number}/responses/me`: the run answered and how many have answered it. */
export interface CompassAnsweredView {
  number: number;
  respondents: number;
}

/** `POST …/surveys` (201): the survey, the card posted and how many conversations it went to. */
export interface SurveyOpenedView {
  survey: SurveyView;
  card: AdaptiveCard;
  posted: number;
}

/** `GET …/surveys`: newest first. */
export interface SurveyListView {
  surveys: SurveySummary[];
}

/** `POST …/surveys/{surveyId}/responses`: the survey after my answer, with my answer. */
export interface SurveyAnsweredView extends SurveyView {
  mine: SurveyAnswers | null;
}

/** `GET …/surveys/{surveyId}/responses/mine`: my answer (404 when I have none). */
export interface MyAnswersView {
  answers: SurveyAnswers;
}

/** One meeting the bot ran, as `GET …/meetings` lists it (links already filtered for the reader). */
export interface MeetingView {
  /** `main`, or the id of the workshop 3 series it belongs to. */
  seriesId: string;
  format: 'virtual' | 'inPerson' | 'hybrid' | null;
  date: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  announcedAt: string | null;
  checkInAt: string | null;
  captureAt: string | null;
  checkOutAt: string | null;
  /** Whether the check-in card went out: the meeting took place. */
  held: boolean;
  checkoutSurveyId: string | null;
  capture: { at: string; by: string; links: MeetingLink[] } | null;
}

/** `GET …/meetings`: oldest first. */
export interface MeetingListView {
  meetings: MeetingView[];
}

/** A conversation linked to the community. */
export interface ConversationView {
  conversationId: string;
  conversationType: ConversationRef['conversationType'];
  teamId: string | null;
}

/** `GET …/conversations`. */
export interface ConversationListView {
  conversations: ConversationView[];
}

/** `POST …/conversations`: the conversation linked; `rosterSynced` false while its roster read is owed. */
export interface ConversationLinkedView extends ConversationView {
  rosterSynced: boolean;
}

/** `GET|PUT …/notebooks/{nid}` and `POST …/notebooks`: a notebook as its reader may see it; the ETag header carries `etag`. */
export interface NotebookView {
  id: string;
  ref: NotebookRef;
  format: 'virtual' | 'inPerson' | 'hybrid' | null;
  title: string;
  tags: string[];
  /** Empty for a reader who may not see the minutes (see `seesMinutes`). */
  minutes: { text: string; url?: string };
  summary: string;
  resources: NotebookResource[];
  recording: { url: string; consent: boolean } | null;
  status: 'draft' | 'approved';
  capturedBy: Author | null;
  takenOverBy: Author | null;
  approvedBy: Author | null;
  approvedAt: string | null;
  updatedAt: string;
  updatedBy: Author | null;
  etag: string;
  /** Whether this reader sees (and may write) the detailed minutes. */
  seesMinutes: boolean;
}

/** One notebook in a list: enough to choose it. */
export interface NotebookSummaryView {
  id: string;
  ref: NotebookRef;
  format: NotebookView['format'];
  title: string;
  tags: string[];
  status: NotebookView['status'];
  resourceCount: number;
  updatedAt: string;
  /** Whether the notebook's own text matched the search (not only one of its resources). */
  matched: boolean;
}

/** `GET …/notebooks?q=&tag=`: the notebooks found (newest meeting first) and the resources that matched. */
export interface NotebookListView {
  notebooks: NotebookSummaryView[];
  resources: { notebookId: string; notebookTitle: string; resource: NotebookResource }[];
}
