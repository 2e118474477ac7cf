import type { ConversationRef } from '../conversations/conversation';
import { linkedChannels } from '../conversations/linkedChannels';
import type { Stores } from '../stores';
import type { Poll } from './poll';

/** Who a personal reminder goes to, and a channel of the community to open their personal chat through. */
export interface ReminderRecipient {
  person: { userId: string; name: string };
  /** Undefined when the community has no linked channel (a personal chat already open still works). */
  via: ConversationRef | undefined;
}

export interface ReminderRecipientProps {
  stores: Stores;
  /** The poll (or anything of the community) the reminder is about. */
  poll: Pick<Poll, 'tenantId' | 'communityId'>;
  userId: string;
}

/** Finds the member to remind (by name; empty once they left) and a linked channel of the community to reach them through. */
export async function reminderRecipient({ stores, poll, userId }: ReminderRecipientProps): Promise<ReminderRecipient> {
  const [member, channels] = await Promise.all([
    stores.communities.membership(poll.tenantId, poll.communityId, userId),
    linkedChannels({ stores, tenantId: poll.tenantId, communityId: poll.communityId }),
  ]);
  return { person: { userId, name: member?.name ?? '' }, via: channels[0] };
}
