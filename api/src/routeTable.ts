import type { Route } from './http/route';
import {
  createCommunityRoute,
  exportCommunityRoute,
  readCommunityRoute,
  lifecycleRoute,
  lifePhaseRoute,
} from './community/communityRoutes';
import { answerCompassRoute, compassRoute, openCompassRunRoute } from './compass/compassRoutes';
import { myDigestRoute } from './digest/digestRoutes';
import { myMonthlyRoute } from './monthly/monthlyRoutes';
import { myChecklistRoute } from './checklist/checklistRoutes';
import { mySelfReviewsRoute } from './selfReview/selfReviewRoutes';
import { conversationsRoute, networkRoute } from './conversations/conversationRoutes';
import { tasksRoute } from './tasks/taskRoutes';
import { newcomerPulseRoute } from './community/newcomerPulseRoute';
import { devTokenRoute } from './auth/devTokenRoute';
import { charterRoute, impactReportRoute, legacyRoute } from './documents/documentRoutes';
import { sendDocumentsRoute, sharedDocumentRoute } from './documents/deliveryRoutes';
import { healthRoute } from './http/healthRoute';
import { memberRoute, membersRoute } from './community/memberRoutes';
import { meRoute } from './community/meRoute';
import { listMeetingsRoute } from './rituals/meetingRoutes';
import { approveNotebookRoute, notebookRoute, notebooksRoute } from './notebooks/notebookRoutes';
import { messagesRoute } from './bot/messagesRoute';
import { closePollRoute, createPollRoute, listPollsRoute, readPollRoute } from './polls/pollRoutes';
import { decisionStatementRoute, decisionsRoute } from './polls/decisionRoutes';
import {
  answerSurveyRoute,
  closeSurveyRoute,
  createSurveyRoute,
  listSurveysRoute,
  myAnswerRoute,
  readSurveyRoute,
} from './surveys/surveyRoutes';
import { restoreWorkshopVersionRoute, workshopRoute, workshopVersionRoute, workshopVersionsRoute } from './workshops/workshopRoutes';

/** Every HTTP route of Élan: registered with Azure Functions and served by the local host alike. */
export const routeTable: readonly Route[] = [
  healthRoute,
  devTokenRoute,
  meRoute,
  createCommunityRoute,
  readCommunityRoute,
  lifecycleRoute,
  lifePhaseRoute,
  exportCommunityRoute,
  membersRoute,
  memberRoute,
  workshopRoute,
  workshopVersionsRoute,
  workshopVersionRoute,
  restoreWorkshopVersionRoute,
  createPollRoute,
  listPollsRoute,
  readPollRoute,
  closePollRoute,
  decisionsRoute,
  decisionStatementRoute,
  createSurveyRoute,
  listSurveysRoute,
  readSurveyRoute,
  answerSurveyRoute,
  myAnswerRoute,
  closeSurveyRoute,
  compassRoute,
  openCompassRunRoute,
  answerCompassRoute,
  myDigestRoute,
  myMonthlyRoute,
  myChecklistRoute,
  mySelfReviewsRoute,
  charterRoute,
  sendDocumentsRoute,
  sharedDocumentRoute,
  impactReportRoute,
  legacyRoute,
  conversationsRoute,
  networkRoute,
  tasksRoute,
  newcomerPulseRoute,
  listMeetingsRoute,
  notebooksRoute,
  notebookRoute,
  approveNotebookRoute,
  messagesRoute,
];
