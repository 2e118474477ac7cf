import type { Stores } from '../stores';
import type { ConversationRef } from './conversation';
import { conversationRef as refOf } from './testing/conversationRef';
import { activeConversation, linkedChannels } from './linkedChannels';

// The conversation store as the linked-conversation commands read it.
function conversationStores(refs: ConversationRef[]): Stores {
  return {
    conversations: {
      linkedTo: async (tenantId: string, communityId: string) =>
        refs.filter((r) => r.tenantId === tenantId && r.communityId === communityId && r.active),
      get: async (tenantId: string, conversationId: string) =>
        refs.find((r) => r.tenantId === tenantId && r.conversationId === conversationId),
    },
  } as unknown as Stores;
}

describe('linkedChannels', () => {
  it("lists a community's channels and group chats, never a personal chat linked to it", async () => {
    const stores = conversationStores([
      refOf('19:general'),
      refOf('a:personal', { conversationType: 'personal', userId: 'u1', teamId: null }),
      refOf('19:group', { conversationType: 'groupChat', teamId: null }),
      refOf('19:other', { communityId: 'c2' }),
    ]);
    const channels = await linkedChannels({ stores, tenantId: 't', communityId: 'c1' });
    expect(channels.map((r) => r.conversationId)).toEqual(['19:general', '19:group']);
  });
});

describe('activeConversation', () => {
  const stores = conversationStores([refOf('19:general'), refOf('19:removed', { active: false })]);

  it('finds a conversation the bot is still in', async () => {
    expect((await activeConversation({ stores, tenantId: 't', conversationId: '19:general' }))?.conversationId).toBe('19:general');
  });

  it('says nothing of a conversation the bot was removed from, or never knew', async () => {
    expect(await activeConversation({ stores, tenantId: 't', conversationId: '19:removed' })).toBeUndefined();
    expect(await activeConversation({ stores, tenantId: 't', conversationId: '19:unknown' })).toBeUndefined();
  });
});
