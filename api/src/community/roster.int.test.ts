import { rosterOf, useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';
import { translate } from '@elan/core/i18n/translate';
import { teamsActivity } from '../testing/teamsActivity';

// The Bot Connector is a boundary we cannot run here: a local fake serves the team's roster (paged) and
// records what the bot sends. Storage is a real Azurite.
const app = useTestApp();
const connector = useFakeConnector();
const tenantId = 'local-tenant';
const team = '19:team-roster@thread.tacv2';
const nadiaAccount = { id: '29:nadia', aadObjectId: 'nadia', name: 'Nadia', userPrincipalName: 'nadia@example.org' };
let nadia: string;

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

const activity = (channel: string, overrides: Record<string, unknown>, teamId: string | null = team) =>
  teamsActivity(connector.serviceUrl, { conversationId: channel, teamId, tenantId }, overrides);

/** Installs the bot in a channel and links it to a new community; returns the community id and the link answer. */
async function installAndLink(channel: string, teamId: string | null = team) {
  const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: `Roster ${channel}` } });
  const install = await app.call('POST', '/api/messages', {
    body: activity(channel, { type: 'installationUpdate', action: 'add' }, teamId),
  });
  expect(install.status).toBe(200);
  const link = await app.call('POST', `/api/communities/${community.id}/conversations`, {
    token: nadia,
    body: { conversationId: channel },
  });
  expect(link.status).toBe(200);
  return { communityId: community.id as string, link: link.body };
}

const members = async (communityId: string) => app.deps.stores.communities.listMembers(tenantId, communityId, { all: true });
const pagedReads = (id: string) => connector.rosterReads.filter((url) => url.includes(`/${encodeURIComponent(id)}/pagedmembers`));

async function openPoll(communityId: string) {
  const created = await app.call('POST', `/api/communities/${communityId}/polls`, {
    token: nadia,
    body: { question: 'Go?', method: 'consent' },
  });
  expect(created.status).toBe(201);
  return created.body as { poll: { id: string; eligible: number }; card: any };
}

describe('the team roster is the community (integration, Azurite, fake connector)', () => {
  it('reads a 300-person roster page by page on link; members vote without being added by hand; N of M on the card', async () => {
    const channel = '19:roster-300@thread.tacv2';
    connector.setRoster(team, [nadiaAccount, ...rosterOf(299, 'r300')]);
    const readsBefore = pagedReads(team).length;
    const { communityId, link } = await installAndLink(channel);
    expect(link.rosterSynced).toBe(true);
    // 300 people, 100 a page here: three pages.
    expect(pagedReads(team).length - readsBefore).toBe(3);
    const stored = await members(communityId);
    expect(stored).toHaveLength(300);
    expect(stored.find((m) => m.userId === 'r300-42')).toMatchObject({
      userId: 'r300-42',
      name: 'r300 42',
      role: 'member',
      source: 'team',
      status: 'active',
      upn: 'r300.42@example.org',
    });
    // The creator keeps facilitating; their row now says they are in the team.
    expect(stored.find((m) => m.userId === 'nadia')).toMatchObject({ role: 'facilitator', source: 'team', status: 'active' });
    // Roster people see the community in their own list.
    const mine = await app.call('GET', '/api/me', { token: app.token({ userId: 'r300-7' }) });
    expect(mine.body.communities.map((c: { id: string }) => c.id)).toContain(communityId);

    const { poll, card } = await openPoll(communityId);
    expect(poll.eligible).toBe(300);
    const vote = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'r300-42', name: 'r300 42' },
      actionData(card, 'poll.vote', 'agree'),
      {
        conversationId: channel,
      },
    );
    expect(cardText(vote.card)).toContain(translate('fr', 'poll.recorded'));
    expect(cardText(vote.card)).toContain(translate('fr', 'poll.participation', { voters: 1, eligible: 300 }));
    // A second sync reads again and changes nothing.
    await app.deps.runTimers(new Date(Date.now() + 25 * 3600 * 1000).toISOString());
    expect(await members(communityId)).toHaveLength(300);
  });

  it('a member who joined since the last read votes and is counted once; an outsider is refused and nothing is stored', async () => {
    const channel = '19:roster-late@thread.tacv2';
    const lateTeam = '19:team-late@thread.tacv2';
    connector.setRoster(lateTeam, [nadiaAccount, ...rosterOf(3, 'late')]);
    const { communityId } = await installAndLink(channel, lateTeam);
    const { poll, card } = await openPoll(communityId);
    expect(poll.eligible).toBe(4);
    // Joins the team after the read (no membersAdded seen yet).
    connector.setRoster(lateTeam, [
      nadiaAccount,
      ...rosterOf(3, 'late'),
      { id: '29:newcomer', aadObjectId: 'newcomer', name: 'Newcomer', userPrincipalName: 'newcomer@example.org' },
    ]);
    const data = actionData(card, 'poll.vote', 'agree');
    const newcomer = { aadObjectId: 'newcomer', name: 'Newcomer' };
    const first = await invokeCardAction(app, connector.serviceUrl, newcomer, data, { conversationId: `${channel};messageid=123` });
    expect(cardText(first.card)).toContain(translate('fr', 'poll.recorded'));
    const again = await invokeCardAction(app, connector.serviceUrl, newcomer, data, { conversationId: `${channel};messageid=123` });
    expect(cardText(again.card)).toContain(translate('fr', 'poll.recorded'));
    expect((await members(communityId)).find((m) => m.userId === 'newcomer')).toMatchObject({
      role: 'member',
      source: 'team',
      status: 'active',
    });
    const read = await app.call('GET', `/api/communities/${communityId}/polls/${poll.id}`, { token: nadia });
    expect(read.body.voters).toBe(1);

    const outsider = { aadObjectId: 'stranger', name: 'Stranger' };
    const refused = await invokeCardAction(app, connector.serviceUrl, outsider, data, { conversationId: channel });
    expect(cardText(refused.card)).toContain(translate('fr', 'poll.error.notAllowed'));
    expect((await members(communityId)).some((m) => m.userId === 'stranger')).toBe(false);
    expect((await app.call('GET', `/api/communities/${communityId}/polls/${poll.id}`, { token: nadia })).body.voters).toBe(1);
    // Someone of the team clicking the same card in a channel that is not linked to this community is not admitted.
    connector.setRoster(lateTeam, [nadiaAccount, ...rosterOf(3, 'late'), { id: '29:roamer', aadObjectId: 'roamer', name: 'Roamer' }]);
    const elsewhere = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'roamer', name: 'Roamer' }, data, {
      conversationId: '19:not-linked@thread.tacv2',
    });
    expect(cardText(elsewhere.card)).toContain(translate('fr', 'poll.error.notAllowed'));
    expect((await members(communityId)).some((m) => m.userId === 'roamer')).toBe(false);
  });

  it('membersAdded and membersRemoved keep it in step: someone who left cannot vote, and their earlier vote still counts', async () => {
    const channel = '19:roster-sync@thread.tacv2';
    const syncTeam = '19:team-sync@thread.tacv2';
    connector.setRoster(syncTeam, [nadiaAccount, ...rosterOf(2, 'sync')]);
    const { communityId } = await installAndLink(channel, syncTeam);
    const { poll, card } = await openPoll(communityId);
    const data = actionData(card, 'poll.vote', 'object');
    const leaver = { aadObjectId: 'sync-1', name: 'sync 1' };
    await invokeCardAction(app, connector.serviceUrl, leaver, { ...data, reason: 'Pas prêt' }, { conversationId: channel });
    expect((await app.call('GET', `/api/communities/${communityId}/polls/${poll.id}`, { token: nadia })).body.voters).toBe(1);

    // Teams: someone joins (names come from the roster), someone leaves.
    connector.setRoster(syncTeam, [
      nadiaAccount,
      rosterOf(2, 'sync')[1]!,
      { id: '29:joiner', aadObjectId: 'joiner', name: 'Joiner', userPrincipalName: 'joiner@example.org' },
    ]);
    const added = activity(channel, { type: 'conversationUpdate', membersAdded: [{ id: '29:joiner', aadObjectId: 'joiner' }] }, syncTeam);
    expect((await app.call('POST', '/api/messages', { body: added })).status).toBe(200);
    const removed = activity(
      channel,
      { type: 'conversationUpdate', membersRemoved: [{ id: '29:sync-1', aadObjectId: 'sync-1' }] },
      syncTeam,
    );
    expect((await app.call('POST', '/api/messages', { body: removed })).status).toBe(200);
    const stored = await members(communityId);
    expect(stored.find((m) => m.userId === 'joiner')).toMatchObject({ name: 'Joiner', status: 'active', upn: 'joiner@example.org' });
    expect(stored.find((m) => m.userId === 'sync-1')).toMatchObject({ status: 'inactive' });

    const refused = await invokeCardAction(app, connector.serviceUrl, leaver, actionData(card, 'poll.vote', 'agree'), {
      conversationId: channel,
    });
    expect(cardText(refused.card)).toContain(translate('fr', 'poll.error.notAllowed'));
    const closed = await app.call('POST', `/api/communities/${communityId}/polls/${poll.id}/close`, { token: nadia });
    expect(closed.status).toBe(200);
    const decisions = (await app.call('GET', `/api/communities/${communityId}/decisions`, { token: nadia })).body.decisions;
    const decision = decisions.find((d: { pollId: string }) => d.pollId === poll.id);
    // The earlier objection stays counted, and nothing else was added for the leaver.
    expect(decision.voters).toBe(1);
    expect(decision.counts).toMatchObject({ object: 1, agree: 0 });
    // The one who left no longer sees the community.
    const theirs = await app.call('GET', '/api/me', { token: app.token({ userId: 'sync-1' }) });
    expect(theirs.body.communities.map((c: { id: string }) => c.id)).not.toContain(communityId);
    // The last facilitator leaving the team stays facilitator (someone must manage the community).
    const nadiaLeaves = activity(
      channel,
      { type: 'conversationUpdate', membersRemoved: [{ id: '29:nadia', aadObjectId: 'nadia' }] },
      syncTeam,
    );
    await app.call('POST', '/api/messages', { body: nadiaLeaves });
    expect((await members(communityId)).find((m) => m.userId === 'nadia')).toMatchObject({ role: 'facilitator', status: 'active' });
  });

  it('a group chat linked to a community reads its own members', async () => {
    const chat = '19:group-chat@thread.v2';
    connector.setRoster(chat, [nadiaAccount, ...rosterOf(4, 'chat')]);
    const { communityId, link } = await installAndLink(chat, null);
    expect(link.rosterSynced).toBe(true);
    expect((await members(communityId)).map((m) => m.userId).sort()).toEqual(['chat-1', 'chat-2', 'chat-3', 'chat-4', 'nadia']);
  });

  it('a connector failure during the read is retried; one that lasts writes nothing and is read again by the timer', async () => {
    const flakyTeam = '19:team-flaky@thread.tacv2';
    connector.setRoster(flakyTeam, [nadiaAccount, ...rosterOf(250, 'flaky')]);
    // Two 503s on the way: the shared sender's retry rules carry the read through.
    connector.failRosterReads(2, 503, 1);
    const first = await installAndLink('19:flaky-1@thread.tacv2', flakyTeam);
    expect(first.link.rosterSynced).toBe(true);
    expect(await members(first.communityId)).toHaveLength(251);

    // The second page is refused for good (403 is not retried): nothing of the first page is written.
    const otherTeam = '19:team-flaky-2@thread.tacv2';
    connector.setRoster(otherTeam, [nadiaAccount, ...rosterOf(250, 'flaky')]);
    connector.failRosterReads(1, 403, 1);
    const second = await installAndLink('19:flaky-2@thread.tacv2', otherTeam);
    expect(second.link.rosterSynced).toBe(false);
    expect((await members(second.communityId)).map((m) => m.userId)).toEqual(['nadia']);
    const owed = await app.deps.stores.conversations.get(tenantId, '19:flaky-2@thread.tacv2');
    expect(owed?.rosterSyncedAt).toBeNull();
    // The next timer run reads what is owed.
    const run = await app.deps.runTimers();
    expect(run.rosters.read).toBeGreaterThanOrEqual(1);
    expect(await members(second.communityId)).toHaveLength(251);
    expect((await app.deps.stores.conversations.get(tenantId, '19:flaky-2@thread.tacv2'))?.rosterSyncedAt).not.toBeNull();
  });

  it('a vote storm from roster people never added by hand, some joined since the read: exact tally, nobody doubled', async () => {
    const channel = '19:roster-storm@thread.tacv2';
    const stormTeam = '19:team-storm@thread.tacv2';
    const early = rosterOf(180, 'storm');
    const late = rosterOf(20, 'joined');
    connector.setRoster(stormTeam, [nadiaAccount, ...early]);
    const { communityId } = await installAndLink(channel, stormTeam);
    connector.setRoster(stormTeam, [nadiaAccount, ...early, ...late]);
    const created = await app.call('POST', `/api/communities/${communityId}/polls`, {
      token: nadia,
      body: { question: 'Quel jour?', method: 'single', options: ['Mardi', 'Jeudi'], hideResultsUntilClose: false },
    });
    const card = created.body.card;
    const voters = [...early, ...late];
    const choice = (i: number) => (i % 3 === 0 ? 'o2' : 'o1');
    const data = (i: number) => ({ ...actionData(card, 'poll.vote'), choice: choice(i) });
    // Everyone at once, one in ten twice (a retried invoke).
    const invokes = voters.flatMap((v, i) => (i % 10 === 0 ? [i, i] : [i]));
    const answers = await Promise.all(
      invokes.map((i) =>
        invokeCardAction(app, connector.serviceUrl, { aadObjectId: voters[i]!.aadObjectId, name: voters[i]!.name }, data(i), {
          conversationId: channel,
        }),
      ),
    );
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.filter((a) => !cardText(a.card).includes(translate('fr', 'poll.recorded'))).map((a) => cardText(a.card))).toEqual([]);
    const read = await app.call('GET', `/api/communities/${communityId}/polls/${created.body.poll.id}`, { token: nadia });
    expect(read.body.voters).toBe(200);
    // Latecomers count, but are not among the 181 eligible at opening: the poll does not close as if everyone
    // eligible had voted (Nadia has not), so no eligible member found it closed.
    expect(read.body.status).toBe('open');
    const o2 = voters.filter((_, i) => choice(i) === 'o2').length;
    expect(read.body.results.counts).toEqual({ o1: 200 - o2, o2 });
    // The late joiners were admitted once each, as members from the team.
    const stored = await members(communityId);
    expect(stored.filter((m) => m.userId.startsWith('joined-') && m.source === 'team' && m.status === 'active')).toHaveLength(20);
    expect(stored.filter((m) => m.source === 'added')).toHaveLength(0);
  });
});
