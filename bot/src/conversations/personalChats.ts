import type { ConversationParameters } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import { personalChatOf, rememberConversation } from '@elan/core/conversations/conversationRecords';
import type { Stores } from '@elan/core/stores';

/** The audience of Bot Connector tokens (the Teams service). */
const botFrameworkAudience = 'https://api.botframework.com';

/** Opens the bot's personal chat with a person, for proactive sends. */
export interface PersonalChats {
  /**
   * The person's active personal chat: the recorded one, else a 1:1 conversation created now through the
   * Bot Connector of `via` (a conversation of the same tenant, for its service URL and bot identity) and
   * recorded. Undefined when Teams refuses (the app is not available to that person).
   */
  open(tenantId: string, person: { userId: string; name: string }, via: ConversationRef | undefined): Promise<ConversationRef | undefined>;
}

/** Builds the personal-chat opener on the adapter (Teams' proactive 1:1 conversation creation). */
export function createPersonalChats(adapter: CloudAdapter, stores: Stores, botAppId: string | undefined, now: () => string): PersonalChats {
  return {
    async open(tenantId, person, via) {
      const known = await personalChatOf({ stores, tenantId, userId: person.userId });
      if (known) return known;
      if (!via) return undefined;
      // Teams identifies the person by their Entra object id here (the same id the tab's token carries).
      const parameters = {
        isGroup: false,
        agent: { id: via.bot.id, name: via.bot.name },
        members: [{ id: person.userId, aadObjectId: person.userId, name: person.name }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as unknown as ConversationParameters;
      let conversationId: string | undefined;
      try {
        await adapter.createConversationAsync(
          botAppId || via.bot.id,
          via.channelId,
          via.serviceUrl,
          botFrameworkAudience,
          parameters,
          async (context) => {
            conversationId = context.activity.conversation?.id;
          },
        );
      } catch (error) {
        console.error('creating a personal chat failed', person.userId, error);
        return undefined;
      }
      if (!conversationId) return undefined;
      const ref: Omit<ConversationRef, 'communityId'> = {
        tenantId,
        conversationId,
        conversationType: 'personal',
        serviceUrl: via.serviceUrl,
        channelId: via.channelId,
        bot: via.bot,
        teamId: null,
        userId: person.userId,
        active: true,
        updatedAt: now(),
      };
      await rememberConversation({ stores, ref });
      return { ...ref, communityId: null };
    },
  };
}
