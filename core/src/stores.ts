import type { CommunityStore } from './community/communityStore';
import type { WorkshopStore } from './workshops/workshopStore';
import type { DecisionStore } from './decisions/decisionStore';
import type { DocumentStore } from './documents/documentStore';
import type { PollStore } from './polls/pollStore';
import type { CompassStore } from './compass/compassStore';
import type { SurveyStore } from './surveys/surveyStore';
import type { ConversationStore } from './conversations/conversationStore';
import type { MeetingStore } from './rituals/meetingStore';
import type { EraseStore } from './privacy/eraseStore';
import type { NotebookStore } from './notebooks/notebookStore';
import type { NetworkStore } from './conversations/networkStore';
import type { DigestStore } from './digest/digestStore';
import type { MonthlyStore } from './monthly/monthlyStore';
import type { ChecklistStore } from './checklist/checklistStore';
import type { SelfReviewStore } from './selfReview/selfReviewStore';
import type { WelcomeStore } from './community/welcomeStore';
import type { TaskStore } from './tasks/taskStore';

/** Everything the commands need from storage. */
export interface Stores {
  communities: CommunityStore;
  workshops: WorkshopStore;
  decisions: DecisionStore;
  documents: DocumentStore;
  polls: PollStore;
  compass: CompassStore;
  surveys: SurveyStore;
  conversations: ConversationStore;
  network: NetworkStore;
  meetings: MeetingStore;
  notebooks: NotebookStore;
  erase: EraseStore;
  /** The facilitators' weekly digest: settings and weekly claims. */
  digests: DigestStore;
  /** The members' opt-in monthly summary: settings and monthly claims. */
  monthly: MonthlyStore;
  /** Each facilitator's private competence checklist. */
  checklists: ChecklistStore;
  /** Each facilitator's private self-reviews after meetings, their card claims and the members' feedback surveys. */
  selfReviews: SelfReviewStore;
  /** Newcomers' welcomes: one claim per person, community and step. */
  welcomes: WelcomeStore;
  /** The facilitators' task list on the home (improvement ideas turned into tasks). */
  tasks: TaskStore;
}
