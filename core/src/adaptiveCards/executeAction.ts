import type { Membership } from '../community/community';
import { isActive } from '../community/memberRules';
/** The data key that carries a card action's verb, so an `Action.Submit` fallback reaches the same handler. */
export const submitVerbKey = 'verb';

/** What one `Action.Execute` button of a card says and sends. */
export interface ExecuteActionProps {
  verb: string;
  title: string;
  /** What the action sends besides the card's inputs (which poll, which meeting, …). */
  data: object;
  style?: 'positive' | 'destructive';
}

/**
 * Builds every `Action.Execute` button of Élan's cards. Clients without Universal Actions (older Teams
 * clients, some mobile and web hosts) render the fallback instead: an `Action.Submit` with the same title
 * and data plus the verb, which the bot receives as a message with a `value` and routes to the same handler.
 */
export function executeAction({ verb, title, data, style }: ExecuteActionProps): Record<string, unknown> {
  const styled = style ? { style } : {};
  return {
    type: 'Action.Execute',
    verb,
    title,
    data,
    ...styled,
    fallback: { type: 'Action.Submit', title, data: { ...data, [submitVerbKey]: verb }, ...styled },
  };
}

/** Teams refreshes a card automatically for at most this many listed people in large conversations. */
export const refreshUserIdsMax = 60;

/**
 * A card's `refresh` block: each viewer's client asks for their own view. Teams does so automatically for
 * everyone in conversations of up to 60 people; above that only for the people listed in `userIds` (here the
 * facilitators, who follow the results), the others see a Refresh option. An empty list would turn the
 * automatic refresh off for everyone, so no list at all is sent when there is nobody to name.
 */
export function refreshBlock(action: { verb: string; title: string; data: object }, userIds: readonly string[] = []) {
  const listed = [...new Set(userIds)].slice(0, refreshUserIdsMax).map(teamsUserMri);
  return {
    // The refresh action is never rendered as a button, so it needs no fallback.
    action: { type: 'Action.Execute', verb: action.verb, title: action.title, data: action.data },
    ...(listed.length ? { userIds: listed } : {}),
  };
}

/**
 * Élan knows people by their Entra object id (what the tab's token and `from.aadObjectId` carry); Teams names
 * a user in `refresh.userIds` by their MRI, `8:orgid:<object id>`. Ids already in MRI form are kept.
 */
export function teamsUserMri(userId: string): string {
  return /^\d+:/.test(userId) ? userId : `8:orgid:${userId}`;
}

/**
 * Whose cards Teams should refresh automatically: the active facilitators (they follow the results and may
 * close), named by their Teams id (`29:…`, read from the roster) where Élan has it, else by object id (made
 * an `8:orgid:` MRI when the card is built). Stored on a poll or survey when it opens.
 */
export function refreshAudience(members: readonly Membership[]): string[] {
  return members
    .filter((m) => m.role === 'facilitator' && isActive(m))
    .map((m) => m.teamsId ?? m.userId)
    .slice(0, refreshUserIdsMax);
}
