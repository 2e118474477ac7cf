import { answerNewcomerPulse } from '@elan/core/community/newcomerPulse';
import { newcomerPulseCard, newcomerPulseVerb } from '@elan/core/community/newcomerPulseCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { pickLocale } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';
import type { CardActions } from '../cardSubmit';

/** The newcomers' 30-day pulse: its answer buttons record one anonymous answer and the card thanks them. */
export function registerWelcomeActions(cards: CardActions, { stores }: { stores: Stores }): void {
  cards.on(newcomerPulseVerb, async (context, _state, action) => {
    const actor = actorOf(context);
    const view = actor && (await answerNewcomerPulse(stores, actor, action.data));
    if (!view) return noticeCard(pickLocale(context.activity.locale), 'welcome.pulse.notAllowed');
    return newcomerPulseCard(view);
  });
}
