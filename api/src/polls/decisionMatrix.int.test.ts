import { translate } from '@elan/core/i18n/translate';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction, type TeamsUser } from '../testing/pollActivities';
import { communityWithRules } from '../testing/communityWithRules';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake stands in for outgoing sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const members: TeamsUser[] = Array.from({ length: 4 }, (_, i) => ({ aadObjectId: `m${i}`, name: `Membre ${i}` }));
const objectionRule = 'Dire quel tort la proposition causerait aux patients.';

const rules = {
  decisionMatrix: [
    { decisionType: 'Livrables', kind: 'deliverable', whoDecides: 'allMembers', method: 'consent', quorumPct: 60, votingDays: 9 },
    { decisionType: 'Thèmes', kind: 'topics', whoDecides: 'coreGroup', method: 'score', quorumPct: 0, votingDays: 3 },
    { decisionType: 'Essai', whoDecides: 'individualWithAdvice', method: 'senseCheck', quorumPct: 0, votingDays: 2 },
    { decisionType: 'Logistique', kind: 'logistics', whoDecides: 'facilitator', method: 'adviceProcess', quorumPct: 0, votingDays: 3 },
  ],
  anonymityDefault: 'named',
  objectionRule,
  abstentionMeaning: 'notCounted',
};

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

const communityWithMatrix = () => communityWithRules(app, nadia, 'Matrice', rules, members);

const open = (id: string, body: Record<string, unknown>, token = nadia) =>
  app.call('POST', `/api/communities/${id}/polls`, { token, body });
const pollCount = async (id: string) => (await app.call('GET', `/api/communities/${id}/polls`, { token: nadia })).body.polls.length;

describe('polls opened from the decision matrix (integration, Azurite)', () => {
  it('takes the row’s settings, shows what an objection must contain, and counts abstentions as workshop 4 says', async () => {
    const id = await communityWithMatrix();
    const res = await open(id, { question: 'Adopter la trousse?', decisionType: 'livrables' });
    expect(res.status).toBe(201);
    expect(res.body.poll).toMatchObject({ method: 'consent', quorumPct: 60, decisionType: { label: 'Livrables', kind: 'deliverable' } });
    expect(Date.parse(res.body.poll.closesAt) - Date.now()).toBeGreaterThan(8.9 * 24 * 3600 * 1000);
    const card = res.body.card;
    expect(cardText(card)).toContain(translate('fr', 'poll.objectionRule', { rule: objectionRule }));

    // 3 of 5 answer, 2 of them abstain: abstaining is "not counted" here, so 1 of 5 is below the 60 % quorum.
    for (const [member, answer] of [
      [members[0]!, 'agree'],
      [members[1]!, 'abstain'],
      [members[2]!, 'abstain'],
    ] as const)
      expect((await invokeCardAction(app, connector.serviceUrl, member, actionData(card, 'poll.vote', answer))).status).toBe(200);
    const closed = await app.call('POST', `/api/communities/${id}/polls/${res.body.poll.id}/close`, { token: nadia });
    expect(closed.body).toMatchObject({ outcome: 'noQuorum', poll: { voters: 3, quorumMet: false } });
    expect(closed.body.decision).toMatchObject({
      counts: { agree: 1, abstain: 2 },
      decisionType: { label: 'Livrables', kind: 'deliverable' },
    });
  });

  it('refuses values against the row per field, an unknown type, and a decision type the caller may not open, storing nothing', async () => {
    const id = await communityWithMatrix();
    const against = await open(id, { question: 'Q?', decisionType: 'Livrables', quorumPct: 10, method: 'single', options: ['A', 'B'] });
    expect(against.status).toBe(400);
    expect(against.body.error.details.map((d: any) => `${d.path}:${d.code}`)).toEqual([
      'method:validation.againstMatrix',
      'quorumPct:validation.againstMatrix',
      'options:validation.optionsNotAllowed',
    ]);
    const unknown = await open(id, { question: 'Q?', decisionType: 'Budget' });
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ path: 'decisionType', code: 'validation.unknownDecisionType' })]);
    // An advice-process row opens a call for advice (api/src/polls/adviceProcess.int.test.ts), and its rules hold too.
    const advice = await open(id, { question: 'Q?', decisionType: 'Logistique', method: 'consent' });
    expect(advice.body.error.details).toEqual([expect.objectContaining({ path: 'method', code: 'validation.againstMatrix' })]);

    const member = app.token({ userId: 'm0', name: 'Membre 0' });
    const refused = await app.call('POST', `/api/communities/${id}/polls`, {
      token: member,
      body: { question: 'Q?', decisionType: 'Thèmes' },
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({
      code: 'poll.error.decidedBy.coreGroup',
      message: translate('en', 'poll.error.decidedBy.coreGroup'),
    });
    expect(await pollCount(id)).toBe(0);

    // One person decides after seeking advice: any member may put a sense check to the others.
    expect((await open(id, { question: 'Essayer le format court?', decisionType: 'Essai' }, member)).status).toBe(201);
    expect(await pollCount(id)).toBe(1);
  });

  it('adopts the charter by its own rule, and reads as a working draft again once a workshop changes', async () => {
    const id = await communityWithMatrix();
    const status = async () => (await app.call('GET', `/api/communities/${id}`, { token: nadia })).body.charter;
    expect(await status()).toEqual({ status: 'draft' });
    const res = await open(id, { question: 'Adoptez-vous la charte?', method: 'consent', subject: 'charter' });
    expect(res.status).toBe(201);
    for (const member of members)
      expect((await invokeCardAction(app, connector.serviceUrl, member, actionData(res.body.card, 'poll.vote', 'agree'))).status).toBe(200);
    const closed = await app.call('POST', `/api/communities/${id}/polls/${res.body.poll.id}/close`, { token: nadia });
    expect(closed.body.outcome).toBe('adopted');
    expect(await status()).toEqual({
      status: 'adopted',
      decisionNumber: closed.body.decision.number,
      adoptedAt: closed.body.decision.decidedAt,
    });

    const w1 = await app.call('GET', `/api/communities/${id}/workshops/1`, { token: nadia });
    const saved = await app.call('PUT', `/api/communities/${id}/workshops/1`, {
      token: nadia,
      body: { name: 'Nouveau nom' },
      headers: { 'if-match': w1.body.etag },
    });
    expect(await status()).toEqual({
      status: 'amendedSinceAdoption',
      decisionNumber: closed.body.decision.number,
      adoptedAt: closed.body.decision.decidedAt,
      since: saved.body.updatedAt,
    });
  });
});
