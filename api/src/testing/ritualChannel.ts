import type { FakeConnector } from './fakeConnector';
import type { TestApp } from './testApp';
import { teamsActivity } from './teamsActivity';

/** The tenant of the local development tokens. */
const tenant = 'local-tenant';

/**
 * Helpers for the ritual integration tests: a community whose bot is installed in a linked channel with workshop 3
 * saved, the cards posted there, and timer runs overlapping as two Functions instances would.
 */
export function ritualChannel(app: TestApp, connector: FakeConnector, facilitatorToken: () => string) {
  const teamActivity = (channel: string, overrides: Record<string, unknown>) =>
    teamsActivity(connector.serviceUrl, { conversationId: channel, teamId: `team-${channel}`, tenantId: tenant }, overrides);

  /** Installs the bot in a channel (of its own team), as Teams tells the bot. */
  async function install(channel: string) {
    const before = connector.sent.length;
    await app.call('POST', '/api/messages', { body: teamActivity(channel, { type: 'installationUpdate', action: 'add' }) });
    await connector.waitFor(before + 1);
  }

  /** A community with members Ana, Ben (members) and Sam (sponsor), the bot in `channel`, and workshop 3 saved. */
  async function setUp(name: string, channel: string, w3: Record<string, unknown>, language: 'fr' | 'en' = 'fr') {
    const token = facilitatorToken();
    const { body: community } = await app.call('POST', '/api/communities', { token, body: { name, language } });
    for (const [userId, role] of [
      ['ana', 'member'],
      ['ben', 'member'],
      ['sam', 'sponsor'],
    ] as const)
      await app.deps.stores.communities.putMember(tenant, community.id, { userId, name: userId[0]!.toUpperCase() + userId.slice(1), role });
    await install(channel);
    const link = await app.call('POST', `/api/communities/${community.id}/conversations`, { token, body: { conversationId: channel } });
    expect(link.status).toBe(200);
    const current = await app.call('GET', `/api/communities/${community.id}/workshops/3`, { token });
    const saved = await app.call('PUT', `/api/communities/${community.id}/workshops/3`, {
      token,
      body: w3,
      headers: { 'if-match': current.body.etag },
    });
    expect(saved.status).toBe(200);
    return community.id as string;
  }

  /** Cards the bot posted (new messages, not updates) to one channel, from index `from` on. */
  const postsTo = (channel: string, from = 0) =>
    connector.sent.slice(from).filter((s) => s.method === 'POST' && s.path.startsWith(`/v3/conversations/${channel}/activities`));

  /** Two timer runs at the same instant; the ritual posts of one community as "date stage" (and series when not main). */
  async function overlappingRuns(at: string, communityId: string) {
    const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
    return runs
      .flatMap((r) => r.rituals.posted.filter((p) => p.communityId === communityId))
      .map((p) => (p.seriesId === 'main' ? `${p.meetingDate} ${p.stage}` : `${p.seriesId} ${p.meetingDate} ${p.stage}`));
  }

  return { tenant, install, setUp, postsTo, overlappingRuns };
}

/** The Adaptive Card of a sent activity. */
export const cardOf = (sent: { activity: Record<string, any> }) => sent.activity['attachments'][0].content;
