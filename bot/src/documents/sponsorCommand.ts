import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { deliveryNoticeCard, deliveryReportCard } from '@elan/core/documents/deliveryCards';
import type { DeliveryReport } from '@elan/core/documents/sendDocuments';
import type { Principal } from '@elan/core/community/community';
import { DomainError } from '@elan/core/errors';
import type { Locale } from '@elan/core/i18n/translate';

/** Turn-state key under which the host puts its public origin (signed links point back to it). */
export const apiOriginKey = 'elan.apiOrigin';

/** Sends a document to a community's sponsors (the host generates, keeps and signs it). */
export type SendToSponsors = (principal: Principal, communityId: string, input: unknown, origin: string) => Promise<DeliveryReport>;

/**
 * "send charter" in a chat (facilitators): sends the charter to the sponsors and answers with who got it.
 * The link to forward is shown only in a personal chat; a channel reply is read by everyone there.
 */
export async function sendCharterFromChat(
  context: TurnContext,
  who: Principal & { communityId: string },
  send: SendToSponsors | undefined,
  locale: Locale,
): Promise<AdaptiveCard> {
  if (!send) return deliveryNoticeCard(locale, 'delivery.error.busy');
  const origin = context.turnState.get<string | undefined>(apiOriginKey) ?? '';
  try {
    const report = await send(who, who.communityId, { kind: 'charter' }, origin);
    return deliveryReportCard(report, locale, { showLink: context.activity.conversation?.conversationType === 'personal' });
  } catch (error) {
    if (error instanceof DomainError && (error.status === 403 || error.status === 404))
      return deliveryNoticeCard(locale, 'delivery.error.forbidden');
    if (error instanceof DomainError) return deliveryNoticeCard(locale, error.code);
    throw error;
  }
}
