import { setTimeout as sleep } from 'node:timers/promises';
import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { closedPollCard, pollCard } from '@elan/core/polls/pollCard';
import type { TabAddress, TabLinks } from '@elan/core/adaptiveCards/tabLinks';
import { castVote, type VoterView, viewPollAsVoter } from '@elan/core/polls/pollCommands';
import type { Principal } from '@elan/core/community/community';
import { DomainError } from '@elan/core/errors';
import { type Locale, pickLocale } from '@elan/core/i18n/translate';
import { pollActionTarget } from '@elan/core/polls/pollAction';
import { readPostedPoll } from '@elan/core/polls/postedPoll';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';
import { cardLinksOf } from '../conversations/conversationRefs';
import { withAdmission } from '../community/admission';
import type { TeamRoster } from '@elan/core/community/roster';
import type { CardActions } from '../cardSubmit';
import type { Announcer } from '../chat/announcements';
import { closeAndAnnounce, closeWhenAllVoted } from './pollClosing';
import { span } from '../tracing/spans';

/** What the poll card actions need from the host. */
export interface PollActionDeps {
  stores: Stores;
  now: () => string;
  /** Updates the channel's copy of a poll card once it closes. */
  announcer?: Announcer;
  /** Where the tab is, for the cards' links to it. */
  links?: TabAddress | undefined;
  /** Checks people not yet stored against their team's roster (joined since the last read). */
  roster?: TeamRoster;
}

function viewCard(view: VoterView, locale: Locale, links: TabLinks | undefined): AdaptiveCard {
  const { poll, tally, mine, canClose, notice } = view;
  return pollCard({ poll, tally, locale, mine, canClose, notice, ...(links ? { links } : {}) });
}

/**
 * Runs one card action and always answers with a card: a failure becomes a clear message on the card,
 * never an exception page, and changes nothing.
 */
async function answer(
  deps: PollActionDeps,
  context: TurnContext,
  action: unknown,
  run: (actor: Principal, target: { communityId: string; pollId: string }, data: Record<string, unknown>) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  const locale = pickLocale(context.activity.locale);
  const data = (action as { data?: unknown })?.data;
  const target = pollActionTarget.safeParse(data);
  const actor = actorOf(context);
  if (!target.success || !actor) return noticeCard(locale, 'poll.error.unknownAction');
  try {
    return await withAdmission(deps, context, target.data.communityId, () => run(actor, target.data, data as Record<string, unknown>));
  } catch (error) {
    if (error instanceof DomainError && (error.status === 404 || error.status === 403)) {
      // Someone outside the community (or a sponsor) keeps seeing the poll, with the reason they cannot act.
      const { communityId, pollId } = target.data;
      const posted = await readPostedPoll({ stores: deps.stores, tenantId: actor.tenantId, communityId, pollId });
      if (!posted) return noticeCard(locale, 'poll.error.notFound');
      const links = cardLinksOf(context, deps.links);
      return pollCard({
        ...posted,
        locale,
        notice: { key: 'poll.error.notAllowed', tone: 'attention' },
        ...(links ? { links } : {}),
      });
    }
    // Storage down or a race we could not settle: ask the member to try again; Teams keeps the card.
    console.error('poll action failed', error);
    return noticeCard(locale, 'poll.error.retry');
  }
}

/** Registers the poll card's Action.Execute verbs: vote, refresh (user-specific view) and close. */
export function registerPollActions(cards: CardActions, deps: PollActionDeps): void {
  cards.on('poll.vote', (context, _state, action) =>
    span('vote', () =>
      answer(deps, context, action, async (voter, { communityId, pollId }, data) => {
        const view = await span('vote.castVote', () =>
          castVote({ stores: deps.stores, voter, communityId, pollId, cardData: data, now: deps.now() }),
        );
        if (view.allVoted) closeWhenAllVoted(deps, { tenantId: voter.tenantId, communityId, pollId });
        return span('vote.card', () => viewCard(view, pickLocale(context.activity.locale), cardLinksOf(context, deps.links)));
      }),
    ),
  );
  cards.on('poll.refresh', (context, _state, action) =>
    answer(deps, context, action, async (viewer, { communityId, pollId }) =>
      viewCard(
        await viewPollAsVoter(deps.stores, viewer, communityId, pollId),
        pickLocale(context.activity.locale),
        cardLinksOf(context, deps.links),
      ),
    ),
  );
  cards.on('poll.close', (context, _state, action) =>
    answer(deps, context, action, async (actor, { communityId, pollId }) => {
      const closed = await closeAndAnnounce(
        deps,
        { principal: actor, tenantId: actor.tenantId, communityId, pollId, now: deps.now(), pause: sleep },
        'background',
      );
      return closedPollCard(closed, pickLocale(context.activity.locale), cardLinksOf(context, deps.links));
    }),
  );
}
