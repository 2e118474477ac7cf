import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import type { TabAddress } from '@elan/core/adaptiveCards/tabLinks';
import { DomainError } from '@elan/core/errors';
import { type Locale, pickLocale } from '@elan/core/i18n/translate';
import { selfReviewAskVerb, selfReviewCard, selfReviewDoneCard, selfReviewSubmitVerb } from '@elan/core/selfReview/selfReviewCard';
import { askMembersForFeedback, mySelfReviewOf, submitSelfReviewCard } from '@elan/core/selfReview/selfReviewCommands';
import type { Stores } from '@elan/core/stores';
import { surveyCard } from '@elan/core/surveys/surveyCard';
import { surveyState } from '@elan/core/surveys/surveyCommands';
import type { Principal } from '@elan/core/community/community';
import type { Announcer } from '../chat/announcements';
import type { CardActions } from '../cardSubmit';
import { actorOf } from '../actor';

/** What the self-review card actions need from the host. */
export interface SelfReviewActionDeps {
  stores: Stores;
  now: () => string;
  newId: () => string;
  /** Posts the members' feedback survey to the community's channels, as any survey. */
  announcer?: Announcer | undefined;
  links?: TabAddress | undefined;
}

/** Runs one action and always answers with a card: refusals say why, storage trouble asks to try again. */
async function answer(context: TurnContext, run: (actor: Principal) => Promise<AdaptiveCard>): Promise<AdaptiveCard> {
  const locale: Locale = pickLocale(context.activity.locale);
  const actor = actorOf(context);
  if (!actor) return noticeCard(locale, 'poll.error.unknownAction');
  try {
    return await run(actor);
  } catch (error) {
    if (error instanceof DomainError && (error.status === 404 || error.status === 403))
      return noticeCard(locale, 'selfReview.error.notFound');
    if (error instanceof DomainError && error.code === 'community.error.archived') return noticeCard(locale, error.code);
    console.error('self-review action failed', error);
    return noticeCard(locale, 'selfReview.error.retry');
  }
}

/**
 * The facilitator's self-review card after a meeting: submitting stores it privately (the form comes back with the
 * reason when refused) and answers with the tips and "Ask members for feedback", which opens the meeting's one
 * feedback survey and posts it to the channels.
 */
export function registerSelfReviewActions(cards: CardActions, deps: SelfReviewActionDeps): void {
  const { stores } = deps;
  cards.on(selfReviewSubmitVerb, (context, _state, action) =>
    answer(context, async (actor) => {
      const result = await submitSelfReviewCard({ stores, principal: actor, data: action.data, now: deps.now() });
      const view = {
        locale: result.community.language,
        communityId: result.community.id,
        communityName: result.community.name,
        meeting: result.meeting,
      };
      if (!result.saved) return selfReviewCard({ ...view, ...result.typed, notice: { key: result.problem, tone: 'attention' } });
      return selfReviewDoneCard({ ...view, answers: result.answers, askMembers: true });
    }),
  );
  cards.on(selfReviewAskVerb, (context, _state, action) =>
    answer(context, async (actor) => {
      const { community, meeting, survey, created } = await askMembersForFeedback({
        stores,
        principal: actor,
        data: action.data,
        now: deps.now(),
        newId: deps.newId,
      });
      const locale = community.language;
      let posted = 0;
      if (created && survey) {
        const state = surveyState(survey, [], 'facilitator');
        posted = (await deps.announcer?.surveyOpened(survey, (links) => surveyCard({ ...state, locale, links }))) ?? 0;
      }
      const mine = await mySelfReviewOf(stores, actor, community.id, meeting.key);
      return selfReviewDoneCard({
        locale,
        communityId: community.id,
        communityName: community.name,
        meeting,
        answers: mine?.answers ?? {},
        askMembers: false,
        notice: created
          ? { key: posted > 0 ? 'selfReview.asked' : 'selfReview.asked.notPosted', tone: posted > 0 ? 'good' : 'attention' }
          : { key: 'selfReview.alreadyAsked', tone: 'good' },
      });
    }),
  );
}
