import type { CardFor } from '../adaptiveCards/tabLinks';
import { readWorkshops } from '../documents/charter/workshopData';
import type { RemindPerson } from '../notebooks/captureReminders';
import { loadRitualContext } from '../rituals/meetingCommands';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { Stores } from '../stores';
import { newcomerWelcomeCard, type NewcomerWelcomeView, type WelcomeMeeting } from './newcomerWelcomeCard';

/** People who joined a community's team and were not active members of it before. */
export interface Newcomers {
  communityId: string;
  userIds: string[];
}

const blankToNull = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/** What every newcomer of a community reads, but the links (which depend on where the card goes). */
async function welcomeViewOf(
  stores: Stores,
  tenantId: string,
  communityId: string,
  at: Date,
): Promise<Omit<NewcomerWelcomeView, 'links'> | undefined> {
  const [community, identity, rituals, context] = await Promise.all([
    stores.communities.get(tenantId, communityId),
    stores.workshops.get(tenantId, communityId, 1),
    stores.workshops.get(tenantId, communityId, 3),
    loadRitualContext(stores, tenantId, communityId),
  ]);
  if (!community || community.lifecycle?.stage === 'archived') return undefined;
  const data = readWorkshops([identity, rituals].filter((w) => w !== undefined));
  let nextMeeting: WelcomeMeeting | null = null;
  for (const plan of context?.plans ?? []) {
    const [next] = upcomingMeetings(plan, at, 1);
    if (next && (!nextMeeting || next.startsAt.getTime() < Date.parse(nextMeeting.startsAt)))
      nextMeeting = { startsAt: next.startsAt.toISOString(), seriesName: plan.seriesName };
  }
  return {
    locale: community.language,
    communityId,
    communityName: blankToNull(data.identity.name) ?? community.name,
    welcomeMessage: blankToNull(data.rituals.welcomeSteps),
    purpose: blankToNull(data.identity.purposeStatement),
    tagline: blankToNull(data.identity.tagline),
    nextMeeting,
  };
}

/**
 * Sends each newcomer of a linked team one personal welcome per community (workshop 3's welcome message, the charter's
 * summary, the next meeting). The claim is inserted first, so a retried activity or an overlapping delivery sends it
 * once; a send that reached nobody gives the claim back. Returns how many welcomes went out.
 */
export async function welcomeNewcomers(
  stores: Stores,
  send: RemindPerson,
  { tenantId, joined, now }: { tenantId: string; joined: readonly Newcomers[]; now: string },
): Promise<number> {
  let sent = 0;
  for (const { communityId, userIds } of joined) {
    if (userIds.length === 0) continue;
    const view = await welcomeViewOf(stores, tenantId, communityId, new Date(now));
    if (!view) continue;
    const card: CardFor = (links) => newcomerWelcomeCard({ ...view, links });
    for (const userId of userIds) {
      if (!(await stores.welcomes.claim(tenantId, communityId, userId, 'welcome', now))) continue;
      const delivered = await send(tenantId, communityId, userId, card).catch(() => false);
      if (delivered) sent += 1;
      else await stores.welcomes.release(tenantId, communityId, userId, 'welcome');
    }
  }
  return sent;
}
