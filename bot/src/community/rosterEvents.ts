import type { TurnContext } from '@microsoft/agents-hosting';
import type { TeamRoster } from '@elan/core/community/roster';
import { membersJoined, membersLeft, rosterReinstalled } from '@elan/core/community/rosterSync';
import { welcomeNewcomers } from '@elan/core/community/newcomerWelcome';
import type { RemindPerson } from '@elan/core/notebooks/captureReminders';
import { channelConversationId } from '@elan/core/conversations/conversation';
import type { Stores } from '@elan/core/stores';

/** What keeping members in step with Teams needs. */
export interface RosterEventDeps {
  stores: Stores;
  roster: TeamRoster;
  now: () => string;
  /** The personal send (as for reminders) that welcomes newcomers; absent, nobody is welcomed. */
  welcome?: RemindPerson | undefined;
}

/** Where a conversationUpdate happened: tenant, conversation and (in a team) the team. */
function whereOf(context: TurnContext) {
  const a = context.activity;
  const channelData = a.channelData as { tenant?: { id?: string }; team?: { id?: string } } | undefined;
  const tenantId = a.conversation?.tenantId ?? channelData?.tenant?.id;
  if (!tenantId || !a.conversation?.id) return undefined;
  return { tenantId, conversationId: channelConversationId(a.conversation.id), teamId: channelData?.team?.id ?? null };
}

/** People (not the bot) named by a membersAdded / membersRemoved list, by Entra object id. */
function peopleOf(context: TurnContext, list: { id?: string; aadObjectId?: string; name?: string }[] | undefined) {
  const botId = context.activity.recipient?.id;
  return (list ?? [])
    .filter((m) => m.id !== botId && (m.aadObjectId || m.id))
    .map((m) => ({ userId: m.aadObjectId ?? m.id!, ...(m.name ? { name: m.name } : {}) }));
}

/** Keeps a community's members in step with its team: joins, departures, and a full read when re-installed. */
export function rosterEvents({ stores, roster, now, welcome }: RosterEventDeps) {
  return {
    /** People joined the team or chat: newcomers to a linked community get its welcome in a personal chat. */
    async joined(context: TurnContext): Promise<void> {
      const where = whereOf(context);
      const people = peopleOf(context, context.activity.membersAdded);
      if (!where || !people.length) return;
      const joined = await membersJoined(stores, roster, where, people);
      if (welcome) await welcomeNewcomers(stores, welcome, { tenantId: where.tenantId, joined, now: now() });
    },
    /** People left the team or chat: inactive, their past votes and answers kept. */
    async left(context: TurnContext): Promise<void> {
      const where = whereOf(context);
      const people = peopleOf(context, context.activity.membersRemoved);
      if (where && people.length)
        await membersLeft(
          stores,
          where,
          people.map((p) => p.userId),
        );
    },
    /** The bot was (re)installed: conversations already linked read their roster again. */
    async installed(context: TurnContext): Promise<void> {
      const where = whereOf(context);
      if (where) await rosterReinstalled({ stores, roster, where, now: now() });
    },
  };
}
