import type { AdaptiveCard } from '../adaptiveCards/adaptiveCard';
import type { ConversationRef } from '../conversations/conversation';

/** What a file consent card shows a sponsor, and the signed token Teams echoes back with the answer. */
export interface FileOffer {
  fileName: string;
  sizeInBytes: number;
  description: string;
  token: string;
}

/** Port for reaching sponsors in Teams: personal chats (opened on demand) and proactive sends. */
export interface SponsorCourier {
  /**
   * The person's personal chat, recorded or created now through `via` (a conversation of the tenant, for
   * its service URL and bot identity); undefined when Teams refuses.
   */
  openChat(
    tenantId: string,
    person: { userId: string; name: string },
    via: ConversationRef | undefined,
  ): Promise<ConversationRef | undefined>;
  /** Sends a file consent card (Teams personal chats only). */
  offerFile(chat: ConversationRef, offer: FileOffer): Promise<void>;
  /** Posts a card to a conversation. */
  post(ref: ConversationRef, card: AdaptiveCard): Promise<void>;
}
