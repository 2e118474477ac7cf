import type { CaptureCardView } from './ritualCards';
import type { Principal } from '../community/community';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import type { Locale } from '../i18n/translate';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import { captureCardInput, captureLinks, type Meeting, type MeetingFacts, meetingForReader } from './meeting';
import { type RitualPlan, ritualPlansOf, rolesAt } from './ritualPlan';
import type { RitualsDraft } from '../workshops/rituals';
import { authorize, authorizeMember } from '../community/access';

/** What the ritual cards of a community are built from: its series' plans (workshop 3), who rotates, and its language. */
export interface RitualContext {
  /** Every scheduled series, the main one first; empty while workshop 3 schedules none. */
  plans: RitualPlan[];
  /** Facilitators and members by name: the people rotating roles take turns among. */
  people: string[];
  locale: Locale;
}

/** Loads a community's ritual context; undefined when the community does not exist (any more). */
export async function loadRitualContext(stores: Stores, tenantId: string, communityId: string): Promise<RitualContext | undefined> {
  const [community, workshop] = await Promise.all([
    stores.communities.get(tenantId, communityId),
    stores.workshops.get(tenantId, communityId, 3),
  ]);
  if (!community) return undefined;
  // An archived community runs no rituals any more: no plans to post from.
  if (community.lifecycle?.stage === 'archived') return { plans: [], people: [], locale: community.language };
  const plans = ritualPlansOf((workshop?.data ?? {}) as RitualsDraft);
  // Without a plan there is nothing to rotate: spare the timer the members read.
  if (plans.length === 0) return { plans, people: [], locale: community.language };
  return { plans, people: await rotationPeople(stores, tenantId, communityId), locale: community.language };
}

/** The plan of a meeting's series, if workshop 3 still schedules it. */
export function planOf(context: RitualContext, meeting: Pick<MeetingFacts, 'seriesId'>): RitualPlan | undefined {
  return context.plans.find((p) => p.seriesId === meeting.seriesId);
}

/** The people rotating roles take turns among: facilitators and members by name, in a stable order. */
export async function rotationPeople(stores: Stores, tenantId: string, communityId: string): Promise<string[]> {
  const members = await stores.communities.listMembers(tenantId, communityId);
  return members
    .filter((m) => m.role !== 'sponsor')
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
    .map((m) => m.name);
}

/** Who takes notes at a meeting, when its series' rotation names someone. */
export function noteTakerAt(context: RitualContext, meeting: Pick<MeetingFacts, 'seriesId' | 'index'>): string | null {
  const plan = planOf(context, meeting);
  if (!plan) return null;
  return rolesAt(plan, meeting.index, context.people).find((a) => a.role === 'noteTaker')?.person ?? null;
}

/** The capture card's content for a meeting, for one reader (`showPrivate`) and with an optional notice. */
export function captureViewOf(
  context: RitualContext,
  communityId: string,
  meeting: Meeting,
  showPrivate: boolean,
  notice?: CaptureCardView['notice'],
  locale: Locale = context.locale,
): CaptureCardView {
  // The capture rules are the community's, the same in every series' plan.
  const plan = planOf(context, meeting) ?? context.plans[0];
  return {
    locale,
    communityId,
    meeting,
    seriesName: planOf(context, meeting)?.seriesName ?? null,
    noteTaker: noteTakerAt(context, meeting),
    summaryPublic: plan?.summaryPublic ?? false,
    dueWorkingDays: plan?.dueWorkingDays ?? null,
    capture: meeting.capture,
    showPrivate,
    ...(notice ? { notice } : {}),
  };
}

/**
 * Every meeting held or announced, oldest first, with only the links marked public: what documents (the impact
 * report) and sponsors may see. Counting "meetings held": those whose check-in went out (`posted.checkIn`).
 */
export async function listMeetings(stores: Stores, tenantId: string, communityId: string): Promise<Meeting[]> {
  return (await stores.meetings.list(tenantId, communityId)).map((m) => meetingForReader(m, false));
}

/** The meetings as one reader may see them: members and facilitators see every link, sponsors only public ones. */
export async function readMeetings(stores: Stores, principal: Principal, communityId: string): Promise<Meeting[]> {
  const { membership } = await authorize(stores, principal, communityId, 'community.read');
  const seesPrivate = can(membership.role, 'ritual.capture');
  return (await stores.meetings.list(principal.tenantId, communityId)).map((m) => meetingForReader(m, seesPrivate));
}

export interface CaptureMeetingProps {
  stores: Stores;
  actor: Principal;
  communityId: string;
  /** The meeting's key (`meetingKeyOf`). */
  meetingKey: string;
  /** The card's data with its inputs, as Teams sent it. */
  cardData: Record<string, unknown>;
  now: string;
}

/**
 * Records the links a member gives on a meeting's capture card, replacing earlier ones (a retried or repeated
 * submit leaves one capture). Bad input changes nothing and says why.
 */
export async function captureMeeting({ stores, actor, communityId, meetingKey, cardData, now }: CaptureMeetingProps): Promise<Meeting> {
  await authorizeMember(stores, actor, communityId, 'ritual.capture', 0);
  const meeting = await stores.meetings.get(actor.tenantId, communityId, meetingKey);
  // Only a meeting whose capture card went out can be captured: ids in a forged card find nothing.
  if (!meeting?.posted.capture) throw new NotFoundError();
  const input = captureCardInput.safeParse(cardData);
  if (!input.success) throw new ValidationError(input.error.issues);
  const w3 = ((await stores.workshops.get(actor.tenantId, communityId, 3))?.data ?? {}) as RitualsDraft;
  const summaryPublic = (w3.capture?.summaryVisibility ?? 'members') !== 'members';
  const result = captureLinks(input.data, summaryPublic);
  if ('problem' in result) throw new DomainError(result.problem, 400);
  const capture = { links: result.links, by: { userId: actor.userId, name: actor.name }, at: now };
  await stores.meetings.putCapture(actor.tenantId, communityId, meetingKey, capture);
  return { ...meeting, capture };
}
