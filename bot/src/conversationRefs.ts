import type { TurnContext } from '@microsoft/agents-hosting';
import type { ConversationRef } from '@elan/core/conversations/conversation';

/** Reads where an activity came from, as a reference the bot can post back to later. */
export function conversationRefOf(context: TurnContext, now: string): Omit<ConversationRef, 'communityId'> | undefined {
  const a = context.activity;
  const channelData = a.channelData as { tenant?: { id?: string }; team?: { id?: string } } | undefined;
  const tenantId = a.conversation?.tenantId ?? channelData?.tenant?.id;
  if (!tenantId || !a.conversation?.id || !a.serviceUrl) return undefined;
  const type = a.conversation.conversationType;
  const conversationType = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
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
