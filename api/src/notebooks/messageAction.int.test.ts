import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { ritualChannel } from '../testing/ritualChannel';
import { teamsActivity } from '../testing/teamsActivity';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { tenant, setUp, install } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** A message in the channel, as Teams gives it to a message action. */
const messagePayload = {
  id: '1733230000000',
  body: {
    contentType: 'html',
    content:
      '<p>Voici le <a href="https://example.org/gabarit?x=1&amp;y=2">gabarit d’enseignement</a> dont je parlais &amp; la grille https://example.org/grille.</p>',
  },
};

/** Posts a message-action invoke to /api/messages, as Teams does; the invoke response's body. */
async function invoke(channel: string, name: string, from: { aadObjectId: string; name: string }, value: Record<string, unknown>) {
  const res = await app.call('POST', '/api/messages', {
    body: teamsActivity(
      connector.serviceUrl,
      { conversationId: `${channel};messageid=${messagePayload.id}`, teamId: `team-${channel}`, tenantId: tenant },
      {
        type: 'invoke',
        name,
        locale: 'fr-CA',
        from: { id: `29:${from.aadObjectId}`, ...from },
        value: { commandId: 'addToNotebook', commandContext: 'message', messagePayload, ...value },
      },
    ),
  });
  expect(res.status).toBe(200);
  return res.body;
}

const ana = { aadObjectId: 'ana', name: 'Ana' };

describe('"Add to notebook" message action (integration, Azurite)', () => {
  it('prefills the dialog from the message, stores one resource for a retried submit, and counts who shared it', async () => {
    const channel = '19:action@thread.tacv2';
    const id = await setUp('Carnets action', channel, ritualsInput());

    const fetched = await invoke(channel, 'composeExtension/fetchTask', ana, {});
    expect(fetched.task.type).toBe('continue');
    const card = fetched.task.value.card.content;
    const input = (inputId: string) => card.body.find((b: any) => b.id === inputId);
    // Both links of the message are offered, the first chosen; the text is the snippet, without markup.
    expect(input('url').choices.map((c: any) => c.value)).toEqual(['https://example.org/gabarit?x=1&y=2', 'https://example.org/grille']);
    expect(input('description').value).toMatch(/^Voici le gabarit d’enseignement dont je parlais & la grille/);
    expect(input('notebookId').choices[0]).toEqual({ title: translate('fr', 'notebook.choice.between'), value: 'between' });

    const data = {
      notebookId: 'between',
      url: 'https://example.org/gabarit?x=1&y=2',
      description: 'Gabarit d’enseignement',
      tags: 'outils, éducation',
      public: 'true',
      messageId: messagePayload.id,
    };
    const [first, retry] = await Promise.all([
      invoke(channel, 'composeExtension/submitAction', ana, { data }),
      invoke(channel, 'composeExtension/submitAction', ana, { data }),
    ]);
    expect(first.task).toEqual({
      type: 'message',
      value: translate('fr', 'notebook.save.saved', { notebook: translate('fr', 'notebook.card.untitled') }),
    });
    expect(retry.task.type).toBe('message');
    const notebook = (await app.call('GET', `/api/communities/${id}/notebooks/between`, { token: nadia })).body;
    expect(notebook.resources).toHaveLength(1);
    expect(notebook.resources[0]).toMatchObject({
      url: 'https://example.org/gabarit?x=1&y=2',
      description: 'Gabarit d’enseignement',
      tags: ['outils', 'éducation'],
      public: true,
      sharedBy: { userId: 'ana', name: 'Ana' },
    });
    // Saving a resource is not taking the notes.
    expect(notebook.capturedBy).toBeNull();

    // A description missing: the dialog again, with the reason; nothing stored.
    const refused = await invoke(channel, 'composeExtension/submitAction', ana, {
      data: { ...data, url: 'https://example.org/autre', description: '' },
    });
    expect(refused.task.type).toBe('continue');
    expect(JSON.stringify(refused.task.value.card.content)).toContain(translate('fr', 'notebook.save.descriptionRequired'));
    const notAMeeting = await invoke(channel, 'composeExtension/submitAction', ana, { data: { ...data, notebookId: 'm20270317' } });
    expect(JSON.stringify(notAMeeting.task.value.card.content)).toContain(translate('fr', 'notebook.error.noSuchMeeting'));
    expect((await app.call('GET', `/api/communities/${id}/notebooks/between`, { token: nadia })).body.resources).toHaveLength(1);
  });

  it('says so in a channel linked to no community, and to a sponsor', async () => {
    const channel = '19:unlinked@thread.tacv2';
    await install(channel);
    const fetched = await invoke(channel, 'composeExtension/fetchTask', ana, {});
    expect(fetched.task).toEqual({ type: 'message', value: translate('fr', 'notebook.save.noCommunity') });

    const linked = '19:sponsor@thread.tacv2';
    await setUp('Carnets commandite', linked, ritualsInput());
    const sponsor = await invoke(linked, 'composeExtension/fetchTask', { aadObjectId: 'sam', name: 'Sam' }, {});
    expect(sponsor.task).toEqual({ type: 'message', value: translate('fr', 'notebook.save.notAllowed') });
  });
});
