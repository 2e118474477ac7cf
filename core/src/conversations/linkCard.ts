import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { executeAction } from '../adaptiveCards/executeAction';
import { plainField, plainText } from '../adaptiveCards/plainText';

/** The choice that creates a community instead of picking one. */
export const newCommunityChoice = 'new';

/** What the channel becomes: the community's own (its team joins), or part of its wider network (public news only). */
export const linkKinds = ['community', 'network'] as const;
export type LinkKind = (typeof linkKinds)[number];

export interface LinkCardView {
  locale: Locale;
  /** Communities the person facilitates (the only ones they may link). */
  communities: { id: string; name: string }[];
  notice?: MessageKey;
}

const base = (body: Record<string, unknown>[], actions: Record<string, unknown>[]): AdaptiveCard => ({
  ...cardEnvelope,
  body,
  actions,
});

/** The form a facilitator uses, from the welcome card, to link the channel to a community (new or existing). */
export function linkCard({ locale, communities, notice }: LinkCardView): AdaptiveCard {
  const body: Record<string, unknown>[] = [];
  if (notice) body.push({ type: 'TextBlock', text: translate(locale, notice), wrap: true, color: 'attention', weight: 'Bolder' });
  body.push(
    { type: 'TextBlock', text: translate(locale, 'link.title'), size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' },
    { type: 'TextBlock', text: translate(locale, communities.length ? 'link.intro' : 'link.none'), wrap: true },
  );
  if (communities.length)
    body.push({
      type: 'Input.ChoiceSet',
      id: 'community',
      label: translate(locale, 'link.choose'),
      style: 'expanded',
      value: communities[0]!.id,
      choices: [
        ...communities.map((c) => ({ title: plainField(c.name), value: c.id })),
        { title: translate(locale, 'link.new'), value: newCommunityChoice },
      ],
    });
  body.push({ type: 'Input.Text', id: 'newName', label: translate(locale, 'link.newName'), maxLength: 60 });
  if (communities.length)
    body.push({
      type: 'Input.ChoiceSet',
      id: 'as',
      label: translate(locale, 'link.as'),
      style: 'expanded',
      value: 'community',
      choices: linkKinds.map((kind) => ({ title: translate(locale, `link.as.${kind}`), value: kind })),
    });
  return base(body, [
    executeAction({ verb: 'channel.link', title: translate(locale, 'link.submit'), style: 'positive', data: { verb: 'channel.link' } }),
  ]);
}

/** The card that replaces the form once the channel is linked (as the community's own, or to its wider network). */
export function linkedCard(locale: Locale, name: string, tabUrl: string, as: LinkKind = 'community'): AdaptiveCard {
  const done = as === 'network' ? 'link.doneNetwork' : 'link.done';
  return base(
    [{ type: 'TextBlock', text: translate(locale, done, { name: plainText(name) }), wrap: true, weight: 'Bolder', color: 'good' }],
    [{ type: 'Action.OpenUrl', title: translate(locale, 'link.open'), url: tabUrl }],
  );
}
