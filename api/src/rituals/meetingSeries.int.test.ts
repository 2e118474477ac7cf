import { translate } from '@elan/core/i18n/translate';
import { agendaOf, ritualsInput } from '@elan/core/rituals/testing/ritualsInput';
import { readDocx } from '../documents/testing/docxInspector';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction } from '../testing/pollActivities';
import { cardOf, ritualChannel } from '../testing/ritualChannel';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const { tenant, setUp, postsTo, overlappingRuns } = ritualChannel(app, connector, () => nadia);

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

/** The in-person half-day beside the weekly virtual meetings: 9:00–13:00 with lunch, twice a year. */
const halfDay = (firstMeeting: Record<string, string>) => ({
  id: 'demi',
  name: 'Demi-journée en personne',
  cadence: { every: 6, unit: 'month' },
  format: 'inPerson',
  place: 'Siège social, salle 4',
  firstMeeting,
  durationMinutes: 240,
  agendaTemplate: agendaOf(['Accueil', 20], ['Conférence', 90], ['Dîner', 35], ['Atelier', 95]),
  roles: [],
});

describe('meeting series in the channel (integration, Azurite)', () => {
  it('announces and runs two series, each meeting once with its own key and format, and captures the half-day', async () => {
    const channel = '19:series@thread.tacv2';
    // Weekly Tuesdays 13:30 (virtual) from 9 March 2027; the half-day on Wednesday 10 March, 9:00 EST = 14:00Z.
    const w3 = ritualsInput({
      format: 'virtual',
      inPersonPerYear: 2,
      series: [halfDay({ date: '2027-03-10', time: '09:00', timeZone: 'America/Toronto' })],
    });
    const id = await setUp('Séries', channel, w3);
    const start = connector.sent.length;

    // 9 March, 15:00Z: both meetings are within their 24-hour lead time; two overlapping runs post each once.
    expect((await overlappingRuns('2027-03-09T15:00:00Z', id)).sort()).toEqual(['2027-03-09 announce', 'demi 2027-03-10 announce']);
    expect(await overlappingRuns('2027-03-09T15:05:00Z', id)).toEqual([]);
    await connector.waitFor(start + 2);
    const announced = postsTo(channel, start).map((s) => cardText(cardOf(s)));
    const halfDayCard = announced.find((t) => t.includes('Demi-journée en personne'))!;
    expect(halfDayCard).toBeDefined();
    expect(halfDayCard).toContain(translate('fr', 'tab.w3.formatChoice.inPerson'));
    expect(halfDayCard).toContain('Siège social, salle 4');
    expect(halfDayCard).toContain('Dîner (35 min)');
    expect(halfDayCard).toMatch(/0?9 h 00/);
    expect(announced.find((t) => t !== halfDayCard)).toContain(translate('fr', 'tab.w3.formatChoice.virtual'));

    // The half-day starts and ends; the main series' capture of the 9th falls in the same window.
    expect((await overlappingRuns('2027-03-10T14:05:00Z', id)).sort()).toEqual([
      '2027-03-09 capture',
      '2027-03-09 checkOut',
      'demi 2027-03-10 checkIn',
    ]);
    expect((await overlappingRuns('2027-03-10T18:10:00Z', id)).sort()).toEqual(['demi 2027-03-10 capture', 'demi 2027-03-10 checkOut']);
    const halfDayMeeting = await app.deps.stores.meetings.get(tenant, id, '2027-03-10~demi');
    expect(halfDayMeeting).toMatchObject({
      seriesId: 'demi',
      format: 'inPerson',
      date: '2027-03-10',
      startsAt: '2027-03-10T14:00:00.000Z',
      endsAt: '2027-03-10T18:00:00.000Z',
    });
    expect(await app.deps.stores.meetings.get(tenant, id, '2027-03-09')).toMatchObject({ seriesId: 'main', format: 'virtual' });

    // The half-day's capture card carries its series: the note-taker's links land on that meeting.
    await connector.waitFor(start + 7);
    const captureCard = postsTo(channel, start)
      .map(cardOf)
      .find((c) => c.actions?.some((a: any) => a.verb === 'ritual.capture' && a.data.seriesId === 'demi'));
    expect(captureCard).toBeDefined();
    expect(cardText(captureCard)).toContain('Demi-journée en personne');
    const saved = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'ana', name: 'Ana' },
      { ...actionData(captureCard, 'ritual.capture'), summaryUrl: 'https://contoso.sharepoint.com/demi-summary' },
    );
    expect(cardText(saved.card)).toContain(translate('fr', 'rituals.card.capture.saved'));
    expect((await app.deps.stores.meetings.get(tenant, id, '2027-03-10~demi'))!.capture!.links).toEqual([
      { kind: 'summary', url: 'https://contoso.sharepoint.com/demi-summary', public: false },
    ]);
    expect((await app.deps.stores.meetings.get(tenant, id, '2027-03-09'))!.capture).toBeNull();
    // A series id that is not a plain id is refused as an unknown action.
    const forged = await invokeCardAction(
      app,
      connector.serviceUrl,
      { aadObjectId: 'ana', name: 'Ana' },
      { ...actionData(captureCard, 'ritual.capture'), seriesId: '../main' },
    );
    expect(cardText(forged.card)).toContain(translate('fr', 'rituals.error.unknownAction'));

    const listed = await app.call('GET', `/api/communities/${id}/meetings`, { token: nadia });
    expect(listed.body.meetings.map((m: any) => [m.seriesId, m.date, m.format, m.held])).toEqual([
      ['main', '2027-03-09', 'virtual', false],
      ['demi', '2027-03-10', 'inPerson', true],
    ]);
  });

  it('counts the in-person meetings held this year against the minimum on the home and in the charter', async () => {
    // The half-day on 12 January of the current year (Toronto), yearly; held once its check-in went out.
    const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric' }).format(new Date()));
    const w3 = ritualsInput({
      firstMeeting: { date: `${year}-01-05`, time: '13:30', timeZone: 'America/Toronto' },
      format: 'virtual',
      inPersonPerYear: 2,
      series: [
        { ...halfDay({ date: `${year}-01-12`, time: '09:00', timeZone: 'America/Toronto' }), cadence: { every: 12, unit: 'month' } },
      ],
    });
    const id = await setUp('En personne', '19:inperson@thread.tacv2', w3);
    const home = async () => (await app.call('GET', `/api/communities/${id}`, { token: nadia })).body.inPerson;
    expect(await home()).toEqual({ year, minimum: 2, held: 0, scheduled: expect.any(Number), short: true });

    // 09:05 EST on 12 January: the check-in goes out, the half-day is held.
    expect(await overlappingRuns(`${year}-01-12T14:05:00Z`, id)).toContain(`demi ${year}-01-12 checkIn`);
    // Held once, next one next January: one of the two is missing this year.
    expect(await home()).toEqual({ year, minimum: 2, held: 1, scheduled: 0, short: true });

    const res = await fetch(`${app.baseUrl}/api/communities/${id}/charter.docx?lang=fr`, { headers: { authorization: `Bearer ${nadia}` } });
    expect(res.status).toBe(200);
    const text = readDocx(Buffer.from(await res.arrayBuffer())).paragraphs.join('\n');
    expect(text).toContain(translate('fr', 'doc.rituals.inPersonYear', { year, held: 1, scheduled: 0, minimum: 2 }));
    expect(text).toContain(translate('fr', 'doc.rituals.inPersonShort', { year }));
    expect(text).toContain('Série : Demi-journée en personne');
  });
});
