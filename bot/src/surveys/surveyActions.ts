import type { TurnContext } from '@microsoft/agents-hosting';
import { ActivityTypes } from '@microsoft/agents-activity';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { surveyCard, surveyFormCard } from '@elan/core/surveys/surveyCard';
import type { TabAddress, TabLinks } from '@elan/core/adaptiveCards/tabLinks';
import { answerSurvey, closeSurvey, type RespondentView, viewSurveyAsRespondent } from '@elan/core/surveys/surveyCommands';
import type { Principal } from '@elan/core/community/community';
import { DomainError, ValidationError } from '@elan/core/errors';
import type { MessageKey } from '@elan/core/i18n/fr';
import { type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import type { SurveyAnswers } from '@elan/core/surveys/surveyAnswers';
import { answerSurveyCard, cardAnswers, mayCloseSurveys } from '@elan/core/surveys/surveyCardAnswers';
import { surveyActionTarget } from '@elan/core/surveys/surveyAction';
import type { Announcer } from '../chat/announcements';
import type { CardActions } from '../cardSubmit';
import { actorOf } from '../actor';
import { cardLinksOf } from '../conversations/conversationRefs';
import { dialogMessage, dialogWithCard, invokeResponse } from '../dialogs/taskModule';
import { withAdmission } from '../community/admission';
import type { TeamRoster } from '@elan/core/community/roster';

/** What the survey card actions need from the host. */
export interface SurveyActionDeps {
  stores: Stores;
  now: () => string;
  newId: () => string;
  announcer?: Announcer;
  /** Where the tab is, for the cards' links to it. */
  links?: TabAddress | undefined;
  /** Checks people not yet stored against their team's roster (joined since the last read). */
  roster?: TeamRoster;
}

type Target = { communityId: string; surveyId: string };

function viewCard(
  view: RespondentView,
  locale: Locale,
  notice?: { key: MessageKey; tone: 'good' | 'attention' },
  canClose = false,
  links?: TabLinks,
): AdaptiveCard {
  return surveyCard({ ...view, locale, mine: view.mine, notice, canClose, ...(links ? { links } : {}) });
}

/** The catalog key that explains a failed answer, or undefined when the failure is not the person's doing. */
function problemOf(error: unknown): MessageKey | undefined {
  if (error instanceof ValidationError) {
    const key = (error.issues[0] as { params?: { key?: string } } | undefined)?.params?.key;
    return key === 'survey.error.empty' ? 'survey.error.empty' : 'survey.error.invalid';
  }
  if (error instanceof DomainError) {
    if (error.status === 404) return 'survey.error.notFound';
    if (error.status === 403) return 'survey.error.notAllowed';
    if (error.code === 'survey.error.closed') return 'survey.error.closed';
  }
  return undefined;
}

/**
 * Runs one survey card action and always answers with a card: a refused answer keeps the survey on screen
 * with the reason, storage trouble asks to try again, and nothing changes.
 */
async function answer(
  deps: SurveyActionDeps,
  context: TurnContext,
  action: unknown,
  run: (actor: Principal, target: Target, data: Record<string, unknown>, locale: Locale) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  const locale = pickLocale(context.activity.locale);
  const data = (action as { data?: unknown })?.data;
  const target = surveyActionTarget.safeParse(data);
  const actor = actorOf(context);
  if (!target.success || !actor) return noticeCard(locale, 'poll.error.unknownAction');
  try {
    return await withAdmission(deps, context, target.data.communityId, () =>
      run(actor, target.data, data as Record<string, unknown>, locale),
    );
  } catch (error) {
    const problem = problemOf(error);
    if (!problem) {
      console.error('survey action failed', error);
      return noticeCard(locale, 'survey.error.retry');
    }
    if (problem === 'survey.error.notFound' || problem === 'survey.error.notAllowed') return noticeCard(locale, problem);
    const view = await viewSurveyAsRespondent(deps.stores, actor, target.data.communityId, target.data.surveyId).catch(() => undefined);
    if (!view) return noticeCard(locale, problem);
    return viewCard(view, locale, { key: problem, tone: 'attention' }, false, cardLinksOf(context, deps.links));
  }
}

/** Registers the survey card's verbs and the dialog (task module) used by long surveys. */
export function registerSurveyActions(cards: CardActions, deps: SurveyActionDeps): void {
  const { agent } = cards;
  cards.on('survey.answer', (context, _state, action) =>
    answer(deps, context, action, async (actor, { communityId, surveyId }, data, locale) => {
      const { view, canClose } = await answerSurveyCard({ stores: deps.stores, principal: actor, communityId, surveyId, cardData: data });
      return viewCard(view, locale, { key: 'survey.recorded', tone: 'good' }, canClose, cardLinksOf(context, deps.links));
    }),
  );
  cards.on('survey.refresh', (context, _state, action) =>
    answer(deps, context, action, async (actor, { communityId, surveyId }, _data, locale) =>
      viewCard(
        await viewSurveyAsRespondent(deps.stores, actor, communityId, surveyId),
        locale,
        undefined,
        await mayCloseSurveys({ stores: deps.stores, principal: actor, communityId }),
        cardLinksOf(context, deps.links),
      ),
    ),
  );
  cards.on('survey.close', (context, _state, action) =>
    answer(deps, context, action, async (actor, { communityId, surveyId }, _data, locale) => {
      const state = await closeSurvey({
        stores: deps.stores,
        principal: actor,
        tenantId: actor.tenantId,
        communityId,
        surveyId,
        now: deps.now(),
        newId: deps.newId,
      });
      // The channel copies get their channel's links; the person sees the card with this conversation's.
      await deps.announcer?.surveyClosed(state.survey, (links) => surveyCard({ ...state, locale, links }));
      const links = cardLinksOf(context, deps.links);
      return surveyCard({ ...state, locale, ...(links ? { links } : {}) });
    }),
  );

  const isInvoke = (name: string) => async (context: TurnContext) =>
    context.activity.type === ActivityTypes.Invoke && context.activity.name === name;

  // task/fetch: open the dialog with the form, prefilled with the person's earlier answer.
  agent.addRoute(
    isInvoke('task/fetch'),
    async (context) => {
      const card = await answer(deps, context, context.activity.value, async (actor, { communityId, surveyId }, _data, locale) => {
        const view = await viewSurveyAsRespondent(deps.stores, actor, communityId, surveyId);
        if (view.survey.status !== 'open') return viewCard(view, locale, { key: 'survey.error.closed', tone: 'attention' });
        return surveyFormCard(view.survey, locale, view.mine);
      });
      const locale = pickLocale(context.activity.locale);
      await invokeResponse(context, dialogWithCard(translate(locale, 'survey.openForm'), card));
    },
    true,
  );
  // task/submit: record the answer; a refused form comes back with the reason, a good one closes the dialog.
  agent.addRoute(
    isInvoke('task/submit'),
    async (context) => {
      const locale = pickLocale(context.activity.locale);
      let recorded = false;
      const card = await answer(deps, context, context.activity.value, async (actor, { communityId, surveyId }, data) => {
        const { survey, input } = await cardAnswers({
          stores: deps.stores,
          tenantId: actor.tenantId,
          communityId,
          surveyId,
          cardData: data,
        });
        try {
          await answerSurvey({ stores: deps.stores, principal: actor, communityId, surveyId, input });
          recorded = true;
          return noticeCard(locale, 'survey.recorded');
        } catch (error) {
          const problem = problemOf(error);
          if (!survey || !problem || problem === 'survey.error.notFound' || problem === 'survey.error.notAllowed') throw error;
          // Keep what they typed: the form comes back filled with their input and the reason on top.
          return surveyFormCard(survey, locale, ((input as { answers?: SurveyAnswers }).answers ?? null) as SurveyAnswers | null, problem);
        }
      });
      await invokeResponse(
        context,
        recorded ? dialogMessage(translate(locale, 'survey.recorded')) : dialogWithCard(translate(locale, 'survey.openForm'), card),
      );
    },
    true,
  );
}
