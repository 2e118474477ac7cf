import type { ConversationView } from '../contract';
import type { ConversationRef } from './conversation';

/** A linked conversation as the API sends it: no service URL or bot identity leaves the server. */
export function presentConversation(ref: ConversationRef): ConversationView {
  return { conversationId: ref.conversationId, conversationType: ref.conversationType, teamId: ref.teamId };
}
