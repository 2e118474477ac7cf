import type { TurnContext } from '@microsoft/agents-hosting';
import { linkCard, linkedCard } from '@elan/core/conversations/linkCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { linkableCommunities, linkFromCard } from '@elan/core/conversations/channelLink';
import { channelConversationId } from '@elan/core/conversations/conversation';
import { DomainError } from '@elan/core/errors';
import { pickLocale } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';
import type { CardActions } from '../cardSubmit';
import { conversationRefOf } from './conversationRefs';
import type { TeamRoster } from '@elan/core/community/roster';

/** What linking from the welcome card needs from the host. */
export interface LinkActionDeps {
  stores: Stores;
  now: () => string;
  newId: () => string;
  tabUrl: string;
  /** Reads the team's roster into the community once linked. */
  roster: TeamRoster;
}

/** Where a card was clicked, as a reference to the channel itself (not the thread of the card). */
function conversationOf(context: TurnContext, now: string) {
  const ref = conversationRefOf(context, now);
  return ref && { ...ref, conversationId: channelConversationId(ref.conversationId) };
}

/** Registers the welcome card's "link this channel" form: open it, then link (or create and link). */
export function registerLinkActions(cards: CardActions, deps: LinkActionDeps): void {
  const { stores } = deps;
  cards.on('channel.linkStart', async (context) => {
    const locale = pickLocale(context.activity.locale);
    const actor = actorOf(context);
    if (!actor) return noticeCard(locale, 'poll.error.unknownAction');
    try {
      return linkCard({ locale, communities: await linkableCommunities(stores, actor) });
    } catch (error) {
      console.error('opening the link form failed', error);
      return noticeCard(locale, 'link.error.retry');
    }
  });
  cards.on('channel.link', async (context, _state, action) => {
    const locale = pickLocale(context.activity.locale);
    const actor = actorOf(context);
    const conversation = conversationOf(context, deps.now());
    if (!actor || !conversation) return noticeCard(locale, 'poll.error.unknownAction');
    const inputs = ((action as { data?: unknown })?.data ?? {}) as Record<string, unknown>;
    try {
      const { community, as } = await linkFromCard({
        stores,
        principal: actor,
        conversation,
        inputs,
        locale,
        newId: deps.newId,
        now: deps.now(),
        roster: deps.roster,
      });
      return linkedCard(locale, community.name, `${deps.tabUrl.replace(/#.*$/, '')}#/c/${encodeURIComponent(community.id)}`, as);
    } catch (error) {
      if (error instanceof DomainError && error.status < 500 && /^(link|network)\.error\./.test(error.code))
        return linkCard({ locale, communities: await linkableCommunities(stores, actor).catch(() => []), notice: error.code });
      console.error('linking a channel failed', error);
      return noticeCard(locale, 'link.error.retry');
    }
  });
}
