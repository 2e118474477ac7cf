import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { executeAction, refreshBlock } from '../adaptiveCards/executeAction';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { type CompassRatings, compassDimensions, compassMinRespondents, type CompassStatement } from './compass';

/** The data every action of a compass card carries, so a click finds its community and run. */
export interface CompassActionData {
  verb: 'compass.open' | 'compass.submit' | 'compass.refresh';
  communityId: string;
  run: number;
}

/** Everything the channel's compass card shows. The base card (posted to the channel) has no `mine`. */
export interface CompassCardView {
  locale: Locale;
  communityId: string;
  run: number;
  /** How many have answered the run (never who). */
  respondents: number;
  /** Whether the viewer answered, in their own view; undefined in the channel's copy. */
  answered?: boolean;
  notice?: { key: MessageKey; tone: 'good' | 'attention' };
  links?: TabLinks;
}

type Element = Record<string, unknown>;

const text = (t: string, more: Record<string, unknown> = {}): Element => ({ type: 'TextBlock', text: t, wrap: true, ...more });

const actionData = (communityId: string, run: number, verb: CompassActionData['verb']): CompassActionData => ({ verb, communityId, run });

/** The id of a statement's input in the dialog's form. */
export const ratingInputId = (statement: CompassStatement) => `r.${statement}`;

/**
 * The compass card posted to the community's channels when a run opens: the run, its size, how many answered (the
 * scores themselves only in the tab, from five respondents), a button that opens the form in a dialog, and a link to
 * the compass in the tab. Each viewer's client refreshes it into their own view ("you answered").
 */
export function compassRunCard(view: CompassCardView): AdaptiveCard {
  const { locale, communityId, run } = view;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const body: Element[] = [];
  if (view.notice) body.push(text(t(view.notice.key), { color: view.notice.tone, weight: 'Bolder' }));
  body.push(
    text(t('compass.card.title', { n: run }), { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(t('compass.card.intro')),
    text(t('compass.card.size'), { isSubtle: true, spacing: 'Small' }),
    text(t('compass.card.respondents', { n: view.respondents }), { weight: 'Bolder', spacing: 'Medium' }),
  );
  if (view.respondents < compassMinRespondents)
    body.push(text(t('compass.card.needed', { min: compassMinRespondents }), { isSubtle: true }));
  if (view.answered !== undefined) body.push(text(t(view.answered ? 'compass.card.youAnswered' : 'compass.card.notAnswered')));
  body.push(text(t('compass.card.anonymous'), { isSubtle: true, spacing: 'Small' }));

  const actions: Element[] = [
    // Teams opens a dialog for an Action.Submit with msteams.type task/fetch: the 30 statements live there.
    {
      type: 'Action.Submit',
      title: t(view.answered ? 'compass.card.change' : 'compass.card.answer'),
      style: 'positive',
      data: { msteams: { type: 'task/fetch' }, ...actionData(communityId, run, 'compass.open') },
    },
    executeAction({ verb: 'compass.refresh', title: t('compass.card.refresh'), data: actionData(communityId, run, 'compass.refresh') }),
  ];
  if (view.links)
    actions.push({
      type: 'Action.OpenUrl',
      title: t('compass.card.openTab'),
      url: tabLink(view.links, communityId, tabRoutes.workshop(communityId, 6)),
    });
  return {
    ...cardEnvelope,
    body,
    actions,
    refresh: refreshBlock({
      verb: 'compass.refresh',
      title: t('compass.card.refresh'),
      data: actionData(communityId, run, 'compass.refresh'),
    }),
  };
}

/** The dialog's form: the 30 statements grouped by dimension, each a compact 1–5 choice, prefilled with `mine`. */
export function compassFormCard(
  view: { locale: Locale; communityId: string; run: number; mine: CompassRatings | null },
  notice?: MessageKey,
): AdaptiveCard {
  const { locale, communityId, run, mine } = view;
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const choices = [1, 2, 3, 4, 5].map((n) => ({ title: t(`compass.card.rating.${n}` as MessageKey), value: String(n) }));
  const body: Element[] = [];
  if (notice) body.push(text(t(notice), { color: 'attention', weight: 'Bolder' }));
  body.push(
    text(t('compass.card.title', { n: run }), { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text(t('compass.card.scale'), { isSubtle: true }),
  );
  for (const dimension of compassDimensions)
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(t(`compass.${dimension}`), { weight: 'Bolder', style: 'heading' }),
        ...(['a', 'b', 'c'] as const).map((s) => {
          const statement = `${dimension}.${s}` as const;
          const earlier = mine?.[statement];
          return {
            type: 'Input.ChoiceSet',
            id: ratingInputId(statement),
            label: t(`compass.${statement}`),
            style: 'compact',
            placeholder: t('compass.card.choose'),
            choices,
            ...(earlier !== undefined ? { value: String(earlier) } : {}),
          };
        }),
      ],
    });
  return {
    ...cardEnvelope,
    body,
    actions: [
      { type: 'Action.Submit', title: t('compass.card.submit'), style: 'positive', data: actionData(communityId, run, 'compass.submit') },
    ],
  };
}
