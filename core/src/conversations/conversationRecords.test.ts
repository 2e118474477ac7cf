import type { Stores } from '../stores';
import { conversationRef } from './testing/conversationRef';
import { forgetConversation, personalChatOf, rememberConversation } from './conversationRecords';

// What the bot saves: the conversation without its community link (the store keeps an existing one).
const { communityId: _unlinked, ...ref } = conversationRef('19:general');

// The conversation store, recording what the commands ask of it.
function recordingStores() {
  const calls: unknown[][] = [];
  const stores = {
    conversations: {
      save: async (saved: unknown) => void calls.push(['save', saved]),
      deactivate: async (...args: unknown[]) => void calls.push(['deactivate', ...args]),
      personal: async (...args: unknown[]) => {
        calls.push(['personal', ...args]);
        return args[1] === 'u1' ? { ...ref, conversationId: 'a:u1', conversationType: 'personal', communityId: null } : undefined;
      },
    },
  } as unknown as Stores;
  return { stores, calls };
}

describe('conversation records', () => {
  it('remembers a conversation and forgets it with the time it was removed', async () => {
    const { stores, calls } = recordingStores();
    await rememberConversation({ stores, ref });
    await forgetConversation({ stores, tenantId: 't', conversationId: '19:general', now: '2026-05-02T00:00:00.000Z' });
    expect(calls).toEqual([
      ['save', ref],
      ['deactivate', 't', '19:general', '2026-05-02T00:00:00.000Z'],
    ]);
  });

  it("finds a person's personal chat in their tenant", async () => {
    const { stores, calls } = recordingStores();
    expect((await personalChatOf({ stores, tenantId: 't', userId: 'u1' }))?.conversationId).toBe('a:u1');
    expect(await personalChatOf({ stores, tenantId: 't', userId: 'u2' })).toBeUndefined();
    expect(calls).toEqual([
      ['personal', 't', 'u1'],
      ['personal', 't', 'u2'],
    ]);
  });
});
