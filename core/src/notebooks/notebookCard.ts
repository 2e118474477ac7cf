import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { cardDay } from '../adaptiveCards/cardDate';
import { plainText } from '../adaptiveCards/plainText';
import { type TabLinks, tabLink, tabRoutes } from '../adaptiveCards/tabLinks';
import { type Locale, translate } from '../i18n/translate';
import type { Notebook } from './notebook';

/** Long enough for a one-page summary's first paragraphs; the rest is in the notebook. */
const summaryChars = 1_200;

/** What the announcement of an approved notebook shows. */
export interface NotebookAnnouncementView {
  locale: Locale;
  communityId: string;
  communityName: string;
  notebook: Notebook;
  /**
   * Whether the summary may be shown where the card goes: the community's channel when workshop 3 lets the
   * summary beyond members (sponsors may read the channel), a wider-network channel only when it is public.
   */
  showSummary: boolean;
  /** Links to the tab; none for a wider-network channel, whose readers are not in the community. */
  links: TabLinks | null;
}

const clip = (text: string) => (text.length > summaryChars ? `${text.slice(0, summaryChars).trimEnd()}…` : text);

/**
 * The new message posted when a notebook is approved ("something new is there", the step usually forgotten):
 * its title and meeting, the summary where it may be read, the public resources, and a link to the notebook.
 */
export function notebookAnnouncementCard(view: NotebookAnnouncementView): AdaptiveCard {
  const { locale, notebook } = view;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  const title = notebook.title.trim() || t('notebook.card.untitled');
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: t('notebook.card.title', { community: plainText(view.communityName) }),
      weight: 'Bolder',
      size: 'Large',
      wrap: true,
      style: 'heading',
    },
    { type: 'TextBlock', text: plainText(title), weight: 'Bolder', wrap: true, spacing: 'Small' },
  ];
  if (notebook.ref.kind === 'meeting')
    body.push({
      type: 'TextBlock',
      text: t('notebook.card.meeting', { date: cardDay(notebook.ref.date) }),
      isSubtle: true,
      wrap: true,
      spacing: 'None',
    });
  if (view.showSummary && notebook.summary.trim())
    body.push({ type: 'TextBlock', text: plainText(clip(notebook.summary.trim())), wrap: true });
  else body.push({ type: 'TextBlock', text: t('notebook.card.summaryInTab'), wrap: true, isSubtle: true });
  const resources = notebook.resources.filter((r) => r.public);
  if (resources.length > 0) {
    body.push({ type: 'TextBlock', text: t('notebook.card.resources'), weight: 'Bolder', wrap: true, spacing: 'Medium' });
    body.push({
      type: 'FactSet',
      facts: resources
        .slice(0, 10)
        .map((r) => ({ title: plainText(r.description || r.fileName || ''), value: plainText(r.url ?? r.fileName ?? '') })),
    });
  }
  if (notebook.tags.length > 0)
    body.push({ type: 'TextBlock', text: plainText(notebook.tags.map((x) => `#${x}`).join(' ')), isSubtle: true, wrap: true });
  const actions = view.links
    ? [
        {
          type: 'Action.OpenUrl',
          title: t('notebook.card.open'),
          url: tabLink(view.links, view.communityId, tabRoutes.notebook(view.communityId, notebook.id)),
        },
      ]
    : [];
  return {
    ...cardEnvelope,
    body,
    ...(actions.length ? { actions } : {}),
  };
}
