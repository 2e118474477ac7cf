import { translate } from '@elan/core/i18n/translate';
import { exampleWorkshops } from '@elan/core/workshops/exampleWorkshops';
import { useFakeConnector } from '../testing/fakeConnector';
import { cardText } from '../testing/pollActivities';
import { chatMessage } from '../testing/teamsActivity';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake receives what the bot sends.
const app = useTestApp();
const connector = useFakeConnector();
const channel = '19:pollcmd@thread.tacv2';
let communityId: string;
let nadia: string;

beforeAll(async () => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia' });
  communityId = (await app.call('POST', '/api/communities', { token: nadia, body: { name: 'Sondages en clavardage' } })).body.id;
  await app.deps.stores.communities.putMember('local-tenant', communityId, { userId: 'm1', name: 'Marc', role: 'member' });
  const w4 = await app.call('GET', `/api/communities/${communityId}/workshops/4`, { token: nadia });
  // "Raison d’être et valeurs": consent, all members, quorum 50 %, 7 days.
  await app.call('PUT', `/api/communities/${communityId}/workshops/4`, {
    token: nadia,
    body: exampleWorkshops[4],
    headers: { 'if-match': w4.body.etag },
  });
  await write('bonjour');
  await app.call('POST', `/api/communities/${communityId}/conversations`, { token: nadia, body: { conversationId: channel } });
});

/** Posts a chat message to /api/messages as Teams does; returns every card the bot sent because of it, as text. */
async function write(text: string, userId = 'nadia', locale = 'fr-CA', expected = 1): Promise<string[]> {
  const before = connector.sent.length;
  const res = await app.call('POST', '/api/messages', {
    body: chatMessage(connector.serviceUrl, text, { conversationId: channel, userId, locale }),
  });
  expect(res.status).toBe(200);
  await connector.waitFor(before + expected);
  return connector.sent.slice(before).map((s) => cardText(s.activity['attachments'][0].content));
}

const polls = async () => (await app.call('GET', `/api/communities/${communityId}/polls`, { token: nadia })).body.polls;

describe('"sondage <type> : <question>" in chat (integration, Azurite)', () => {
  it('opens a poll of that matrix row, posts its card to the channel and says so', async () => {
    const sent = await write('<at>Élan</at> sondage raison d’être et valeurs : Adoptez-vous notre raison d’être?', 'nadia', 'fr-CA', 2);
    const [poll] = await polls();
    expect(poll).toMatchObject({
      question: 'Adoptez-vous notre raison d’être?',
      method: 'consent',
      quorumPct: 50,
      decisionType: { label: 'Raison d’être et valeurs' },
    });
    expect(Date.parse(poll.closesAt) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    // The channel gets the poll's card, the person the confirmation.
    expect(sent.some((t) => t.includes('Adoptez-vous notre raison d’être?') && t.includes(translate('fr', 'poll.answer.agree')))).toBe(
      true,
    );
    expect(sent).toContainEqual(
      expect.stringContaining(translate('fr', 'bot.pollCommand.opened', { question: 'Adoptez-vous notre raison d’être?', n: 1 })),
    );
  });

  it('refuses, in the person’s language, a type the matrix does not have and one they may not open, opening nothing', async () => {
    const count = (await polls()).length;
    const [unknown] = await write('poll Budget: Buy a microphone?', 'nadia', 'en-CA');
    expect(unknown).toContain(translate('en', 'validation.unknownDecisionType'));
    expect(unknown).toContain(translate('en', 'bot.pollCommand.usage'));
    // All members decide it, so only a facilitator puts it to them.
    const [refused] = await write('sondage Raison d’être et valeurs : Autre question?', 'm1');
    expect(refused).toContain(translate('fr', 'poll.error.decidedBy.allMembers'));
    expect(await polls()).toHaveLength(count);
  });

  it('leaves "sondages" (the open polls) as it was', async () => {
    const [answer] = await write('sondages');
    expect(answer).toContain(translate('fr', 'bot.openPolls.title'));
  });
});
