import type { Meeting, MeetingCapture, MeetingFacts, RitualPost, RitualStage } from './meeting';
import type { CaptureReminder } from '../notebooks/captureDue';

/** What is claimed once per meeting: a ritual card, or a reminder of its missing capture; or once a month, the question of the month. */
export type ClaimedStep = RitualStage | CaptureReminder | 'questionOfMonth' | 'compassRun';

/**
 * Storage port for meeting occurrences (workshop 3 rituals) and the claims that post each ritual card once.
 * A meeting is found by its key (`meetingKeyOf`: its series and date).
 */
export interface MeetingStore {
  /** Every community with at least one active linked conversation: where ritual cards can go. */
  communitiesWithChannels(): Promise<{ tenantId: string; communityId: string }[]>;
  /** Claims posting one stage's card of a meeting; false if already claimed, so overlapping timer runs post it once. */
  claimStep(tenantId: string, communityId: string, meetingKey: string, stage: ClaimedStep): Promise<boolean>;
  /** Gives a claim back after a failed post, so a later run can try again. */
  releaseStep(tenantId: string, communityId: string, meetingKey: string, stage: ClaimedStep): Promise<void>;
  /** Records that a stage's card went out (creating the meeting with its first card) without touching other stages. */
  recordStep(
    tenantId: string,
    communityId: string,
    facts: MeetingFacts,
    stage: RitualStage,
    at: string,
    posts: RitualPost[],
  ): Promise<void>;
  /** Stores the links captured after a meeting, replacing earlier ones. */
  putCapture(tenantId: string, communityId: string, meetingKey: string, capture: MeetingCapture): Promise<void>;
  /** Remembers the check-out pulse survey of a meeting. */
  setCheckoutSurvey(tenantId: string, communityId: string, facts: MeetingFacts, surveyId: string): Promise<void>;
  get(tenantId: string, communityId: string, meetingKey: string): Promise<Meeting | undefined>;
  /** Every recorded meeting, oldest first. */
  list(tenantId: string, communityId: string): Promise<Meeting[]>;
}
