import type { TurnContext } from '@microsoft/agents-hosting';
import type { AdaptiveCard } from '@elan/core/adaptiveCards/adaptiveCard';
import { noticeCard } from '@elan/core/adaptiveCards/noticeCard';
import { captureCard, captureVerb } from '@elan/core/rituals/ritualCards';
import type { TabAddress } from '@elan/core/adaptiveCards/tabLinks';
import { captureMeeting, captureViewOf, loadRitualContext } from '@elan/core/rituals/meetingCommands';
import { captureCardAgain } from '@elan/core/rituals/captureCardAgain';
import { DomainError, ValidationError } from '@elan/core/errors';
import type { MessageKey } from '@elan/core/i18n/fr';
import { isMessageKey, pickLocale } from '@elan/core/i18n/translate';
import type { Stores } from '@elan/core/stores';
import { meetingKeyOf, ritualActionTarget } from '@elan/core/rituals/meeting';
import { mainSeriesId } from '@elan/core/workshops/rituals';
import type { ChannelPoster } from '../conversations/channelPoster';
import type { CardActions } from '../cardSubmit';
import { actorOf } from '../actor';
import { cardLinksOf } from '../conversations/conversationRefs';
import { withAdmission } from '../community/admission';
import type { TeamRoster } from '@elan/core/community/roster';

/** What the ritual card actions need from the host. */
export interface RitualActionDeps {
  stores: Stores;
  now: () => string;
  /** Replaces the channel's copies of the capture card once links are saved. */
  ritualPoster?: ChannelPoster;
  /** Where the tab is, for the cards' links to it. */
  links?: TabAddress | undefined;
  /** Checks people not yet stored against their team's roster (joined since the last read). */
  roster?: TeamRoster;
}

/** The catalog key that explains a failed capture to the member. */
function problemKey(error: unknown): MessageKey | undefined {
  if (error instanceof ValidationError) {
    const key = (error.issues.find((i) => i.code === 'custom')?.params as { key?: unknown } | undefined)?.key;
    return isMessageKey(key) ? key : 'rituals.error.invalidLink';
  }
  if (error instanceof DomainError) {
    if (error.status === 404) return 'rituals.error.notFound';
    if (error.status === 403) return 'rituals.error.notAllowed';
    if (error.status === 400) return error.code;
  }
  return undefined;
}

/**
 * Saves the links of the capture card and answers the member with the card showing them recorded; the channel's
 * copy is replaced afterwards (public links only), so the answer stays fast. Any failure becomes a clear
 * message on the card and changes nothing.
 */
async function capture(deps: RitualActionDeps, context: TurnContext, action: unknown): Promise<AdaptiveCard> {
  const locale = pickLocale(context.activity.locale);
  const data = (action as { data?: unknown })?.data;
  const target = ritualActionTarget.safeParse(data);
  const actor = actorOf(context);
  if (!target.success || !actor) return noticeCard(locale, 'rituals.error.unknownAction');
  const { communityId, meetingDate, seriesId } = target.data;
  const meetingKey = meetingKeyOf({ seriesId: seriesId ?? mainSeriesId, date: meetingDate });
  try {
    const meeting = await withAdmission(deps, context, communityId, () =>
      captureMeeting({ stores: deps.stores, actor, communityId, meetingKey, cardData: data as Record<string, unknown>, now: deps.now() }),
    );
    const ritualContext = await loadRitualContext(deps.stores, actor.tenantId, communityId);
    if (!ritualContext) return noticeCard(locale, 'rituals.error.notFound');
    const posts = meeting.posts.capture ?? [];
    if (deps.ritualPoster && posts.length) {
      const channelCopy = captureViewOf(ritualContext, communityId, meeting, false);
      void deps.ritualPoster
        .replace(actor.tenantId, posts, (links) => captureCard({ ...channelCopy, links }))
        .catch((error: unknown) => console.error('capture card update failed', error));
    }
    const saved = captureViewOf(ritualContext, communityId, meeting, true, { key: 'rituals.card.capture.saved', tone: 'good' }, locale);
    const links = cardLinksOf(context, deps.links);
    return captureCard({ ...saved, ...(links ? { links } : {}) });
  } catch (error) {
    const key = problemKey(error);
    if (!key) {
      // Storage down or the like: ask the member to try again; Teams keeps the card.
      console.error('capture action failed', error);
      return noticeCard(locale, 'rituals.error.retry');
    }
    // Show the card again with the reason, so the member can correct and resend.
    if (key === 'rituals.error.notFound') return noticeCard(locale, key);
    const again = await captureCardAgain({ stores: deps.stores, tenantId: actor.tenantId, communityId, meetingKey, problem: key, locale });
    if (!again) return noticeCard(locale, key);
    const links = cardLinksOf(context, deps.links);
    return captureCard({ ...again, ...(links ? { links } : {}) });
  }
}

/** Registers the ritual cards' Action.Execute verbs (the capture card's form). */
export function registerRitualActions(cards: CardActions, deps: RitualActionDeps): void {
  cards.on(captureVerb, (context, _state, action) => capture(deps, context, action));
}
