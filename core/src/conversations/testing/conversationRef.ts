import type { ConversationRef } from '../conversation';

/** A team channel of tenant 't' linked to community 'c1', as the conversation store returns it; `overrides` change any field. */
export function conversationRef(conversationId: string, overrides: Partial<ConversationRef> = {}): ConversationRef {
  return {
    tenantId: 't',
    conversationId,
    conversationType: 'channel',
    serviceUrl: 'https://smba.example/',
    channelId: 'msteams',
    bot: { id: 'b', name: 'Élan' },
    teamId: 'team',
    userId: null,
    communityId: 'c1',
    active: true,
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...overrides,
  };
}
