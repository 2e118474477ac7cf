import { ActivityTypes } from '@microsoft/agents-activity';
import { RouteRank, type TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import type { TabAddress } from '@elan/core/adaptiveCards/tabLinks';
import { compassFormCard, compassRunCard } from '@elan/core/compass/compassCard';
import {
  answerCompassCard,
  compassActionTarget,
  type CompassTarget,
  ratingsOfCard,
  viewCompassRun,
} from '@elan/core/compass/compassCardCommands';
import type { CompassRatings } from '@elan/core/compass/compass';
import type { Principal } from '@elan/core/community/community';
import type { TeamRoster } from '@elan/core/community/roster';
import { DomainError, ValidationError } from '@elan/core/errors';
import type { MessageKey } from '@elan/core/i18n/fr';
import { type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';
import type { CardActions } from '../cardSubmit';
import { withAdmission } from '../community/admission';
import { cardLinksOf } from '../conversations/conversationRefs';
import { dialogMessage, dialogWithCard, invokeResponse } from '../dialogs/taskModule';

/** What the compass card's actions need from the host. */
export interface CompassActionDeps {
  stores: Stores;
  /** Where the tab is, for the card's link to the compass. */
  links?: TabAddress | undefined;
  /** Checks people not yet stored against their team's roster (joined since the last read). */
  roster?: TeamRoster;
}

/** The catalog key that explains a refused answer, or undefined when the failure is not the person's doing. */
function problemOf(error: unknown): MessageKey | undefined {
  if (error instanceof ValidationError) {
    const key = (error.issues[0] as { params?: { key?: string } } | undefined)?.params?.key;
    return key === 'validation.required' ? 'compass.card.error.empty' : 'compass.card.error.invalid';
  }
  if (error instanceof DomainError) {
    if (error.status === 404) return 'compass.card.error.notFound';
    if (error.status === 403) return 'compass.card.error.notAllowed';
  }
  return undefined;
}

type Run = (actor: Principal, target: CompassTarget, data: Record<string, unknown>, locale: Locale) => Promise<AdaptiveCard>;

/**
 * Runs one compass action and always answers with a card: a refused one says why in the person's language,
 * storage trouble asks to try again, and nothing changes.
 */
async function answer(deps: CompassActionDeps, context: TurnContext, value: unknown, run: Run, retry: Run): Promise<AdaptiveCard> {
  const locale = pickLocale(context.activity.locale);
  const data = ((value as { data?: unknown } | undefined)?.data ?? {}) as Record<string, unknown>;
  const target = compassActionTarget.safeParse(data);
  const actor = actorOf(context);
  if (!target.success || !actor) return noticeCard(locale, 'poll.error.unknownAction');
  try {
    return await withAdmission(deps, context, target.data.communityId, () => run(actor, target.data, data, locale));
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) {
      console.error('compass action failed', error);
      return noticeCard(locale, 'compass.card.error.retry');
    }
    if (problem === 'compass.card.error.notFound' || problem === 'compass.card.error.notAllowed') return noticeCard(locale, problem);
    return retry(actor, target.data, { ...data, problem }, locale);
  }
}

/** Whether an invoke is a dialog invoke (task/fetch, task/submit) of a compass card, whose verb starts with `compass.`. */
const isCompassDialog = (name: string) => async (context: TurnContext) => {
  if (context.activity.type !== ActivityTypes.Invoke || context.activity.name !== name) return false;
  const verb = (context.activity.value as { data?: { verb?: unknown } } | undefined)?.data?.verb;
  return verb === 'compass.open' || verb === 'compass.submit';
};

/**
 * Registers the compass card's refresh verb and its dialog: task/fetch opens the 30 statements prefilled with the
 * person's earlier ratings; task/submit records them through core's `answerCompass` (one response per person,
 * replaced, never doubled) and closes the dialog, or shows the form again with the reason.
 */
export function registerCompassActions(cards: CardActions, deps: CompassActionDeps): void {
  const { agent } = cards;
  const runCard = async (context: TurnContext, actor: Principal, target: CompassTarget, locale: Locale, notice?: MessageKey) => {
    const view = await viewCompassRun(deps.stores, actor, target);
    const links = cardLinksOf(context, deps.links);
    return compassRunCard({
      locale,
      communityId: target.communityId,
      run: view.run,
      respondents: view.respondents,
      // Someone who does not answer the compass (a sponsor) sees the channel's copy, not "you have not answered".
      ...(view.mayAnswer ? { answered: view.mine !== null } : {}),
      ...(notice ? { notice: { key: notice, tone: 'good' as const } } : {}),
      ...(links ? { links } : {}),
    });
  };
  cards.on('compass.refresh', (context, _state, action) =>
    answer(
      deps,
      context,
      action,
      (actor, target, _data, locale) => runCard(context, actor, target, locale),
      async (_actor, _target, _data, locale) => noticeCard(locale, 'compass.card.error.retry'),
    ),
  );

  const title = (context: TurnContext) => translate(pickLocale(context.activity.locale), 'compass.card.answer');
  // Ranked first: the survey dialog's routes would otherwise take every task/fetch and task/submit.
  agent.addRoute(
    isCompassDialog('task/fetch'),
    async (context) => {
      const card = await answer(
        deps,
        context,
        context.activity.value,
        async (actor, target, _data, locale) => {
          // Sponsors see the card's count but answer nothing: the form is for those who may answer.
          const view = await viewCompassRun(deps.stores, actor, target, 'compass.respond');
          return compassFormCard({ locale, communityId: target.communityId, run: view.run, mine: view.mine });
        },
        async (_actor, _target, _data, locale) => noticeCard(locale, 'compass.card.error.retry'),
      );
      await invokeResponse(context, dialogWithCard(title(context), card));
    },
    true,
    RouteRank.First,
  );
  agent.addRoute(
    isCompassDialog('task/submit'),
    async (context) => {
      let recorded = false;
      const card = await answer(
        deps,
        context,
        context.activity.value,
        async (actor, target, data, locale) => {
          await answerCompassCard(deps.stores, actor, target, data);
          recorded = true;
          return noticeCard(locale, 'compass.card.recorded');
        },
        // Keep what they chose: the form comes back filled with their input and the reason on top.
        async (_actor, target, data, locale) =>
          compassFormCard(
            { locale, communityId: target.communityId, run: target.run, mine: ratingsOfCard(data).ratings as CompassRatings },
            data['problem'] as MessageKey,
          ),
      );
      const locale = pickLocale(context.activity.locale);
      await invokeResponse(
        context,
        recorded ? dialogMessage(translate(locale, 'compass.card.recorded')) : dialogWithCard(title(context), card),
      );
    },
    true,
    RouteRank.First,
  );
}
