import type { AdaptiveCard } from '../adaptiveCards/adaptiveCard';
import type { Principal } from '../community/community';
import { describeCommunity } from '../community/readCommunity';
import { type Locale, translate } from '../i18n/translate';
import { tallyPoll } from '../polls/pollTally';
import type { Stores } from '../stores';
import type { RitualsDraft } from '../workshops/rituals';
import { rotationPeople } from '../rituals/meetingCommands';
import { ritualPlansOf, rolesAt } from '../rituals/ritualPlan';
import { upcomingMeetings } from '../rituals/upcomingMeetings';
import type { ChatCommand } from './chatCommand';
import { linesCard, nextMeetingCard, openPollsCard, statusCard } from './chatReplyCards';

// Counts in a chat answer may be this old: many people asking at once share one read.
const chatCountsMaxAgeMs = 5000;

export interface CommunityOfChatProps {
  stores: Stores;
  /** Who wrote to the bot. */
  who: Principal;
  conversationId: string;
  /** A personal chat with the bot (Teams sometimes leaves the type out there). */
  personal: boolean;
}

/** The community a chat is about: the channel's linked one, or in a personal chat the person's first community. */
export async function communityOfChat({
  stores,
  who,
  conversationId,
  personal,
}: CommunityOfChatProps): Promise<(Principal & { communityId: string }) | undefined> {
  const ref = await stores.conversations.get(who.tenantId, conversationId);
  if (ref?.communityId) return { ...who, communityId: ref.communityId };
  if (personal) {
    const mine = await stores.communities.listOfUser(who.tenantId, who.userId);
    if (mine[0]) return { ...who, communityId: mine[0].id };
  }
  return undefined;
}

/** The chat commands answered from a community's own data. */
export type CommunityChatCommand = Extract<ChatCommand, 'status' | 'nextMeeting' | 'openPolls' | 'charter'>;

export interface AnswerAboutCommunityProps {
  stores: Stores;
  tenantId: string;
  /** The chat's community (see communityOfChat). */
  communityId: string;
  command: CommunityChatCommand;
  locale: Locale;
  /** The moment asked, for `next meeting`. */
  now: string;
}

/**
 * Answers a chat question about a community. No role is checked: the answers are shared with everyone in the
 * community's own channel, or with its members in a personal chat, and hold nothing a member may not see.
 */
export async function answerAboutCommunity({
  stores,
  tenantId,
  communityId,
  command,
  locale,
  now,
}: AnswerAboutCommunityProps): Promise<AdaptiveCard> {
  switch (command) {
    case 'status': {
      const community = await stores.communities.get(tenantId, communityId);
      if (!community) return linesCard([translate(locale, 'bot.noCommunity')]);
      return statusCard(await describeCommunity(stores, community, 'member', now), locale);
    }
    case 'nextMeeting': {
      const rituals = ((await stores.workshops.get(tenantId, communityId, 3))?.data ?? {}) as RitualsDraft;
      const plans = ritualPlansOf(rituals);
      const people = plans.length > 0 ? await rotationPeople(stores, tenantId, communityId) : [];
      // The bot's own schedule: the meeting of each series it will announce next, with the roles its cards will show.
      const series = plans.map((plan) => {
        const [coming] = upcomingMeetings(plan, new Date(now), 1);
        return { plan, next: coming && { startsAt: coming.startsAt.toISOString(), roles: rolesAt(plan, coming.index, people) } };
      });
      return nextMeetingCard({ rituals, series }, locale);
    }
    case 'openPolls': {
      const open = (await stores.polls.list(tenantId, communityId)).filter((p) => p.status === 'open');
      const withCounts = await Promise.all(
        open.map(async (poll) => ({
          poll,
          tally: tallyPoll(poll, await stores.polls.listBallots(poll, { maxAgeMs: chatCountsMaxAgeMs })),
        })),
      );
      return openPollsCard(withCounts, locale);
    }
    case 'charter':
      return linesCard([translate(locale, 'bot.charter.body')]);
  }
}
