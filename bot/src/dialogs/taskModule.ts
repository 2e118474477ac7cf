import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';

/** Answers a task/fetch or task/submit invoke (a dialog opened from a card) with a body of our own. */
export async function invokeResponse(context: TurnContext, body: unknown): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } } as never);
}

/** A dialog that shows (or shows again) a card form: Teams keeps the dialog open with it. */
export const dialogWithCard = (title: string, card: AdaptiveCard) => ({
  task: {
    type: 'continue',
    value: { title, width: 'medium', height: 'large', card: { contentType: 'application/vnd.microsoft.card.adaptive', content: card } },
  },
});

/** Closes the dialog with a short message. */
export const dialogMessage = (text: string) => ({ task: { type: 'message', value: text } });
