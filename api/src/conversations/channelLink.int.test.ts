import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText, type TeamsUser } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot posts.
const app = useTestApp();
const connector = useFakeConnector();
const nadia: TeamsUser = { aadObjectId: 'nadia', name: 'Nadia Tremblay' };
const channel = '19:link@thread.tacv2';

/** A card click inside the thread of the welcome card, as Teams sends it from a channel (or a personal chat). */
async function click(
  user: TeamsUser,
  data: Record<string, unknown>,
  opts: { personal?: boolean; locale?: string; channel?: string; team?: string } = {},
) {
  const res = await app.call('POST', '/api/messages', {
    body: {
      type: 'invoke',
      name: 'adaptiveCard/action',
      id: `invoke-${Math.random()}`,
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      locale: opts.locale ?? 'fr-CA',
      from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
      recipient: { id: '28:elan-bot', name: 'Élan' },
      conversation: opts.personal
        ? { id: `a:personal-${user.aadObjectId}`, tenantId: 'local-tenant', conversationType: 'personal' }
        : { id: `${opts.channel ?? channel};messageid=1700000000000`, tenantId: 'local-tenant', conversationType: 'channel' },
      channelData: { tenant: { id: 'local-tenant' }, ...(opts.personal ? {} : { team: { id: opts.team ?? '19:team@thread.tacv2' } }) },
      value: { action: { type: 'Action.Execute', verb: data['verb'], data }, trigger: 'manual' },
    },
  });
  expect(res.status).toBe(200);
  return res.body.value;
}

describe('linking a channel from the welcome card (integration, Azurite)', () => {
  it('lets a facilitator pick one of their communities, or create one, and links the channel itself (not the thread)', async () => {
    const token = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
    const { body: existing } = await app.call('POST', '/api/communities', { token, body: { name: 'Soins palliatifs' } });
    await app.deps.stores.communities.putMember('local-tenant', existing.id, { userId: 'marc', name: 'Marc', role: 'member' });

    const form = await click(nadia, { verb: 'channel.linkStart' });
    expect(cardProblems(form)).toEqual([]);
    expect(form.body.find((b: any) => b.id === 'community').choices.map((c: any) => c.value)).toEqual([existing.id, 'new']);

    const linked = await click(nadia, { verb: 'channel.link', community: existing.id, newName: '' });
    expect(cardText(linked)).toContain(translate('fr', 'link.done', { name: 'Soins palliatifs' }));
    const conversations = (await app.call('GET', `/api/communities/${existing.id}/conversations`, { token })).body.conversations;
    expect(conversations.map((c: any) => c.conversationId)).toEqual([channel]);

    // A member may not link a channel to a community they only belong to.
    const marc: TeamsUser = { aadObjectId: 'marc', name: 'Marc' };
    const refused = await click(marc, { verb: 'channel.link', community: existing.id });
    expect(cardText(refused)).toContain(translate('fr', 'link.error.notFacilitator'));
    // Creating needs a name; then the clicker becomes the new community's facilitator and the channel moves to it.
    const noName = await click(marc, { verb: 'channel.link', community: 'new', newName: '  ' }, { locale: 'en-US' });
    expect(cardText(noName)).toContain(translate('en', 'link.error.name'));
    const created = await click(marc, { verb: 'channel.link', community: 'new', newName: 'Partners in care' }, { locale: 'en-US' });
    expect(cardText(created)).toContain(translate('en', 'link.done', { name: 'Partners in care' }));
    const me = (await app.call('GET', '/api/me', { token: app.token({ userId: 'marc' }) })).body;
    const mine = me.communities.find((c: any) => c.name === 'Partners in care');
    expect(mine).toMatchObject({ role: 'facilitator', language: 'en' });
    const moved = (await app.call('GET', `/api/communities/${mine.id}/conversations`, { token: app.token({ userId: 'marc' }) })).body;
    expect(moved.conversations.map((c: any) => c.conversationId)).toEqual([channel]);
  });

  it('does not link a personal chat, and answers a stranger picking someone else’s community without changing anything', async () => {
    const token = app.token({ userId: 'lea', name: 'Léa' });
    const { body: community } = await app.call('POST', '/api/communities', { token, body: { name: 'Privée' } });
    const lea: TeamsUser = { aadObjectId: 'lea', name: 'Léa' };
    const personal = await click(lea, { verb: 'channel.link', community: community.id }, { personal: true });
    expect(cardText(personal)).toContain(translate('fr', 'link.error.personal'));
    const stranger = await click({ aadObjectId: 'eve', name: 'Eve' }, { verb: 'channel.link', community: community.id });
    expect(cardText(stranger)).toContain(translate('fr', 'link.error.notFacilitator'));
    expect((await app.call('GET', `/api/communities/${community.id}/conversations`, { token })).body.conversations).toEqual([]);
  });

  it('adds a channel of another team to the wider network instead: nobody there becomes a member, and it is not the community’s own', async () => {
    const token = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
    const { body: community } = await app.call('POST', '/api/communities', { token, body: { name: 'Réseau santé' } });
    const network = { channel: '19:partners@thread.tacv2', team: '19:partners-team@thread.tacv2' };
    const base = `/api/communities/${community.id}`;

    const form = await click(nadia, { verb: 'channel.linkStart' }, network);
    expect(cardProblems(form)).toEqual([]);
    const as = form.body.find((b: any) => b.id === 'as');
    expect(as).toMatchObject({ value: 'community' });
    expect(as.choices.map((c: any) => c.value)).toEqual(['community', 'network']);

    // A wider network needs a community that exists.
    const forNew = await click(nadia, { verb: 'channel.link', community: 'new', newName: 'Autre', as: 'network' }, network);
    expect(cardText(forNew)).toContain(translate('fr', 'link.error.networkNew'));

    const added = await click(nadia, { verb: 'channel.link', community: community.id, as: 'network' }, network);
    expect(cardText(added)).toContain(translate('fr', 'link.doneNetwork', { name: 'Réseau santé' }));
    expect((await app.call('GET', `${base}/network`, { token })).body.conversations.map((c: any) => c.conversationId)).toEqual([
      network.channel,
    ]);
    expect((await app.call('GET', `${base}/conversations`, { token })).body.conversations).toEqual([]);
    expect((await app.call('GET', `${base}/members`, { token })).body.members.map((m: any) => m.userId)).toEqual(['nadia']);

    // The community's own channel is refused as its wider network (it hears everything already), with the reason.
    await click(nadia, { verb: 'channel.link', community: community.id, as: 'community' }, { channel: '19:own@thread.tacv2' });
    const own = await click(nadia, { verb: 'channel.link', community: community.id, as: 'network' }, { channel: '19:own@thread.tacv2' });
    expect(cardText(own)).toContain(translate('fr', 'network.error.alreadyLinked'));
    expect((await app.call('GET', `${base}/network`, { token })).body.conversations).toHaveLength(1);
  });
});
