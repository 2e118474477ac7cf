import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import type { CardFor } from '@elan/core/adaptiveCards/tabLinks';
import type { PollRequest } from '@elan/core/chat/pollCommand';
import { linesCard } from '@elan/core/chat/chatReplyCards';
import type { Principal } from '@elan/core/community/community';
import { languageOfCommunity } from '@elan/core/community/languageOfCommunity';
import { DomainError, ValidationError } from '@elan/core/errors';
import { type Locale, translate } from '@elan/core/i18n/translate';
import { pollCard } from '@elan/core/polls/pollCard';
import { createPoll } from '@elan/core/polls/pollCommands';
import type { Stores } from '@elan/core/stores';
import { fieldIssues } from '@elan/core/validation/issueMessages';
import type { Announcer } from '../chat/announcements';

export interface PollCommandDeps {
  stores: Stores;
  announcer: Announcer;
  now(): string;
  newId(): string;
}

/**
 * "sondage <type> : <question>" in chat: opens a poll of that decision-matrix row exactly as the tab does (the row
 * sets method, quorum, period and ballot; its "who decides" says who may), posts it to the community's channels,
 * and answers the person with what happened or why not, in their language.
 */
export async function openPollFromChat(
  chat: Principal & { communityId: string },
  request: PollRequest,
  deps: PollCommandDeps,
  locale: Locale,
): Promise<AdaptiveCard> {
  try {
    const { poll, tally } = await createPoll({
      stores: deps.stores,
      principal: chat,
      communityId: chat.communityId,
      input: { question: request.question, decisionType: request.decisionType },
      id: deps.newId(),
      now: deps.now(),
    });
    const cardLocale = await languageOfCommunity(deps.stores, chat.tenantId, chat.communityId);
    const card: CardFor = (links) => pollCard({ poll, tally, locale: cardLocale, links });
    const posted = await deps.announcer.pollOpened(poll, card);
    return linesCard([translate(locale, 'bot.pollCommand.opened', { question: request.question, n: posted })]);
  } catch (error) {
    if (error instanceof ValidationError)
      return linesCard([...fieldIssues(error.issues, locale).map((i) => i.message), translate(locale, 'bot.pollCommand.usage')]);
    if (error instanceof DomainError && error.status < 500) return linesCard([translate(locale, error.code)]);
    throw error;
  }
}
