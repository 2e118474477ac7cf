import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';

/** The MIME type Teams and the Playground render as an Adaptive Card. */
export const adaptiveCardContentType = 'application/vnd.microsoft.card.adaptive';

/** Wraps a card built in core as a message activity the bot can send. */
export function cardReply(card: AdaptiveCard): Activity {
  return Activity.fromObject({
    type: ActivityTypes.Message,
    attachments: [{ contentType: adaptiveCardContentType, content: card }],
  });
}
