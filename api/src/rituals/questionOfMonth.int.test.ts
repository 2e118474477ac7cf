import { translate } from '@elan/core/i18n/translate';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { testTeamsAppId } from '../testing/tabDeepLinks';
import { useTestApp } from '../testing/testApp';
import { cardOf, ritualChannel } from '../testing/ritualChannel';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot posts to the channels.
const app = useTestApp({ ELAN_TEAMS_APP_ID: testTeamsAppId });
const connector = useFakeConnector();
let nadia: string;
const { setUp, postsTo } = ritualChannel(app, connector, () => nadia);

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
});

// Three questions rotate by calendar month: March gets the third, April the first.
const questions = ['Quelle ressource recommanderiez-vous ?', 'Quel défi vivez-vous ?', 'Quelle réussite ce mois-ci ?'];
// No first meeting date, so no ritual card goes out: only the question of the month, 14th at 9:00 Toronto time.
const w3 = {
  betweenMeetings: ['questionOfMonth', 'peerHelp'],
  firstMeeting: { timeZone: 'America/Toronto' },
  questionOfMonth: { day: 14, time: '09:00', questions },
};

/** Two timer runs at the same instant, as two Functions instances would; the months posted for one community. */
async function overlappingRuns(at: string, communityId: string) {
  const runs = await Promise.all([app.deps.runTimers(at), app.deps.runTimers(at)]);
  return runs.flatMap((r) => r.questionsOfMonth.posted).filter((p) => p.startsWith(`${communityId} `));
}

describe('question of the month in the channel (integration, Azurite)', () => {
  it('posts the month’s question once on the chosen day and time, across DST, and the next question the month after', async () => {
    const channel = '19:question@thread.tacv2';
    const id = await setUp('Question du mois', channel, w3);
    const start = connector.sent.length;

    // 14 March 2027 is the day clocks go forward in Toronto: 9:00 EDT = 13:00Z.
    expect(await overlappingRuns('2027-03-13T13:00:00Z', id)).toEqual([]);
    expect(await overlappingRuns('2027-03-14T12:55:00Z', id)).toEqual([]);
    expect(await overlappingRuns('2027-03-14T13:00:00Z', id)).toEqual([`${id} 2027-03`]);
    expect(await overlappingRuns('2027-03-14T13:05:00Z', id)).toEqual([]);
    expect(await overlappingRuns('2027-03-20T13:00:00Z', id)).toEqual([]);
    await connector.waitFor(start + 1);
    const march = postsTo(channel, start);
    expect(march).toHaveLength(1);
    const text = cardText(cardOf(march[0]!));
    expect(text).toContain(translate('fr', 'rituals.question.title', { month: 'mars 2027' }));
    expect(text).toContain(questions[2]);
    expect(text).toContain(translate('fr', 'rituals.question.answer'));

    const april = connector.sent.length;
    expect(await overlappingRuns('2027-04-14T12:59:00Z', id)).toEqual([]);
    expect(await overlappingRuns('2027-04-14T13:00:00Z', id)).toEqual([`${id} 2027-04`]);
    await connector.waitFor(april + 1);
    const posted = postsTo(channel, april);
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]!))).toContain(questions[0]);
  });

  it('posts in the community’s language, and nothing when the activity is not chosen', async () => {
    const english = '19:question-en@thread.tacv2';
    const en = await setUp(
      'Question EN',
      english,
      { ...w3, questionOfMonth: { day: 1, time: '08:00', questions: ['What helped you?'] } },
      'en',
    );
    const none = '19:question-none@thread.tacv2';
    const off = await setUp('Sans question', none, { ...w3, betweenMeetings: ['peerHelp'] });
    const start = connector.sent.length;
    expect(await overlappingRuns('2027-05-01T12:00:00Z', en)).toEqual([`${en} 2027-05`]);
    expect(await overlappingRuns('2027-05-14T13:00:00Z', off)).toEqual([]);
    await connector.waitFor(start + 1);
    const posted = postsTo(english, start);
    expect(posted).toHaveLength(1);
    expect(cardText(cardOf(posted[0]!))).toContain(translate('en', 'rituals.question.title', { month: 'May 2027' }));
    expect(postsTo(none, start)).toHaveLength(0);
  });

  it('posts nothing for an archived community', async () => {
    const channel = '19:question-archived@thread.tacv2';
    const id = await setUp('Archivée', channel, w3);
    for (const stage of ['closing', 'archived'])
      expect((await app.call('PUT', `/api/communities/${id}/lifecycle`, { token: nadia, body: { stage } })).status).toBe(200);
    const start = connector.sent.length;
    expect(await overlappingRuns('2027-06-14T13:00:00Z', id)).toEqual([]);
    expect(postsTo(channel, start)).toHaveLength(0);
  });
});
