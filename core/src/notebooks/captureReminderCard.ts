import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDay } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';
import type { CaptureReminder } from './captureDue';

/** What a reminder of a missing capture says. */
export interface CaptureReminderView {
  locale: Locale;
  communityId: string;
  communityName: string;
  /** The meeting's local day. */
  date: string;
  notebookId: string;
  who: CaptureReminder;
  /** Who was to take the notes, when the rotation named someone. */
  noteTaker: string | null;
  links: TabLinks;
}

/** The one personal reminder that a meeting's notes are still missing: to the note-taker, later to the facilitators. */
export function captureReminderCard(view: CaptureReminderView): AdaptiveCard {
  const { locale } = view;
  const params = { community: plainText(view.communityName), date: cardDay(view.date), noteTaker: plainText(view.noteTaker ?? '') };
  const text =
    view.who === 'remindNoteTaker'
      ? translate(locale, 'notebook.remind.noteTaker', params)
      : translate(locale, view.noteTaker ? 'notebook.remind.facilitators' : 'notebook.remind.facilitatorsNoNoteTaker', params);
  return {
    ...cardEnvelope,
    body: [
      {
        type: 'TextBlock',
        text: translate(locale, 'notebook.remind.title'),
        weight: 'Bolder',
        size: 'Medium',
        wrap: true,
        style: 'heading',
      },
      { type: 'TextBlock', text, wrap: true },
    ],
    actions: [
      {
        type: 'Action.OpenUrl',
        title: translate(locale, 'notebook.card.open'),
        url: tabLink(view.links, view.communityId, tabRoutes.notebook(view.communityId, view.notebookId)),
      },
    ],
  };
}
