import { useFakeConnector } from './fakeConnector';
import type { TeamsUser } from './pollActivities';
import { testTeamsAppId } from './tabDeepLinks';
import { installAndLink } from './teamsActivity';
import { useTestApp } from './testApp';

// Shared by the survey integration tests: one app and one fake Bot Connector per test file, with
// communities whose channel is linked so survey cards are posted there.

const channel = '19:surveys@thread.tacv2';

/** A survey test bench: the app (with a Teams app id, so cards carry deep links), the fake connector and helpers. */
export function useSurveyChannel() {
  // The Bot Connector is a boundary we cannot run here: a local fake receives what the bot posts.
  const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
  const connector = useFakeConnector();
  let facilitatorToken = '';

  beforeAll(async () => {
    facilitatorToken = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
  });

  /** The survey cards' one link to the tab: the answers page, in the channel's tab when the card is there. */
  const answersLink = (communityId: string, channelId?: string) => ({
    app: testTeamsAppId,
    entityId: communityId,
    webUrl: `http://localhost:53000/#/c/${communityId}/answers`,
    context: { subEntityId: `/c/${communityId}/answers`, ...(channelId ? { channelId } : {}) },
  });

  /** Member `i` as the bot sees them (user id `m-i`). */
  const member = (i: number): TeamsUser => ({ aadObjectId: `m-${i}`, name: `Membre ${i}` });

  /** A community with `count` members, its channel linked so survey cards are posted there. */
  async function community(count: number, language: 'fr' | 'en' = 'fr') {
    const { body } = await app.call('POST', '/api/communities', {
      token: facilitatorToken,
      body: { name: `Sondages ${Math.random()}`, language },
    });
    for (let i = 0; i < count; i++)
      await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: `m-${i}`, name: `Membre ${i}`, role: 'member' });
    const conversationId = `${channel}-${body.id}`;
    const link = await installAndLink(app, connector.serviceUrl, facilitatorToken, body.id, { conversationId, teamId: `team-${body.id}` });
    expect(link.status).toBe(200);
    return { id: body.id as string, conversationId };
  }

  /** Opens a survey as the facilitator and checks it was created. */
  async function openSurvey(communityId: string, input: Record<string, unknown>) {
    const res = await app.call('POST', `/api/communities/${communityId}/surveys`, { token: facilitatorToken, body: input });
    expect(res.status).toBe(201);
    return res.body as { survey: any; card: any; posted: number };
  }

  /** Posts a `task/fetch` or `task/submit` invoke, as Teams does for a dialog opened from a card. */
  async function dialogInvoke(name: 'task/fetch' | 'task/submit', user: TeamsUser, data: Record<string, unknown>, locale = 'fr-CA') {
    const res = await app.call('POST', '/api/messages', {
      body: {
        type: 'invoke',
        name,
        id: `invoke-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        locale,
        from: { id: `29:${user.aadObjectId}`, aadObjectId: user.aadObjectId, name: user.name },
        recipient: { id: '28:elan-bot', name: 'Élan' },
        conversation: { id: channel, tenantId: 'local-tenant', conversationType: 'channel' },
        channelData: { tenant: { id: 'local-tenant' } },
        value: { data, context: { theme: 'default' } },
      },
    });
    expect(res.status).toBe(200);
    return res.body as { task: { type: 'continue' | 'message'; value: any } };
  }

  /** The answer rows of a survey as stored (the gate row, which holds nothing, apart). */
  async function answerRows(communityId: string, surveyId: string) {
    const rows: Record<string, unknown>[] = [];
    const pk = `local-tenant|${communityId}|survey-${surveyId}`;
    for await (const row of app.deps.tables.ballots.listEntities({ queryOptions: { filter: `PartitionKey eq '${pk}'` } }))
      if (row.rowKey === '~gate') expect(Object.keys(row).sort()).toEqual(['etag', 'partitionKey', 'rowKey', 'timestamp']);
      else rows.push(row);
    return rows;
  }

  return {
    app,
    connector,
    /** The facilitator's token (signed once the app has started). */
    facilitator: () => facilitatorToken,
    answersLink,
    member,
    community,
    openSurvey,
    dialogInvoke,
    answerRows,
  };
}
