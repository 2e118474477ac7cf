import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { tabLinksOf, testTeamsAppId } from '../testing/tabDeepLinks';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
const connector = useFakeConnector();
let nadia: string;
const { install, setUp, postsTo } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const w3 = (summaryVisibility: 'members' | 'organisation' | 'public') =>
  ritualsInput({ capture: { minutesVisibility: 'members', summaryVisibility, resourcesLocation: 'SharePoint', dueWorkingDays: 3 } });

const content = {
  title: 'Éducation thérapeutique',
  tags: ['outils'],
  minutes: { text: 'Détails confidentiels.' },
  summary: 'Nous avons comparé trois outils.',
  resources: [
    { id: 'r1', url: 'https://example.org/gabarit', description: 'Gabarit', public: true },
    { id: 'r2', url: 'https://example.org/interne', description: 'Liste interne', public: false },
  ],
};

/** Opens, writes and approves the notebook of 16 March; the approval's status. */
async function approved(id: string) {
  const base = `/api/communities/${id}/notebooks`;
  const opened = (await app.call('POST', base, { token: nadia, body: { kind: 'meeting', seriesId: 'main', date: '2027-03-16' } })).body;
  const saved = (await app.call('PUT', `${base}/${opened.id}`, { token: nadia, body: content, headers: { 'if-match': opened.etag } })).body;
  const approve = () => app.call('POST', `${base}/${opened.id}/approve`, { token: nadia, headers: { 'if-match': saved.etag } });
  // A retried request carries the same version: only one approval goes through.
  const [first, retry] = await Promise.all([approve(), approve()]);
  return {
    statuses: [first.status, retry.status].sort(),
    notebookId: opened.id as string,
    etag: (first.status === 200 ? first : retry).body.etag,
  };
}

describe('notebook announcements (integration, Azurite)', () => {
  it('posts one new message in the community channel, and one per wider-network channel when the summary is public', async () => {
    const channel = '19:carnets@thread.tacv2';
    const network = '19:reseau@thread.tacv2';
    const id = await setUp('Carnets publics', channel, w3('public'));
    await install(network);
    const added = await app.call('POST', `/api/communities/${id}/network`, { token: nadia, body: { conversationId: network } });
    expect(added.status).toBe(200);
    expect(added.body.conversations.map((c: any) => c.conversationId)).toEqual([network]);
    // The community's own channel, a personal chat or an unknown one cannot join the network; members cannot add.
    expect((await app.call('POST', `/api/communities/${id}/network`, { token: nadia, body: { conversationId: channel } })).status).toBe(
      400,
    );
    expect(
      (await app.call('POST', `/api/communities/${id}/network`, { token: nadia, body: { conversationId: '19:unknown' } })).status,
    ).toBe(404);
    expect((await app.call('POST', `/api/communities/${id}/network`, { token: nadia, body: {} })).status).toBe(400);
    expect(
      (await app.call('POST', `/api/communities/${id}/network`, { token: app.token({ userId: 'ana' }), body: { conversationId: network } }))
        .status,
    ).toBe(403);

    const start = connector.sent.length;
    const { statuses, notebookId, etag } = await approved(id);
    expect(statuses).toEqual([200, 412]);
    await connector.waitFor(start + 2);
    const inChannel = postsTo(channel, start);
    const inNetwork = postsTo(network, start);
    expect([inChannel.length, inNetwork.length]).toEqual([1, 1]);
    const channelCard = cardOf(inChannel[0]!);
    const channelText = cardText(channelCard);
    expect(channelText).toContain(translate('fr', 'notebook.card.title', { community: 'Carnets publics' }));
    expect(channelText).toContain('Nous avons comparé trois outils.');
    expect(channelText).toContain('https://example.org/gabarit');
    expect(channelText).not.toContain('interne');
    expect(channelText).not.toContain('confidentiels');
    expect(tabLinksOf(channelCard)).toEqual([
      {
        app: testTeamsAppId,
        entityId: id,
        webUrl: `http://localhost:53000/#/c/${id}/notebooks/${notebookId}`,
        context: { subEntityId: `/c/${id}/notebooks/${notebookId}`, channelId: channel },
      },
    ]);
    // The wider network reads the public summary, with no link into a tab its members cannot open.
    const networkCard = cardOf(inNetwork[0]!);
    expect(cardText(networkCard)).toContain('Nous avons comparé trois outils.');
    expect(networkCard.actions).toBeUndefined();

    // Approving again after a change is not announced again.
    const base = `/api/communities/${id}/notebooks/${notebookId}`;
    const edited = (await app.call('PUT', base, { token: nadia, body: { ...content, summary: 'Revue.' }, headers: { 'if-match': etag } }))
      .body;
    const before = connector.sent.length;
    expect((await app.call('POST', `${base}/approve`, { token: nadia, headers: { 'if-match': edited.etag } })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.sent.length).toBe(before);

    // Removed from the network, a channel hears nothing more.
    const removed = await app.call('DELETE', `/api/communities/${id}/network`, { token: nadia, body: { conversationId: network } });
    expect(removed.body.conversations).toEqual([]);
  });

  it('keeps a members-only summary out of the channel card and posts nothing to the wider network', async () => {
    const channel = '19:prives@thread.tacv2';
    const network = '19:reseau2@thread.tacv2';
    const id = await setUp('Carnets privés', channel, w3('members'));
    await install(network);
    await app.call('POST', `/api/communities/${id}/network`, { token: nadia, body: { conversationId: network } });
    const start = connector.sent.length;
    expect((await approved(id)).statuses).toEqual([200, 412]);
    await connector.waitFor(start + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(postsTo(network, start)).toEqual([]);
    const text = cardText(cardOf(postsTo(channel, start)[0]!));
    expect(text).toContain(translate('fr', 'notebook.card.summaryInTab'));
    expect(text).not.toContain('Nous avons comparé');
  });
});
