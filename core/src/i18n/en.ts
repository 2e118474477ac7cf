import { appEn } from './app.en';
import { bootEn } from './boot.en';
import { validationEn } from '../validation/messages.en';
import { communityEn } from '../community/messages/community.en';
import { membersEn } from '../community/messages/members.en';
import { lifePhaseEn } from '../community/messages/lifePhase.en';
import { welcomeEn } from '../community/messages/welcome.en';
import { pollsEn } from '../polls/messages.en';
import { surveysEn } from '../surveys/messages.en';
import { satisfactionEn } from '../surveys/satisfaction/messages.en';
import { ritualsEn } from '../rituals/messages.en';
import { notebooksEn } from '../notebooks/messages/notebooks.en';
import { notebooksTabEn } from '../notebooks/messages/notebooksTab.en';
import { compassEn } from '../compass/messages.en';
import { tasksEn } from '../tasks/messages.en';
import { digestEn } from '../digest/messages.en';
import { monthlyEn } from '../monthly/messages.en';
import { checklistEn } from '../checklist/messages.en';
import { selfReviewEn } from '../selfReview/messages.en';
import { conversationsEn } from '../conversations/messages.en';
import { chatEn } from '../chat/messages.en';
import { cardLinksEn } from '../adaptiveCards/messages.en';
import { privacyEn } from '../privacy/messages.en';
import { deliveryEn } from '../documents/messages/delivery.en';
import { documentKitEn } from '../documents/messages/documentKit.en';
import { reportEn } from '../documents/report/messages.en';
import { legacyEn } from '../documents/legacy/messages.en';
import { charterEn } from '../documents/charter/messages/charter.en';
import { identityChapterEn } from '../documents/charter/messages/identity.en';
import { projectChapterEn } from '../documents/charter/messages/project.en';
import { ritualsChapterEn } from '../documents/charter/messages/rituals.en';
import { governanceChapterEn } from '../documents/charter/messages/governance.en';
import { ecosystemChapterEn } from '../documents/charter/messages/ecosystem.en';
import { impactChapterEn } from '../documents/charter/messages/impact.en';
import { annexesEn } from '../documents/charter/messages/annexes.en';
import { wizardEn } from '../workshops/messages/wizard.en';
import { identityWorkshopEn } from '../workshops/messages/identity.en';
import { problemProjectWorkshopEn } from '../workshops/messages/problemProject.en';
import { ritualsWorkshopEn } from '../workshops/messages/rituals.en';
import { decisionsWorkshopEn } from '../workshops/messages/decisions.en';
import { ecosystemWorkshopEn } from '../workshops/messages/ecosystem.en';
import { impactWorkshopEn } from '../workshops/messages/impact.en';
import type { frParts, MessageKey } from './fr';

/** The English catalog by feature: each part typed against its French twin, so a missing or extra key fails to compile. */
export const enParts: { [P in keyof typeof frParts]: Record<keyof (typeof frParts)[P], string> } = {
  app: appEn,
  boot: bootEn,
  validation: validationEn,
  community: communityEn,
  members: membersEn,
  lifePhase: lifePhaseEn,
  welcome: welcomeEn,
  polls: pollsEn,
  surveys: surveysEn,
  satisfaction: satisfactionEn,
  rituals: ritualsEn,
  notebooks: notebooksEn,
  notebooksTab: notebooksTabEn,
  compass: compassEn,
  tasks: tasksEn,
  digest: digestEn,
  monthly: monthlyEn,
  checklist: checklistEn,
  selfReview: selfReviewEn,
  conversations: conversationsEn,
  chat: chatEn,
  cardLinks: cardLinksEn,
  privacy: privacyEn,
  delivery: deliveryEn,
  documentKit: documentKitEn,
  report: reportEn,
  legacy: legacyEn,
  charter: charterEn,
  chIdentity: identityChapterEn,
  chProject: projectChapterEn,
  chRituals: ritualsChapterEn,
  chGovernance: governanceChapterEn,
  chEcosystem: ecosystemChapterEn,
  chImpact: impactChapterEn,
  chAnnexes: annexesEn,
  wizard: wizardEn,
  w1: identityWorkshopEn,
  w2: problemProjectWorkshopEn,
  w3: ritualsWorkshopEn,
  w4: decisionsWorkshopEn,
  w5: ecosystemWorkshopEn,
  w6: impactWorkshopEn,
};

/** English catalog, all parts in one. */
export const en = Object.assign({}, ...Object.values(enParts)) as Record<MessageKey, string>;
