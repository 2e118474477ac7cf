import type { TurnContext } from '@microsoft/agents-hosting';
import type { Principal } from '@elan/core/community/community';

/** The person acting, as Teams identifies them: Entra tenant and object id, like the tab's token. */
export function actorOf(context: TurnContext): Principal | undefined {
  const activity = context.activity;
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  const tenantId = activity.conversation?.tenantId ?? channelData?.tenant?.id;
  const userId = activity.from?.aadObjectId ?? activity.from?.id;
  if (!tenantId || !userId) return undefined;
  return { tenantId, userId, name: activity.from?.name ?? '' };
}
