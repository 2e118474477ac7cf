import type { TurnContext } from '@microsoft/agents-hosting';
import { type TabAddress, type TabLinks, tabLinksFor } from '@elan/core/adaptiveCards/tabLinks';
import type { ConversationRef } from '@elan/core/conversations/conversation';

/** Reads where an activity came from, as a reference the bot can post back to later. */
export function conversationRefOf(context: TurnContext, now: string): Omit<ConversationRef, 'communityId'> | undefined {
  const a = context.activity;
  const channelData = a.channelData as { tenant?: { id?: string }; team?: { id?: string } } | undefined;
  const tenantId = a.conversation?.tenantId ?? channelData?.tenant?.id;
  if (!tenantId || !a.conversation?.id || !a.serviceUrl) return undefined;
  const conversationType = conversationTypeOf(a.conversation.conversationType);
  return {
    tenantId,
    conversationId: a.conversation.id,
    conversationType,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId ?? 'msteams',
    bot: { id: a.recipient?.id ?? '', name: a.recipient?.name ?? '' },
    teamId: channelData?.team?.id ?? null,
    userId: conversationType === 'personal' ? (a.from?.aadObjectId ?? a.from?.id ?? null) : null,
    active: true,
    updatedAt: now,
  };
}

/**
 * The links to the tab of a card answered in this turn: the tab's address, and the channel when the card
 * is shown in (or was acted on from) a channel. None when the host gave no tab address.
 */
export function cardLinksOf(context: TurnContext, tab: TabAddress | undefined): TabLinks | undefined {
  const conversation = context.activity.conversation;
  if (!tab) return undefined;
  if (!conversation?.id) return tabLinksFor(tab);
  return tabLinksFor(tab, { conversationId: conversation.id, conversationType: conversationTypeOf(conversation.conversationType) });
}

/** Élan's name for Teams' conversation type (anything else is taken as a personal chat). */
function conversationTypeOf(type: string | undefined): ConversationRef['conversationType'] {
  return type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
}
