import type { ConnectorClient } from '@microsoft/agents-hosting';
import type { RosterPerson } from '@elan/core/community/memberRules';
import type { TeamRoster } from '@elan/core/community/roster';
import type { ConversationRef } from '@elan/core/conversations/conversation';
import type { OutboundSender } from '../outbound/sender';

/** A member as the Teams Bot Connector lists them. */
interface TeamsAccount {
  id?: string;
  name?: string;
  aadObjectId?: string;
  userPrincipalName?: string;
}

interface PagedMembers {
  members?: TeamsAccount[];
  continuationToken?: string;
}

// Teams serves up to 500 members a page; fewer pages means fewer throttled calls on big teams.
const pageSize = 500;
// A refused outsider clicking again and again costs one connector call a minute, not one per click.
const refusedForMs = 60_000;

function personOf(account: TeamsAccount): RosterPerson | undefined {
  // Élan knows people by their Entra object id, as the tab's token does; accounts without one (bots) are not members.
  if (!account.aadObjectId) return undefined;
  return {
    userId: account.aadObjectId,
    teamsId: account.id ?? null,
    name: account.name ?? '',
    upn: account.userPrincipalName?.toLowerCase() ?? null,
  };
}

/** Whose roster a conversation has: a channel's is its team's; a group or meeting chat's is its own. */
function rosterIdOf(ref: ConversationRef): string {
  return ref.teamId ?? ref.conversationId;
}

/**
 * Reads rosters through the Bot Connector (`v3/conversations/{id}/pagedmembers` and `…/members/{id}`) with the
 * bot's own identity, through the shared sender so the same pacing and retries apply.
 */
export function createTeamRoster(sender: OutboundSender, now: () => number = Date.now): TeamRoster {
  const refused = new Map<string, number>();
  const get = <T>(connector: ConnectorClient, url: string) => connector.httpClient.get<T>(url).then((r) => r.data);
  return {
    async list(ref) {
      const id = encodeURIComponent(rosterIdOf(ref));
      const people: RosterPerson[] = [];
      let token: string | undefined;
      do {
        const query = `pageSize=${pageSize}${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`;
        const page = await sender.read(ref, (connector) => get<PagedMembers>(connector, `v3/conversations/${id}/pagedmembers?${query}`));
        for (const account of page.members ?? []) {
          const person = personOf(account);
          if (person) people.push(person);
        }
        token = page.continuationToken || undefined;
      } while (token);
      return people;
    },
    async member(ref, userId) {
      const key = `${ref.tenantId}|${rosterIdOf(ref)}|${userId}`;
      const refusedAt = refused.get(key);
      if (refusedAt !== undefined && now() - refusedAt < refusedForMs) return undefined;
      try {
        const account = await sender.read(ref, (connector) =>
          get<TeamsAccount>(connector, `v3/conversations/${encodeURIComponent(rosterIdOf(ref))}/members/${encodeURIComponent(userId)}`),
        );
        const person = personOf(account);
        if (person) return person;
      } catch (error) {
        // 404 (MemberNotFoundInConversation): not in this team or chat. Anything else is a failure to report.
        if ((error as { status?: number }).status !== 404) throw error;
      }
      refused.set(key, now());
      if (refused.size > 10_000) refused.clear();
      return undefined;
    },
  };
}
