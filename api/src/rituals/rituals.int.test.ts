import { listMeetings } from '@elan/core/rituals/meetingCommands';
import { clockIn } from '@elan/core/rituals/ritualCards';
import { translate } from '@elan/core/i18n/translate';
import { ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { tabLinksOf, testTeamsAppId } from '../testing/tabDeepLinks';
import { useTestApp } from '../testing/testApp';
import { cardOf, ritualChannel } from '../testing/ritualChannel';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
// With a Teams app id, cards carry Teams deep links to the channel tab.
const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
const connector = useFakeConnector();
let nadia: string;
const { tenant, setUp, postsTo, overlappingRuns } = ritualChannel(app, connector, () => nadia);

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** The one link a card should carry to the tab: a Teams deep link to that route of the community's channel tab. */
const tabLink = (communityId: string, route: string, channelId?: string) => ({
  app: testTeamsAppId,
  entityId: communityId,
  webUrl: `http://localhost:53000/#${route}`,
  context: { subEntityId: route, ...(channelId ? { channelId } : {}) },
});

// 9 March 2027 is before the 14 March change (EST, UTC−5); 16 March is after it (EDT, UTC−4).
const toronto = ritualsInput({
  place: 'https://teams.example/meet/cop',
  capture: { minutesVisibility: 'members', summaryVisibility: 'organisation', resourcesLocation: 'SharePoint', dueWorkingDays: 3 },
});

describe('rituals in the channel (integration, Azurite)', () => {
  it('refuses a workshop 3 with a bad first meeting, with field messages, and changes nothing', async () => {
    const { body: community } = await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Mauvais' } });
    const current = await app.call('GET', `/api/communities/${community.id}/workshops/3`, { token: nadia });
    const bad = await app.call('PUT', `/api/communities/${community.id}/workshops/3`, {
      token: nadia,
      body: { firstMeeting: { date: '2027-03-09', time: '25:61', timeZone: 'Mars/Olympus' } },
      headers: { 'if-match': current.body.etag },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'firstMeeting.time', code: 'rituals.validation.time' }),
        expect.objectContaining({ path: 'firstMeeting.timeZone', code: 'rituals.validation.timeZone' }),
      ]),
    );
    const after = await app.call('GET', `/api/communities/${community.id}/workshops/3`, { token: nadia });
    expect(after.body.version).toBe(current.body.version);
  });

  it('posts announcement, check-in, capture and check-out once each in Toronto time, across DST, even with overlapping runs', async () => {
    const channel = '19:toronto@thread.tacv2';
    const id = await setUp('Rituels Toronto', channel, toronto);
    const start = connector.sent.length;

    // The card goes out 24 h before 13:30 EST = 18:30Z, not before.
    expect(await overlappingRuns('2027-03-08T18:00:00Z', id)).toEqual([]);
    expect(await overlappingRuns('2027-03-08T19:00:00Z', id)).toEqual(['2027-03-09 announce']);
    expect(await overlappingRuns('2027-03-08T19:05:00Z', id)).toEqual([]);
    await connector.waitFor(start + 1);
    const announce = postsTo(channel, start);
    expect(announce).toHaveLength(1);
    const announceText = cardText(cardOf(announce[0]!));
    expect(announceText).toContain(translate('fr', 'rituals.card.announce.title'));
    expect(announceText).toContain(clockIn('fr', Date.parse('2027-03-09T18:30:00Z'), 'America/Toronto'));
    expect(announceText).toMatch(/13 h 30/);
    expect(announceText).toContain('Étude de cas');
    expect(announceText).toMatch(/13 h 40/); // second segment starts 10 minutes in
    // Roles: Nadia facilitates (fixed); the note-taker rotates among the other members, Ana first.
    expect(announceText).toContain('Nadia');
    expect(announceText).toContain('Ana');
    expect(cardOf(announce[0]!).actions[0].url).toBe('https://teams.example/meet/cop');
    // Every ritual card opens the rituals workshop in this channel's tab.
    const rituals = tabLink(id, `/c/${id}/w/3`, channel);
    expect(tabLinksOf(cardOf(announce[0]!))).toEqual([rituals]);

    expect(await overlappingRuns('2027-03-09T18:40:00Z', id)).toEqual(['2027-03-09 checkIn']);
    expect(await overlappingRuns('2027-03-09T19:40:00Z', id)).toEqual([]);
    await connector.waitFor(start + 2);
    const checkIn = postsTo(channel, start)[1]!;
    expect(cardText(cardOf(checkIn))).toContain('Une réussite depuis la dernière fois ?');
    expect(tabLinksOf(cardOf(checkIn))).toEqual([rituals]);

    expect((await overlappingRuns('2027-03-09T20:45:00Z', id)).sort()).toEqual(['2027-03-09 capture', '2027-03-09 checkOut']);
    expect(await overlappingRuns('2027-03-10T08:00:00Z', id)).toEqual([]);
    await connector.waitFor(start + 4);
    const after = postsTo(channel, start).slice(2);
    expect(after).toHaveLength(2);
    const captureCard = after.map(cardOf).find((c) => c.actions?.some((a: any) => a.verb === 'ritual.capture'));
    expect(cardText(captureCard)).toContain(translate('fr', 'rituals.card.capture.askNoteTaker', { name: 'Ana' }));
    expect(tabLinksOf(captureCard)).toEqual([rituals]);
    // The check-out pulse links to the answers page, as survey cards do.
    const checkOutCard = after.map(cardOf).find((c) => c !== captureCard);
    expect(tabLinksOf(checkOutCard)).toEqual([tabLink(id, `/c/${id}/answers`, channel)]);
    // The check-out pulse is a survey of kind checkout for this meeting, posted as survey cards are.
    const surveys = await app.deps.stores.surveys.list(tenant, id);
    expect(surveys).toHaveLength(1);
    expect(surveys[0]).toMatchObject({ kind: 'checkout', meetingDate: '2027-03-09' });
    const meeting = await app.deps.stores.meetings.get(tenant, id, '2027-03-09');
    expect(meeting).toMatchObject({
      index: 0,
      startsAt: '2027-03-09T18:30:00.000Z',
      endsAt: '2027-03-09T20:30:00.000Z',
      timeZone: 'America/Toronto',
      checkoutSurveyId: surveys[0]!.id,
    });
    expect(Object.keys(meeting!.posted).sort()).toEqual(['announce', 'capture', 'checkIn', 'checkOut']);

    // After the change to EDT, 13:30 in Toronto is 17:30Z: the next meeting starts then, with Ben taking notes.
    const second = connector.sent.length;
    expect(await overlappingRuns('2027-03-15T18:00:00Z', id)).toEqual(['2027-03-16 announce']);
    expect(await overlappingRuns('2027-03-16T17:35:00Z', id)).toEqual(['2027-03-16 checkIn']);
    await connector.waitFor(second + 2);
    const secondAnnounce = cardText(cardOf(postsTo(channel, second)[0]!));
    expect(secondAnnounce).toMatch(/13 h 30/);
    expect(secondAnnounce).toContain('Ben');
    expect(await app.deps.stores.meetings.get(tenant, id, '2027-03-16')).toMatchObject({ index: 1, startsAt: '2027-03-16T17:30:00.000Z' });

    // The note-taker saves the links from the capture card.
    const ana = { aadObjectId: 'ana', name: 'Ana' };
    const form = {
      ...actionData(captureCard, 'ritual.capture'),
      minutesUrl: 'https://contoso.sharepoint.com/private-minutes',
      summaryUrl: 'https://contoso.sharepoint.com/summary',
      resources: 'https://example.org/r1\nhttps://example.org/r2',
      resourcesPublic: 'false',
    };
    const beforeSave = connector.sent.length;
    const saved = await invokeCardAction(app, connector.serviceUrl, ana, form);
    expect(saved.status).toBe(200);
    const savedText = cardText(saved.card);
    expect(savedText).toContain(translate('fr', 'rituals.card.capture.saved'));
    expect(savedText).toContain('https://contoso.sharepoint.com/private-minutes');
    // Answered in the channel the invoke came from (the test invokes from 19:channel@thread.tacv2).
    expect(tabLinksOf(saved.card)).toEqual([tabLink(id, `/c/${id}/w/3`, '19:channel@thread.tacv2')]);
    // The channel's copy is replaced with the public links only.
    await connector.waitFor(beforeSave + 1);
    const update = connector.sent.slice(beforeSave).find((s) => s.method === 'PUT' && s.path.startsWith(`/v3/conversations/${channel}/`))!;
    expect(update).toBeDefined();
    const channelCopy = JSON.stringify(update.activity);
    expect(channelCopy).toContain('https://contoso.sharepoint.com/summary');
    expect(channelCopy).not.toContain('private-minutes');
    expect(channelCopy).not.toContain('example.org/r1');
    expect(tabLinksOf(cardOf(update))).toEqual([rituals]);

    // A retried submit leaves one capture; a bad link, a sponsor or a forged meeting changes nothing.
    await invokeCardAction(app, connector.serviceUrl, ana, form);
    const bad = await invokeCardAction(app, connector.serviceUrl, ana, { ...form, minutesUrl: 'javascript:alert(1)' });
    expect(cardText(bad.card)).toContain(translate('fr', 'rituals.error.invalidLink'));
    const sponsor = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'sam', name: 'Sam' },
      { ...form, summaryUrl: 'https://evil.example' },
    );
    expect(cardText(sponsor.card)).toContain(translate('fr', 'rituals.error.notAllowed'));
    expect(cardText(sponsor.card)).not.toContain('private-minutes');
    const forged = await invokeCardAction(app, connector.serviceUrl, ana, { ...form, meetingDate: '2027-03-16' });
    expect(cardText(forged.card)).toContain(translate('fr', 'rituals.error.notFound'));
    const garbage = await invokeCardAction(app, connector.serviceUrl, ana, {
      verb: 'ritual.capture',
      communityId: id,
      meetingDate: 'soon',
    });
    expect(garbage.status).toBe(200);
    expect(cardText(garbage.card)).toContain(translate('fr', 'rituals.error.unknownAction'));
    const stored = (await app.deps.stores.meetings.get(tenant, id, '2027-03-09'))!.capture!;
    expect(stored.by).toEqual({ userId: 'ana', name: 'Ana' });
    expect(stored.links.map((l) => [l.kind, l.url, l.public])).toEqual([
      ['minutes', 'https://contoso.sharepoint.com/private-minutes', false],
      ['summary', 'https://contoso.sharepoint.com/summary', true],
      ['resource', 'https://example.org/r1', false],
      ['resource', 'https://example.org/r2', false],
    ]);

    // Members see every link; sponsors and documents only the public ones; outsiders nothing.
    const asMember = await app.call('GET', `/api/communities/${id}/meetings`, { token: app.token({ userId: 'ben' }) });
    expect(asMember.status).toBe(200);
    expect(asMember.body.meetings.map((m: any) => [m.date, m.held])).toEqual([
      ['2027-03-09', true],
      ['2027-03-16', true],
    ]);
    expect(asMember.body.meetings[0].capture.links).toHaveLength(4);
    const asSponsor = await app.call('GET', `/api/communities/${id}/meetings`, { token: app.token({ userId: 'sam' }) });
    expect(asSponsor.status).toBe(200);
    expect(asSponsor.body.meetings[0].capture.links).toEqual([
      { kind: 'summary', url: 'https://contoso.sharepoint.com/summary', public: true },
    ]);
    expect(JSON.stringify(asSponsor.body)).not.toContain('private-minutes');
    expect((await app.call('GET', `/api/communities/${id}/meetings`, { token: app.token({ userId: 'stranger' }) })).status).toBe(404);
    expect((await app.call('GET', `/api/communities/${id}/meetings`)).status).toBe(401);
    expect(JSON.stringify(await listMeetings(app.deps.stores, tenant, id))).not.toContain('private-minutes');

    // Erasing the community removes its meetings and claims with it.
    const erased = await app.call('DELETE', `/api/communities/${id}`, { token: nadia, body: { confirmName: 'Rituels Toronto' } });
    expect(erased.status).toBe(204);
    const left: string[] = [];
    for await (const row of app.deps.tables.communities.listEntities()) if (row.partitionKey?.includes(id)) left.push(row.rowKey ?? '');
    expect(left).toEqual([]);
  });

  it('keeps 09:00 in Brussels across the October change, in English', async () => {
    const channel = '19:brussels@thread.tacv2';
    const id = await setUp(
      'Rituals Brussels',
      channel,
      {
        ...toronto,
        cadence: { every: 2, unit: 'week' },
        durationMinutes: 60,
        place: 'Salle 2, rue Haute',
        firstMeeting: { date: '2027-10-19', time: '09:00', timeZone: 'Europe/Brussels' },
        leadTimeHours: 2,
        checkInQuestion: undefined,
      },
      'en',
    );
    const start = connector.sent.length;
    // 19 October: 09:00 CEST = 07:00Z. 2 November: 09:00 CET = 08:00Z, so 07:30Z is still the announcement window.
    expect(await overlappingRuns('2027-10-19T07:10:00Z', id)).toEqual(['2027-10-19 checkIn']);
    expect(await overlappingRuns('2027-11-02T07:30:00Z', id)).toEqual(['2027-11-02 announce']);
    expect(await overlappingRuns('2027-11-02T08:05:00Z', id)).toEqual(['2027-11-02 checkIn']);
    await connector.waitFor(start + 3);
    const cards = postsTo(channel, start).map((s) => cardText(cardOf(s)));
    expect(cards[0]).toContain(translate('en', 'rituals.card.checkIn.defaultQuestion'));
    expect(cards[1]).toContain(translate('en', 'rituals.card.announce.title'));
    expect(cards[1]).toContain(clockIn('en', Date.parse('2027-11-02T08:00:00Z'), 'Europe/Brussels'));
    expect(cards[1]).toMatch(/9:00/);
    expect(cards[1]).toContain('Salle 2, rue Haute');
    expect(await app.deps.stores.meetings.get(tenant, id, '2027-11-02')).toMatchObject({ startsAt: '2027-11-02T08:00:00.000Z' });
  });
});
