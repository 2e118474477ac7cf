import type { Community, CommunityOfUser, Membership } from '../community/community';
import type { RoleChange } from '../community/members';
import type { DecisionRecord } from '../decisions/decision';
import type { DocumentKind, DocumentRecord } from '../documents/documentRecord';
import type { CompassRatings } from '../compass/compass';
import type { ConversationRef } from '../conversations/conversation';
import type { Ballot } from '../polls/ballot';
import type { Poll } from '../polls/poll';
import type { Meeting, MeetingCapture, MeetingFacts, RitualPost, RitualStage } from '../rituals/meeting';
import type { Survey } from '../surveys/survey';
import type { SurveyResponse } from '../surveys/surveyResults';
import type { WorkshopNumber } from '../workshops/registry';

/** Who last saved something. */
export interface Author {
  userId: string;
  name: string;
}

/** A workshop as stored: its draft data and the version guard. */
export interface StoredWorkshop {
  n: WorkshopNumber;
  data: Record<string, unknown>;
  /** Increases by one with each save; 0 for a workshop never saved. */
  version: number;
  /** Opaque optimistic-concurrency token from storage. */
  etag: string;
  updatedAt: string | null;
  updatedBy: Author | null;
}

export type SaveResult = { ok: true; workshop: StoredWorkshop } | { ok: false; current: StoredWorkshop };

/** One saved version of a workshop, without its data. */
export interface WorkshopVersionInfo {
  version: number;
  updatedAt: string;
  updatedBy: Author;
  /** Top-level fields that differ from the previous version. */
  changed: string[];
}

/** One guarded change to a person's membership, decided from everything stored at the time. */
export type MemberDecision =
  | {
      /** Store this membership (new, or replacing the person's row). */
      put?: Membership;
      /** Delete this person's row (an invitation withdrawn or taken up, a hand-added person removed). */
      remove?: string;
      /** Record this role change with the write. */
      change?: RoleChange;
    }
  | 'unchanged';

/** Storage port for communities and their memberships. */
export interface CommunityStore {
  /** Creates the community, its first facilitator and its six empty workshops, all or nothing. */
  create(community: Community, facilitator: Membership): Promise<void>;
  get(tenantId: string, communityId: string): Promise<Community | undefined>;
  /**
   * A person's active membership (an inactive or invited one reads as none); `maxAgeMs` allows a recently
   * read answer (hot paths such as voting).
   */
  membership(tenantId: string, communityId: string, userId: string, opts?: { maxAgeMs?: number }): Promise<Membership | undefined>;
  /** Adds a person or changes their role, unguarded (seeding, local preview); people use `changeMember`. */
  putMember(tenantId: string, communityId: string, member: Membership): Promise<void>;
  /**
   * Stores many people at once (a roster read), in as few atomic batches as the partition allows; replaying
   * it is harmless. Never changes a role it was not given.
   */
  putMembers(tenantId: string, communityId: string, members: readonly Membership[]): Promise<void>;
  /**
   * Reads every membership and applies `decide`'s answer atomically against concurrent changes (a write
   * that lost a race is decided again on fresh data), so rules such as "at least one facilitator" hold.
   * Returns what `decide` answered last. `decide` may throw to refuse.
   */
  changeMember(tenantId: string, communityId: string, decide: (members: Membership[]) => MemberDecision): Promise<MemberDecision>;
  /** Active members; `{ all: true }` adds inactive members and invitations. */
  listMembers(tenantId: string, communityId: string, opts?: { all?: boolean }): Promise<Membership[]>;
  /** Role changes, newest first. */
  listRoleChanges(tenantId: string, communityId: string): Promise<RoleChange[]>;
  listOfUser(tenantId: string, userId: string): Promise<CommunityOfUser[]>;
}

/** Storage port for the six workshops of a community. */
export interface WorkshopStore {
  get(tenantId: string, communityId: string, n: WorkshopNumber): Promise<StoredWorkshop | undefined>;
  list(tenantId: string, communityId: string): Promise<StoredWorkshop[]>;
  /** Every saved version, newest first. */
  versions(tenantId: string, communityId: string, n: WorkshopNumber): Promise<WorkshopVersionInfo[]>;
  /** One saved version with its data. */
  version(tenantId: string, communityId: string, n: WorkshopNumber, version: number): Promise<StoredWorkshop | undefined>;
  /** Saves only if `etag` is still current; otherwise returns what is stored. */
  save(
    tenantId: string,
    communityId: string,
    n: WorkshopNumber,
    data: Record<string, unknown>,
    etag: string,
    by: Author,
  ): Promise<SaveResult>;
}

/** Storage port for the decision log: append-only, numbered per community. */
export interface DecisionStore {
  /** Appends a decision and gives it the next number. */
  append(tenantId: string, communityId: string, decision: Omit<DecisionRecord, 'number'>): Promise<DecisionRecord>;
  /** All decisions, oldest first. */
  list(tenantId: string, communityId: string): Promise<DecisionRecord[]>;
}

/** Storage port for the record of generated documents. */
export interface DocumentStore {
  /** Records a generated document and gives it the next version number of its kind. */
  /**
   * With `version` (the number printed in the document) it takes exactly that number, or throws
   * VersionTakenError when a concurrent generation took it first, so the caller regenerates.
   */
  append(tenantId: string, communityId: string, record: Omit<DocumentRecord, 'version'> & { version?: number }): Promise<DocumentRecord>;
  /** All records of one kind, oldest first. */
  list(tenantId: string, communityId: string, kind: DocumentKind): Promise<DocumentRecord[]>;
}

/** A person answering a poll. */
export interface Voter {
  userId: string;
  name: string;
}

/** Storage port for polls and their ballots (one row per voter). */
export interface PollStore {
  create(poll: Poll): Promise<void>;
  /** A poll; `maxAgeMs` lets a card action reuse a read that recent (never for closing or the API). */
  get(
    tenantId: string,
    communityId: string,
    pollId: string,
    opts?: { maxAgeMs?: number },
  ): Promise<{ poll: Poll; etag: string } | undefined>;
  list(tenantId: string, communityId: string): Promise<Poll[]>;
  /** Every open poll of every community (for the deadline and reminder timer). */
  listOpen(): Promise<Poll[]>;
  /**
   * Claims the one reminder a person gets for a poll; false if it was already claimed. Timer runs that
   * overlap (two instances) therefore send it once.
   */
  claimReminder(poll: Poll, userId: string): Promise<boolean>;
  /** Gives a claim back after a failed send, so a later run can try again. */
  releaseReminder(poll: Poll, userId: string): Promise<void>;
  /** Replaces the poll if `etag` is still current; false when someone changed it first. */
  update(poll: Poll, etag: string): Promise<boolean>;
  /**
   * Stores a voter's ballot, replacing any earlier one, so a retried or repeated vote counts once.
   * For anonymous polls the row must not say who the voter is. 'closed' (nothing stored) once
   * `closeBallots` has run, whatever poll state the caller holds.
   */
  putBallot(poll: Poll, voter: Voter, ballot: Ballot): Promise<'stored' | 'closed'>;
  /** Stops accepting ballots: once it resolves, every later `putBallot` answers 'closed'. Idempotent. */
  closeBallots(poll: Poll): Promise<void>;
  getBallot(poll: Poll, voter: Voter): Promise<Ballot | undefined>;
  /**
   * Every ballot of a poll. `maxAgeMs` lets a card view reuse a list read that recently (live counts
   * may lag by that much); decisions and the API always read fresh.
   */
  listBallots(poll: Poll, opts?: { maxAgeMs?: number }): Promise<Ballot[]>;
  /** Which of these people have voted (without saying what they chose). */
  votersAmong(poll: Poll, userIds: readonly string[]): Promise<Set<string>>;
}

/** One compass run (a round of self-assessment). */
export interface CompassRun {
  number: number;
  openedAt: string;
  openedBy: Author;
}

/** Storage port for compass runs and responses; a response row must not say whose it is. */
export interface CompassStore {
  openRun(tenantId: string, communityId: string, opened: Omit<CompassRun, 'number'>): Promise<CompassRun>;
  listRuns(tenantId: string, communityId: string): Promise<CompassRun[]>;
  /** Stores a person's ratings for a run, replacing their earlier ones. */
  putResponse(tenantId: string, communityId: string, run: number, userId: string, ratings: CompassRatings): Promise<void>;
  getResponse(tenantId: string, communityId: string, run: number, userId: string): Promise<CompassRatings | undefined>;
  listResponses(tenantId: string, communityId: string, run: number): Promise<CompassRatings[]>;
}

/**
 * Storage port for surveys and their answers: one answer row per person, keyed so that a repeat replaces
 * it and nothing in the row says whose it is; the person can still find (and delete) their own.
 */
export interface SurveyStore {
  create(survey: Survey): Promise<void>;
  get(tenantId: string, communityId: string, surveyId: string): Promise<{ survey: Survey; etag: string } | undefined>;
  list(tenantId: string, communityId: string): Promise<Survey[]>;
  /** Every open survey of every community (for the deadline timer). */
  listOpen(): Promise<Survey[]>;
  /** Replaces the survey if `etag` is still current; false when someone changed it first. */
  update(survey: Survey, etag: string): Promise<boolean>;
  /** Stores a person's answer, replacing theirs; 'closed' (nothing stored) once `closeAnswers` has run. */
  putResponse(survey: Survey, userId: string, response: SurveyResponse): Promise<'stored' | 'closed'>;
  /** Stops accepting answers: once it resolves, every later `putResponse` answers 'closed'. Idempotent. */
  closeAnswers(survey: Survey): Promise<void>;
  getResponse(survey: Survey, userId: string): Promise<SurveyResponse | undefined>;
  /** Deletes a person's answer; false when there was none. */
  deleteResponse(survey: Survey, userId: string): Promise<boolean>;
  /**
   * Every answer to a survey. `maxAgeMs` lets a card view reuse a read that recent (this instance's own
   * answers and deletions always show); closing, results in the tab and exports read fresh.
   */
  listResponses(survey: Survey, opts?: { maxAgeMs?: number }): Promise<SurveyResponse[]>;
}

/** Storage port for the conversations the bot was installed in. */
export interface ConversationStore {
  /** Records (or refreshes) a conversation; keeps an existing community link. */
  save(ref: Omit<ConversationRef, 'communityId'>): Promise<void>;
  get(tenantId: string, conversationId: string): Promise<ConversationRef | undefined>;
  /** Links a conversation to a community (or unlinks it with null). */
  link(tenantId: string, conversationId: string, communityId: string | null): Promise<void>;
  /** Marks a conversation inactive (the app was removed); its history stays. */
  deactivate(tenantId: string, conversationId: string, at: string): Promise<void>;
  /** Active conversations linked to a community. */
  linkedTo(tenantId: string, communityId: string): Promise<ConversationRef[]>;
  /** The active personal chat with a person, if the bot has one. */
  personal(tenantId: string, userId: string): Promise<ConversationRef | undefined>;
  /** Active linked conversations whose members are this roster: the conversation itself, or a channel of this team. */
  linkedVia(tenantId: string, conversationId: string, teamId: string | null): Promise<ConversationRef[]>;
  /** Records when a conversation's roster was last read in full (null: a read is owed). */
  markRosterSynced(tenantId: string, conversationId: string, at: string | null): Promise<void>;
  /** Every active linked conversation of every community (for the roster timer). */
  listLinked(): Promise<ConversationRef[]>;
}

/** Storage port for meeting occurrences (workshop 3 rituals) and the claims that post each ritual card once. */
export interface MeetingStore {
  /** Every community with at least one active linked conversation: where ritual cards can go. */
  communitiesWithChannels(): Promise<{ tenantId: string; communityId: string }[]>;
  /** Claims posting one stage's card of a meeting; false if already claimed, so overlapping timer runs post it once. */
  claimStep(tenantId: string, communityId: string, meetingDate: string, stage: RitualStage): Promise<boolean>;
  /** Gives a claim back after a failed post, so a later run can try again. */
  releaseStep(tenantId: string, communityId: string, meetingDate: string, stage: RitualStage): Promise<void>;
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
  putCapture(tenantId: string, communityId: string, meetingDate: string, capture: MeetingCapture): Promise<void>;
  /** Remembers the check-out pulse survey of a meeting. */
  setCheckoutSurvey(tenantId: string, communityId: string, facts: MeetingFacts, surveyId: string): Promise<void>;
  get(tenantId: string, communityId: string, meetingDate: string): Promise<Meeting | undefined>;
  /** Every recorded meeting, oldest first. */
  list(tenantId: string, communityId: string): Promise<Meeting[]>;
}

/** Storage port for erasing a community: every row of it, in every table. */
export interface EraseStore {
  /** Deletes the community and all its data (workshops, history, polls, ballots, decisions, compass, links, index rows). */
  eraseCommunity(tenantId: string, communityId: string): Promise<{ rows: number }>;
}

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
  meetings: MeetingStore;
  erase: EraseStore;
}
