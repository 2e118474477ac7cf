import { type AdaptiveCard, cardEnvelope } from '../adaptiveCards/adaptiveCard';
import { plainField, plainText } from '../adaptiveCards/plainText';
import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import type { MessageKey } from '../i18n/fr';
import { type Locale, translate } from '../i18n/translate';
import { ritualPlansOf } from '../rituals/ritualPlan';
import { scheduledMeetings } from '../rituals/schedule';
import type { Stores } from '../stores';
import type { RitualsDraft } from '../workshops/rituals';
import { betweenNotebookId, notebookIdOf } from './notebook';
import type { SavedMessage } from './messagePayload';

const dayMs = 86_400_000;

/** A notebook a resource can go to: its id and how the dialog names it. */
export interface NotebookChoice {
  value: string;
  title: string;
}

/**
 * The notebooks a member can save a message to: the between-meetings one, each notebook already open (newest
 * first) and the last two meetings of each series in the past two months whose notebook is not open yet.
 */
export async function notebookChoices(stores: Stores, principal: Principal, communityId: string, now: string, locale: Locale) {
  const { community } = await authorize(stores, principal, communityId, 'notebook.edit');
  const [notebooks, w3] = await Promise.all([
    stores.notebooks.list(principal.tenantId, communityId),
    stores.workshops.get(principal.tenantId, communityId, 3),
  ]);
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  const titleOf = (date: string, title: string) => (title.trim() ? `${day(date)} — ${title.trim()}` : day(date));
  const open = new Set(notebooks.map((n) => n.id));
  const choices: NotebookChoice[] = [{ value: betweenNotebookId, title: translate(locale, 'notebook.choice.between') }];
  for (const n of [...notebooks].sort((a, b) => b.id.localeCompare(a.id)))
    if (n.ref.kind === 'meeting') choices.push({ value: n.id, title: titleOf(n.ref.date, n.title) });
  const at = Date.parse(now);
  for (const plan of ritualPlansOf((w3?.data ?? {}) as RitualsDraft)) {
    const past = scheduledMeetings(plan.start, plan.cadence, 20, plan.timeZone, new Date(at - 60 * dayMs)).filter(
      (m) => m.startsAt.getTime() <= at,
    );
    for (const m of past.slice(-2).reverse()) {
      const id = notebookIdOf({ kind: 'meeting', seriesId: plan.seriesId, date: m.date });
      if (!open.has(id)) choices.push({ value: id, title: titleOf(m.date, plan.seriesName ?? '') });
    }
  }
  return { community, choices };
}

/** What the "Add to notebook" dialog shows. */
export interface SaveToNotebookView {
  locale: Locale;
  communityName: string;
  choices: NotebookChoice[];
  message: SavedMessage;
  /** Why the last submit was refused, shown on top. */
  problem?: MessageKey;
}

/** The dialog of the "Add to notebook" message action: which notebook, the link, what it is, tags, public or not. */
export function saveToNotebookCard({ locale, communityName, choices, message, problem }: SaveToNotebookView): AdaptiveCard {
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params);
  const body: Record<string, unknown>[] = [
    {
      type: 'TextBlock',
      text: t('notebook.save.title', { community: plainText(communityName) }),
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
      style: 'heading',
    },
  ];
  if (problem) body.push({ type: 'TextBlock', text: t(problem), wrap: true, color: 'Attention', weight: 'Bolder' });
  body.push(
    {
      type: 'Input.ChoiceSet',
      id: 'notebookId',
      label: t('notebook.save.notebook'),
      value: choices[0]?.value,
      isRequired: true,
      errorMessage: t('notebook.save.notebookRequired'),
      choices: choices.map((c) => ({ title: plainField(c.title), value: c.value })),
    },
    message.links.length > 1
      ? {
          type: 'Input.ChoiceSet',
          id: 'url',
          label: t('notebook.save.link'),
          value: message.links[0],
          choices: message.links.map((l) => ({ title: plainField(l), value: l })),
        }
      : { type: 'Input.Text', id: 'url', label: t('notebook.save.link'), style: 'Url', maxLength: 500, value: message.links[0] ?? '' },
    { type: 'Input.Text', id: 'fileName', label: t('notebook.save.fileName'), maxLength: 200 },
    {
      type: 'Input.Text',
      id: 'description',
      label: t('notebook.save.description'),
      maxLength: 150,
      isRequired: true,
      errorMessage: t('notebook.save.descriptionRequired'),
      value: plainField(message.snippet),
    },
    {
      type: 'Input.Text',
      id: 'tags',
      label: t('notebook.save.tags'),
      placeholder: plainField(t('notebook.save.tagsPlaceholder')),
      maxLength: 200,
    },
    {
      type: 'Input.Toggle',
      id: 'public',
      title: t('notebook.save.public'),
      value: 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    },
    { type: 'TextBlock', text: t('notebook.save.privacy'), wrap: true, isSubtle: true, size: 'Small' },
  );
  return {
    ...cardEnvelope,
    body,
    actions: [{ type: 'Action.Submit', title: t('notebook.save.submit'), data: { messageId: message.messageId } }],
  };
}

/** The resource a dialog submission describes (tags split on commas), for `addNotebookResource` to check. */
export function resourceFromDialog(data: Record<string, unknown>, id: string) {
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  const tags = text('tags')
    .split(/[,;#]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, 5);
  return {
    id,
    ...(text('url') ? { url: text('url') } : {}),
    ...(text('fileName') ? { fileName: text('fileName') } : {}),
    description: text('description'),
    tags,
    public: text('public') === 'true',
  };
}
