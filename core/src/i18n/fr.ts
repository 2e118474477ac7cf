import { appFr } from './app.fr';
import { bootFr } from './boot.fr';
import { validationFr } from '../validation/messages.fr';
import { communityFr } from '../community/messages/community.fr';
import { membersFr } from '../community/messages/members.fr';
import { lifePhaseFr } from '../community/messages/lifePhase.fr';
import { welcomeFr } from '../community/messages/welcome.fr';
import { pollsFr } from '../polls/messages.fr';
import { surveysFr } from '../surveys/messages.fr';
import { satisfactionFr } from '../surveys/satisfaction/messages.fr';
import { ritualsFr } from '../rituals/messages.fr';
import { notebooksFr } from '../notebooks/messages/notebooks.fr';
import { notebooksTabFr } from '../notebooks/messages/notebooksTab.fr';
import { compassFr } from '../compass/messages.fr';
import { tasksFr } from '../tasks/messages.fr';
import { digestFr } from '../digest/messages.fr';
import { monthlyFr } from '../monthly/messages.fr';
import { checklistFr } from '../checklist/messages.fr';
import { selfReviewFr } from '../selfReview/messages.fr';
import { conversationsFr } from '../conversations/messages.fr';
import { chatFr } from '../chat/messages.fr';
import { cardLinksFr } from '../adaptiveCards/messages.fr';
import { privacyFr } from '../privacy/messages.fr';
import { deliveryFr } from '../documents/messages/delivery.fr';
import { documentKitFr } from '../documents/messages/documentKit.fr';
import { reportFr } from '../documents/report/messages.fr';
import { legacyFr } from '../documents/legacy/messages.fr';
import { charterFr } from '../documents/charter/messages/charter.fr';
import { identityChapterFr } from '../documents/charter/messages/identity.fr';
import { projectChapterFr } from '../documents/charter/messages/project.fr';
import { ritualsChapterFr } from '../documents/charter/messages/rituals.fr';
import { governanceChapterFr } from '../documents/charter/messages/governance.fr';
import { ecosystemChapterFr } from '../documents/charter/messages/ecosystem.fr';
import { impactChapterFr } from '../documents/charter/messages/impact.fr';
import { annexesFr } from '../documents/charter/messages/annexes.fr';
import { wizardFr } from '../workshops/messages/wizard.fr';
import { identityWorkshopFr } from '../workshops/messages/identity.fr';
import { problemProjectWorkshopFr } from '../workshops/messages/problemProject.fr';
import { ritualsWorkshopFr } from '../workshops/messages/rituals.fr';
import { decisionsWorkshopFr } from '../workshops/messages/decisions.fr';
import { ecosystemWorkshopFr } from '../workshops/messages/ecosystem.fr';
import { impactWorkshopFr } from '../workshops/messages/impact.fr';

/**
 * The French catalog by feature, each part beside the code that shows it. Every part has an English twin with
 * the same keys (typed in en.ts, tested in catalogs.test.ts).
 */
export const frParts = {
  app: appFr,
  boot: bootFr,
  validation: validationFr,
  community: communityFr,
  members: membersFr,
  lifePhase: lifePhaseFr,
  welcome: welcomeFr,
  polls: pollsFr,
  surveys: surveysFr,
  satisfaction: satisfactionFr,
  rituals: ritualsFr,
  notebooks: notebooksFr,
  notebooksTab: notebooksTabFr,
  compass: compassFr,
  tasks: tasksFr,
  digest: digestFr,
  monthly: monthlyFr,
  checklist: checklistFr,
  selfReview: selfReviewFr,
  conversations: conversationsFr,
  chat: chatFr,
  cardLinks: cardLinksFr,
  privacy: privacyFr,
  delivery: deliveryFr,
  documentKit: documentKitFr,
  report: reportFr,
  legacy: legacyFr,
  charter: charterFr,
  chIdentity: identityChapterFr,
  chProject: projectChapterFr,
  chRituals: ritualsChapterFr,
  chGovernance: governanceChapterFr,
  chEcosystem: ecosystemChapterFr,
  chImpact: impactChapterFr,
  chAnnexes: annexesFr,
  wizard: wizardFr,
  w1: identityWorkshopFr,
  w2: problemProjectWorkshopFr,
  w3: ritualsWorkshopFr,
  w4: decisionsWorkshopFr,
  w5: ecosystemWorkshopFr,
  w6: impactWorkshopFr,
};

type Parts = typeof frParts;
type Merged<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;

/** French catalog: the default language of Élan, all parts in one (no key is in two parts: tested). */
export const fr = Object.assign({}, ...Object.values(frParts)) as Merged<Parts[keyof Parts]>;

export type MessageKey = keyof typeof fr;
