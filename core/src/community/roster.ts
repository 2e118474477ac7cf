import type { ConversationRef } from '../conversations/conversation';
import type { RosterPerson } from './memberRules';

/**
 * Reads who is in a Teams team, group chat or meeting chat, through the Bot Connector with the bot's own
 * identity (no Graph permission).
 */
export interface TeamRoster {
  /** Everyone in the team or chat of `ref`, every page read; throws when the connector still fails after retries. */
  list(ref: ConversationRef): Promise<RosterPerson[]>;
  /** One person, if they are in the team or chat of `ref` (undefined: they are not). */
  member(ref: ConversationRef, userId: string): Promise<RosterPerson | undefined>;
}
