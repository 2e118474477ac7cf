import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { pickLocale } from '@elan/core/i18n/translate';

/**
 * Answers any card verb no feature registered with a clear card instead of an error. Routes are tried in
 * the order they were added, so this must be registered after every feature's actions.
 */
export function registerUnknownActions(agent: AgentApplication<TurnState>): void {
  agent.adaptiveCards.actionExecute(/.*/, async (context) => noticeCard(pickLocale(context.activity.locale), 'poll.error.unknownAction'));
}
