import { translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { chatMessage } from '../testing/teamsActivity';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives the bot's replies.
const app = useTestApp();
const connector = useFakeConnector();
let communityId: string;
const channel = '19:cmd@thread.tacv2';

beforeAll(async () => {
  const nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  communityId = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Commandes' } })).body.id;
  const w3 = await app.call('GET', `/api/communities/${communityId}/workshops/3`, { token: nadia });
  await app.call('PUT', `/api/communities/${communityId}/workshops/3`, {
    token: nadia,
    body: exampleWorkshops[3],
    headers: { 'if-match': w3.body.etag },
  });
  await app.call('POST', `/api/communities/${communityId}/polls`, {
    token: nadia,
    body: { question: 'Quel jour?', method: 'single', options: ['Mardi', 'Jeudi'] },
  });
  await say('bonjour', channel, 'channel');
  await app.call('POST', `/api/communities/${communityId}/conversations`, { token: nadia, body: { conversationId: channel } });
});

async function say(text: string, conversationId = channel, conversationType = 'channel', locale = 'fr-CA', userId = 'nadia') {
  const before = connector.sent.length;
  const res = await app.call('POST', '/api/messages', {
    body: chatMessage(connector.serviceUrl, text, { conversationId, conversationType, userId, locale }),
  });
  expect(res.status).toBe(200);
  await connector.waitFor(before + 1);
  const card = connector.sent[before]!.activity['attachments'][0].content;
  expect(cardProblems(card)).toEqual([]);
  return cardText(card);
}

describe('chat commands (integration, Azurite)', () => {
  it('answers status, next meeting, open polls and charter in the linked channel, in French', async () => {
    const status = await say('<at>Élan</at> état');
    expect(status).toContain(translate('fr', 'bot.status.title', { name: 'Commandes' }));
    expect(status).toContain(`3. ${translate('fr', 'workshop.3.title')} — ${translate('fr', 'state.done')}`);
    expect(status).toContain(`1. ${translate('fr', 'workshop.1.title')} — ${translate('fr', 'state.notStarted')}`);
    expect(await say('prochaine rencontre')).toContain(
      `Rencontres aux 6 semaines, 120 minutes, format : ${translate('fr', 'bot.format.hybrid')}.`,
    );
    expect(await say('sondages')).toContain('« Quel jour? » — 0 réponse, se termine');
    expect(await say('charte')).toContain(translate('fr', 'bot.charter.body'));
  });

  it('answers in English when the member writes from an English client', async () => {
    expect(await say('help', channel, 'channel', 'en-US')).toContain(translate('en', 'bot.help.body'));
    expect(await say('open polls', channel, 'channel', 'en-CA')).toContain(translate('en', 'bot.openPolls.title'));
  });

  it('never stays silent: unknown text gets help, an unlinked channel says how to link it, a greeting gets the welcome card', async () => {
    const unknown = await say('combien sommes-nous?');
    expect(unknown).toContain(translate('fr', 'bot.unknown', { text: 'combien sommes-nous?' }));
    expect(unknown).toContain(translate('fr', 'bot.help.body'));
    expect(await say('état', '19:other@thread.tacv2')).toContain(translate('fr', 'bot.noCommunity'));
    expect(await say('salut')).toContain(translate('fr', 'bot.welcome.title'));
  });

  it('uses the person’s own community in a personal chat', async () => {
    expect(await say('status', 'a:personal-nadia', 'personal')).toContain(translate('fr', 'bot.status.title', { name: 'Commandes' }));
    expect(await say('status', 'a:personal-stranger', 'personal', 'fr-CA', 'stranger')).toContain(translate('fr', 'bot.noCommunity'));
  });
});
