import { createHash } from 'node:crypto';
import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { TeamRoster } from '@elan/core/community/roster';
import { channelConversationId } from '@elan/core/conversations/conversation';
import { DomainError, ValidationError } from '@elan/core/errors';
import type { MessageKey } from '@elan/core/i18n/fr';
import { isMessageKey, type Locale, pickLocale, translate } from '@elan/core/i18n/translate';
import { addNotebookResource } from '@elan/core/notebooks/addResource';
import { type MessagePayload, savedMessage } from '@elan/core/notebooks/messagePayload';
import { notebookChoices, resourceFromDialog, saveToNotebookCard } from '@elan/core/notebooks/saveToNotebook';
import type { Stores } from '@elan/core/stores';
import { actorOf } from '../actor';
import { communityOfChat } from '@elan/core/chat/chatAnswers';
import { withAdmission } from '../community/admission';

/** The manifest's message action (composeExtensions[0].commands[0]). */
export const addToNotebookCommand = 'addToNotebook';

export interface MessageActionDeps {
  stores: Stores;
  now: () => string;
  roster?: TeamRoster;
}

/** What Teams sends with the action's invokes. */
interface ActionValue {
  commandId?: string;
  messagePayload?: MessagePayload;
  data?: Record<string, unknown>;
}

const invokeName = (name: string) => (context: TurnContext) =>
  Promise.resolve(
    context.activity.type === ActivityTypes.Invoke &&
      context.activity.name === name &&
      (context.activity.value as ActionValue | undefined)?.commandId === addToNotebookCommand,
  );

const reply = (context: TurnContext, body: unknown) =>
  context.sendActivity(Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } }));

/** A short message in the dialog (saved, or why nothing can be saved here). */
const message = (context: TurnContext, locale: Locale, key: MessageKey, params?: Record<string, string>) =>
  reply(context, { task: { type: 'message', value: translate(locale, key, params) } });

/** The dialog with its card, again with the reason when a submit was refused. */
const dialog = (context: TurnContext, locale: Locale, card: unknown) =>
  reply(context, {
    task: {
      type: 'continue',
      value: {
        title: translate(locale, 'notebook.save.dialogTitle'),
        height: 'large',
        width: 'medium',
        card: { contentType: 'application/vnd.microsoft.card.adaptive', content: card },
      },
    },
  });

/** The community of the conversation the message is in, when a facilitator linked it. */
async function communityOf(stores: Stores, context: TurnContext): Promise<string | undefined> {
  const who = actorOf(context);
  const conversationId = context.activity.conversation?.id;
  if (!who || !conversationId) return undefined;
  return (await communityOfChat({ stores, who, conversationId: channelConversationId(conversationId), personal: false }))?.communityId;
}

/** The catalog key for a refused submit. */
function problemOf(error: unknown): MessageKey | undefined {
  if (error instanceof ValidationError) {
    const key = (error.issues.find((i) => i.code === 'custom')?.params as { key?: unknown } | undefined)?.key;
    return isMessageKey(key) ? key : 'notebook.save.descriptionRequired';
  }
  if (error instanceof DomainError && error.status === 400) return error.code;
  return undefined;
}

/**
 * "Add to notebook" on any message of a linked channel: the dialog is prefilled with that message's links and
 * text (the only message read: the one a person invoked the action on), and saves one resource. The resource's
 * id comes from the message and its link, so a retried submit stores it once.
 */
export function registerMessageAction(agent: AgentApplication<TurnState>, deps: MessageActionDeps): void {
  agent.addRoute(invokeName('composeExtension/fetchTask'), async (context) => {
    const locale = pickLocale(context.activity.locale);
    const actor = actorOf(context);
    const communityId = await communityOf(deps.stores, context);
    if (!actor || !communityId) return void (await message(context, locale, 'notebook.save.noCommunity'));
    try {
      const { community, choices } = await withAdmission(deps, context, communityId, () =>
        notebookChoices(deps.stores, actor, communityId, deps.now(), locale),
      );
      const saved = savedMessage((context.activity.value as ActionValue).messagePayload);
      await dialog(context, locale, saveToNotebookCard({ locale, communityName: community.name, choices, message: saved }));
    } catch (error) {
      if (error instanceof DomainError && (error.status === 403 || error.status === 404))
        return void (await message(context, locale, 'notebook.save.notAllowed'));
      throw error;
    }
  });

  agent.addRoute(invokeName('composeExtension/submitAction'), async (context) => {
    const locale = pickLocale(context.activity.locale);
    const actor = actorOf(context);
    const communityId = await communityOf(deps.stores, context);
    if (!actor || !communityId) return void (await message(context, locale, 'notebook.save.noCommunity'));
    const value = context.activity.value as ActionValue;
    const data = value.data ?? {};
    const saved = savedMessage(value.messagePayload);
    const messageId = typeof data['messageId'] === 'string' ? data['messageId'] : saved.messageId;
    const link = typeof data['url'] === 'string' ? data['url'] : '';
    // Same message, same link (or file): same resource id, so Teams' retries find it stored.
    const id = createHash('sha256')
      .update(`${messageId}|${link || String(data['fileName'] ?? '')}`)
      .digest('hex')
      .slice(0, 16);
    try {
      const notebook = await withAdmission(deps, context, communityId, () =>
        addNotebookResource({
          stores: deps.stores,
          principal: actor,
          communityId,
          notebookId: typeof data['notebookId'] === 'string' ? data['notebookId'] : '',
          input: resourceFromDialog(data, id),
          now: deps.now(),
        }),
      );
      await message(context, locale, 'notebook.save.saved', {
        notebook: notebook.title.trim() || translate(locale, 'notebook.card.untitled'),
      });
    } catch (error) {
      if (error instanceof DomainError && (error.status === 403 || error.status === 404))
        return void (await message(context, locale, 'notebook.save.notAllowed'));
      const problem = problemOf(error);
      if (!problem) {
        console.error('saving to a notebook failed', error);
        return void (await message(context, locale, 'notebook.save.retry'));
      }
      const { community, choices } = await notebookChoices(deps.stores, actor, communityId, deps.now(), locale);
      await dialog(context, locale, saveToNotebookCard({ locale, communityName: community.name, choices, message: saved, problem }));
    }
  });
}
