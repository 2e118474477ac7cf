import type { Community, Principal } from '../community/community';
import type { ConversationRef } from './conversation';
import { DomainError } from '../errors';
import type { Locale } from '../i18n/translate';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import { createCommunity } from '../community/createCommunity';
import { syncRosterOrOwe } from '../community/rosterSync';
import type { TeamRoster } from '../community/roster';
import { type LinkKind, newCommunityChoice } from './linkCard';
import { addNetworkChannel } from './widerNetwork';

/** The communities a person may link a channel to: those they facilitate. */
export async function linkableCommunities(stores: Stores, principal: Principal): Promise<{ id: string; name: string }[]> {
  const mine = await stores.communities.listOfUser(principal.tenantId, principal.userId);
  return mine.filter((c) => can(c.role, 'community.link')).map((c) => ({ id: c.id, name: c.name }));
}

export interface LinkFromCardProps {
  stores: Stores;
  principal: Principal;
  /** Where the card was clicked, as the bot recorded it (thread suffix removed). */
  conversation: Omit<ConversationRef, 'communityId'>;
  /** The card's inputs: `community` (an id or "new"), `newName`, and `as` (`community` or `network`). */
  inputs: Record<string, unknown>;
  locale: Locale;
  newId: () => string;
  now: string;
  /** Reads the team's roster into the community once linked. */
  roster: TeamRoster;
}

/**
 * Links the conversation a card was clicked in to a community the person facilitates, creating the
 * community first when they chose "new", then reads the team's roster into its members. Personal chats
 * cannot be linked: a community lives in a team. Chosen "as wider network", the channel only joins the
 * community's wider network (public news): nobody there becomes a member and no roster is read.
 */
export async function linkFromCard({
  stores,
  principal,
  conversation,
  inputs,
  locale,
  newId,
  now,
  roster,
}: LinkFromCardProps): Promise<{ community: Community; as: LinkKind }> {
  if (conversation.conversationType === 'personal') throw new DomainError('link.error.personal', 400);
  const choice = typeof inputs['community'] === 'string' ? inputs['community'] : newCommunityChoice;
  const as: LinkKind = inputs['as'] === 'network' ? 'network' : 'community';
  // A wider network belongs to a community that exists: creating one from a channel makes it that channel's own.
  if (as === 'network' && choice === newCommunityChoice) throw new DomainError('link.error.networkNew', 400);
  let community: Community | undefined;
  if (choice === newCommunityChoice) {
    const name = typeof inputs['newName'] === 'string' ? inputs['newName'].trim() : '';
    if (name.length < 1 || name.length > 60) throw new DomainError('link.error.name', 400);
    community = await createCommunity({ stores, principal, input: { name, language: locale }, id: newId(), now });
  } else {
    const membership = await stores.communities.membership(principal.tenantId, choice, principal.userId);
    if (!can(membership?.role, 'community.link')) throw new DomainError('link.error.notFacilitator', 403);
    community = await stores.communities.get(principal.tenantId, choice);
    if (!community) throw new DomainError('link.error.notFacilitator', 403);
  }
  // The bot may not have seen this conversation yet (e.g. installed before Élan recorded installs).
  await stores.conversations.save(conversation);
  if (as === 'network') {
    await addNetworkChannel(stores, principal, community.id, { conversationId: conversation.conversationId }, now);
    return { community, as };
  }
  await stores.conversations.link(principal.tenantId, conversation.conversationId, community.id);
  await syncRosterOrOwe(stores, roster, { ...conversation, communityId: community.id, rosterSyncedAt: null }, now);
  return { community, as };
}
