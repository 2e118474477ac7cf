import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { executeAction } from '../adaptiveCards/executeAction';
import { plainText } from '../adaptiveCards/plainText';
import { type Locale, translate } from '../i18n/translate';
import { newcomerPulseAnswers } from './welcomeStore';

/** The verb of the pulse's answer buttons. */
export const newcomerPulseVerb = 'welcome.pulse';

/** What the 30-day pulse card shows: the question with its buttons, or (once answered) a notice instead. */
export interface NewcomerPulseView {
  locale: Locale;
  communityId: string;
  communityName: string;
  notice?: 'welcome.pulse.thanks' | 'welcome.pulse.already' | 'welcome.pulse.notAllowed';
}

/** The one-question pulse a newcomer gets 30 days after their welcome: "are you finding what you came for?". */
export function newcomerPulseCard(view: NewcomerPulseView): AdaptiveCard {
  const { locale } = view;
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: translate(locale, 'welcome.pulse.title', { community: plainText(view.communityName) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: translate(locale, 'welcome.pulse.question'), wrap: true },
  ];
  if (view.notice) {
    body.push({
      type: 'TextBlock',
      text: translate(locale, view.notice),
      wrap: true,
      color: view.notice === 'welcome.pulse.notAllowed' ? 'Attention' : 'Good',
    });
    return { ...cardEnvelope, body };
  }
  body.push({ type: 'TextBlock', text: translate(locale, 'welcome.pulse.anonymous'), wrap: true, isSubtle: true, size: 'Small' });
  return {
    ...cardEnvelope,
    body,
    actions: newcomerPulseAnswers.map((answer) =>
      executeAction({
        verb: newcomerPulseVerb,
        title: translate(locale, `welcome.pulse.${answer}`),
        data: { communityId: view.communityId, answer },
      }),
    ),
  };
}
