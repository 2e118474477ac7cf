import type { Route } from './http/route';
import { createCommunityRoute, exportCommunityRoute, readCommunityRoute } from './routes/communities';
import { answerCompassRoute, compassRoute, openCompassRunRoute } from './routes/compass';
import { conversationsRoute } from './routes/conversations';
import { devTokenRoute } from './routes/devToken';
import { charterRoute, impactReportRoute } from './routes/documents';
import { sendDocumentsRoute, sharedDocumentRoute } from './routes/documentDelivery';
import { healthRoute } from './routes/health';
import { memberRoute, membersRoute } from './routes/members';
import { meRoute } from './routes/me';
import { listMeetingsRoute } from './routes/meetings';
import { messagesRoute } from './routes/messages';
import { closePollRoute, createPollRoute, decisionsRoute, listPollsRoute, readPollRoute } from './routes/polls';
import { answerSurveyRoute, closeSurveyRoute, createSurveyRoute, listSurveysRoute, myAnswerRoute, readSurveyRoute } from './routes/surveys';
import { restoreWorkshopVersionRoute, workshopRoute, workshopVersionRoute, workshopVersionsRoute } from './routes/workshops';

/** Every HTTP route of Élan: registered with Azure Functions and served by the local host alike. */
export const routeTable: readonly Route[] = [
  healthRoute,
  devTokenRoute,
  meRoute,
  createCommunityRoute,
  readCommunityRoute,
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
  createSurveyRoute,
  listSurveysRoute,
  readSurveyRoute,
  answerSurveyRoute,
  myAnswerRoute,
  closeSurveyRoute,
  compassRoute,
  openCompassRunRoute,
  answerCompassRoute,
  charterRoute,
  sendDocumentsRoute,
  sharedDocumentRoute,
  impactReportRoute,
  conversationsRoute,
  listMeetingsRoute,
  messagesRoute,
];
