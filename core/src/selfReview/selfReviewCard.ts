import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDay } from '../adaptiveCards/cardDate';
import { executeAction } from '../adaptiveCards/executeAction';
import { plainField, plainText } from '../adaptiveCards/plainText';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { mainSeriesId } from '../workshops/rituals';
import {
  maxSelfReviewNote,
  type SelfReviewAnswers,
  selfReviewInputId,
  selfReviewItems,
  selfReviewLevels,
  selfReviewNoteId,
  selfReviewTips,
} from './selfReviewItems';

/** The verb of the card's submit button. */
export const selfReviewSubmitVerb = 'selfReview.submit';
/** The verb of "Ask members for feedback" on the answer card. */
export const selfReviewAskVerb = 'selfReview.askMembers';

/** Which meeting a self-review card is about, and in which community. */
export interface SelfReviewCardView {
  locale: Locale;
  communityId: string;
  communityName: string;
  meeting: { seriesId: string; date: string };
  /** What the facilitator answered (the form comes back filled when it was refused). */
  answers?: SelfReviewAnswers;
  note?: string | null;
  /** A line on top: why a submit was refused, or what the last action did. */
  notice?: { key: MessageKey; tone: 'good' | 'attention' };
}

/** What a card action names: the community and the meeting, as the ritual cards do (no series for the main one). */
export function selfReviewTarget(view: Pick<SelfReviewCardView, 'communityId' | 'meeting'>) {
  const { seriesId, date } = view.meeting;
  return { communityId: view.communityId, meetingDate: date, ...(seriesId === mainSeriesId ? {} : { seriesId }) };
}

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

function header(view: SelfReviewCardView): Record<string, unknown>[] {
  const { locale } = view;
  const body = [
    text(translate(locale, 'selfReview.card.title'), { weight: 'Bolder', size: 'Medium', style: 'heading' }),
    text(translate(locale, 'selfReview.card.meeting', { community: plainText(view.communityName), date: cardDay(view.meeting.date) }), {
      isSubtle: true,
      spacing: 'None',
    }),
  ];
  if (view.notice)
    body.push(text(translate(locale, view.notice.key), { color: view.notice.tone === 'good' ? 'Good' : 'Attention', weight: 'Bolder' }));
  return body;
}

/** The personal card a facilitator gets after each meeting: the self-review items as compact choices and a private note. */
export function selfReviewCard(view: SelfReviewCardView): AdaptiveCard {
  const { locale } = view;
  const choices = selfReviewLevels.map((level) => ({ title: translate(locale, `checklist.level.${level}`), value: level }));
  const items = selfReviewItems.map((item) => ({
    type: 'Input.ChoiceSet',
    id: selfReviewInputId(item),
    label: translate(locale, `selfReview.item.${item}`),
    style: 'compact',
    placeholder: translate(locale, 'selfReview.card.choose'),
    choices,
    ...(view.answers?.[item] ? { value: view.answers[item] } : {}),
  }));
  return {
    ...cardEnvelope,
    body: [
      ...header(view),
      ...items,
      {
        type: 'Input.Text',
        id: selfReviewNoteId,
        label: translate(locale, 'selfReview.note'),
        placeholder: translate(locale, 'selfReview.note.placeholder'),
        isMultiline: true,
        maxLength: maxSelfReviewNote,
        ...(view.note ? { value: plainField(view.note) } : {}),
      },
      text(translate(locale, 'selfReview.card.private'), { isSubtle: true, size: 'Small' }),
    ],
    actions: [
      executeAction({
        verb: selfReviewSubmitVerb,
        title: translate(locale, 'selfReview.submit'),
        data: selfReviewTarget(view),
        style: 'positive',
      }),
    ],
  };
}

/**
 * The card that replaces the form once saved: thanks, the tip of every item answered "partly" or "not yet", and (when
 * `askMembers` is set) the button that asks members for their feedback on the meeting.
 */
export function selfReviewDoneCard(view: SelfReviewCardView & { answers: SelfReviewAnswers; askMembers: boolean }): AdaptiveCard {
  const { locale } = view;
  const tips = selfReviewTips(view.answers);
  const body: Record<string, unknown>[] = [...header(view), text(translate(locale, 'selfReview.done.title'), { weight: 'Bolder' })];
  if (tips.length === 0) body.push(text(translate(locale, 'selfReview.done.noTips')));
  else {
    body.push(text(translate(locale, 'selfReview.done.tips'), { weight: 'Bolder', spacing: 'Medium' }));
    for (const { item, level } of tips)
      body.push({
        type: 'Container',
        spacing: 'Small',
        items: [
          text(`${translate(locale, `selfReview.item.${item}`)} (${translate(locale, `checklist.level.${level}`)})`, { isSubtle: true }),
          text(translate(locale, `selfReview.tip.${item}`), { spacing: 'None' }),
        ],
      });
  }
  if (!view.askMembers) return { ...cardEnvelope, body };
  body.push(text(translate(locale, 'selfReview.ask.explain'), { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  return {
    ...cardEnvelope,
    body,
    actions: [executeAction({ verb: selfReviewAskVerb, title: translate(locale, 'selfReview.ask'), data: selfReviewTarget(view) })],
  };
}
