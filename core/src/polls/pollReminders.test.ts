import type { ConversationRef } from '../conversations/conversation';
import type { Stores } from '../stores';
import { buildPoll } from './buildPoll';
import { reminderRecipient } from './pollReminders';

const refOf = (conversationId: string, conversationType: ConversationRef['conversationType']) =>
  ({ conversationId, conversationType, communityId: 'c1', active: true }) as ConversationRef;

function remindStores(linked: ConversationRef[]) {
  return {
    communities: {
      membership: async (_t: string, _c: string, userId: string) => (userId === 'u1' ? { userId, name: 'Ana', role: 'member' } : undefined),
    },
    conversations: { linkedTo: async () => linked },
  } as unknown as Stores;
}

describe('reminderRecipient', () => {
  it("names the member and reaches them through the community's first channel, never someone's personal chat", async () => {
    const stores = remindStores([refOf('a:personal', 'personal'), refOf('19:general', 'channel'), refOf('19:group', 'groupChat')]);
    const { person, via } = await reminderRecipient({ stores, poll: buildPoll(), userId: 'u1' });
    expect(person).toEqual({ userId: 'u1', name: 'Ana' });
    expect(via?.conversationId).toBe('19:general');
  });

  it('still answers for someone who left, without a name, and without a channel when none is linked', async () => {
    const { person, via } = await reminderRecipient({ stores: remindStores([]), poll: buildPoll(), userId: 'gone' });
    expect(person).toEqual({ userId: 'gone', name: '' });
    expect(via).toBeUndefined();
  });
});
