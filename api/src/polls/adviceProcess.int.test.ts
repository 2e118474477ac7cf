import { translate } from '@elan/core/i18n/translate';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardActions, cardText, invokeCardAction, type TeamsUser } from '../testing/pollActivities';
import { communityWithRules } from '../testing/communityWithRules';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake stands in for outgoing sends.
const app = useTestApp();
const connector = useFakeConnector();
let nadia: string;
const members: TeamsUser[] = Array.from({ length: 3 }, (_, i) => ({ aadObjectId: `m${i}`, name: `Membre ${i}` }));

const rules = {
  decisionMatrix: [
    { decisionType: 'Logistique', whoDecides: 'facilitator', method: 'adviceProcess', quorumPct: 0, votingDays: 3 },
    { decisionType: 'Achat', whoDecides: 'individualWithAdvice', method: 'adviceProcess', quorumPct: 50, votingDays: 5 },
  ],
  anonymityDefault: 'anonymousParticipationVisible',
};

beforeAll(() => {
  nadia = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

const community = () => communityWithRules(app, nadia, 'Avis', rules, members);

const advise = (member: TeamsUser, card: any, answer: 'given' | 'none', reason?: string) =>
  invokeCardAction(app, connector.serviceUrl, member, { ...actionData(card, 'poll.vote', answer), ...(reason ? { reason } : {}) });
const close = (id: string, pollId: string, token: string, body?: unknown, language = 'fr') =>
  app.call('POST', `/api/communities/${id}/polls/${pollId}/close`, { token, body, headers: { 'accept-language': language } });
const read = (id: string, pollId: string) => app.call('GET', `/api/communities/${id}/polls/${pollId}`, { token: nadia });

describe('the advice process (integration, Azurite)', () => {
  it('asks named people for advice, collects it by name, outlives its deadline and closes on the proposer’s decision', async () => {
    const id = await community();
    const opened = await app.call('POST', `/api/communities/${id}/polls`, {
      token: nadia,
      body: { question: 'Tenir la rencontre au CLSC?', decisionType: 'Logistique', consulted: ['m0', 'm1', 'm0'] },
    });
    expect(opened.status).toBe(201);
    const { poll, card } = opened.body;
    // Advice is never anonymous nor hidden, whatever workshop 4's default for votes.
    expect(poll).toMatchObject({ method: 'advice', anonymous: false, hideResultsUntilClose: false });
    expect(poll.advice).toEqual({
      proposer: { userId: 'nadia', name: 'Nadia Tremblay' },
      consulted: [
        { userId: 'm0', name: 'Membre 0' },
        { userId: 'm1', name: 'Membre 1' },
      ],
      given: [],
      verdict: null,
      mayDecide: true,
    });
    expect(cardText(card)).toContain(translate('fr', 'poll.advice.consulted', { names: 'Membre 0, Membre 1' }));
    // The card offers advice, not a close button: the proposer decides in the tab.
    expect(cardActions(card).map((a) => a.data?.answer ?? a.verb)).not.toContain('poll.close');

    const empty = await advise(members[0]!, card, 'given');
    expect(cardText(empty.card)).toContain(translate('fr', 'poll.error.adviceRequired'));
    expect((await advise(members[0]!, card, 'given', 'Le CLSC ferme à 17 h : commencez à 15 h.')).status).toBe(200);
    expect((await advise(members[1]!, card, 'none', 'ignoré')).status).toBe(200);
    // A retried or changed answer replaces the earlier one.
    expect((await advise(members[0]!, card, 'given', 'Le CLSC ferme à 17 h : commencez à 14 h 30.')).status).toBe(200);

    const during = await read(id, poll.id);
    expect(during.body.results.counts).toEqual({ given: 1, none: 1 });
    expect(during.body.advice.given).toEqual([{ name: 'Membre 0', text: 'Le CLSC ferme à 17 h : commencez à 14 h 30.' }]);

    // The deadline ends the call for advice, not the process: the timer leaves it open.
    const afterDeadline = new Date(Date.parse(poll.closesAt) + 60_000).toISOString();
    expect((await app.deps.runTimers(afterDeadline)).closed).not.toContain(poll.id);
    expect((await read(id, poll.id)).body.status).toBe('open');

    // A body that is no decision is refused, in the caller's language, and the poll stays open.
    const bad = await close(id, poll.id, nadia, { outcome: 'maybe' }, 'en');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.path).sort()).toEqual(['outcome', 'rationale']);
    expect((await close(id, poll.id, nadia)).status).toBe(400);
    expect((await read(id, poll.id)).body.status).toBe('open');
    // Only the proposer (or a facilitator) decides, and the tab is told who may.
    const member = app.token({ userId: 'm2', name: 'Membre 2' });
    const asMember = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: member });
    expect(asMember.body.advice.mayDecide).toBe(false);
    expect((await read(id, poll.id)).body.advice.mayDecide).toBe(true);
    expect((await close(id, poll.id, member, { outcome: 'adopted', rationale: 'Moi' })).status).toBe(403);

    const decided = await close(id, poll.id, nadia, { outcome: 'adopted', rationale: 'Au CLSC, à 14 h 30, comme conseillé.' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ outcome: 'adopted', poll: { status: 'closed' } });
    expect(decided.body.decision).toMatchObject({ method: 'advice', outcome: 'adopted', result: 'Au CLSC, à 14 h 30, comme conseillé.' });
    expect(decided.body.poll.advice.mayDecide).toBe(false);
    expect(decided.body.poll.advice.verdict).toEqual({
      outcome: 'adopted',
      rationale: 'Au CLSC, à 14 h 30, comme conseillé.',
      by: { userId: 'nadia', name: 'Nadia Tremblay' },
    });
    expect(cardText(decided.body.card)).toContain(
      translate('fr', 'poll.advice.decidedBy', { name: 'Nadia Tremblay', rationale: 'Au CLSC, à 14 h 30, comme conseillé.' }),
    );
    // Closing again returns the same decision; nothing is logged twice.
    const again = await close(id, poll.id, nadia, { outcome: 'rejected', rationale: 'Autre idée' });
    expect(again.body.decision.number).toBe(decided.body.decision.number);
    const log = await app.call('GET', `/api/communities/${id}/decisions`, { token: nadia });
    expect(log.body.decisions).toHaveLength(1);
  });

  it('lets any member seek advice when one person decides, and that member records the decision', async () => {
    const id = await community();
    const m0 = app.token({ userId: 'm0', name: 'Membre 0' });
    const opened = await app.call('POST', `/api/communities/${id}/polls`, {
      token: m0,
      body: { question: 'Acheter un micro?', decisionType: 'Achat' },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.poll.advice.proposer).toEqual({ userId: 'm0', name: 'Membre 0' });
    const listed = await app.call('GET', `/api/communities/${id}/polls`, { token: m0 });
    expect(listed.body.polls[0].advice.mayDecide).toBe(true);
    const decided = await close(id, opened.body.poll.id, m0, { outcome: 'rejected', rationale: 'Trop cher pour cette année.' });
    expect(decided.status).toBe(200);
    expect(decided.body.decision).toMatchObject({ outcome: 'rejected', result: 'Trop cher pour cette année.' });
  });

  it('refuses people who are not members and a list of people for another method, storing nothing', async () => {
    const id = await community();
    const unknown = await app.call('POST', `/api/communities/${id}/polls`, {
      token: nadia,
      body: { question: 'Q?', decisionType: 'Logistique', consulted: ['m0', 'stranger'] },
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      expect.objectContaining({
        path: 'consulted',
        code: 'validation.unknownMember',
        message: translate('en', 'validation.unknownMember'),
      }),
    ]);
    const notAdvice = await app.call('POST', `/api/communities/${id}/polls`, {
      token: nadia,
      body: { question: 'Q?', method: 'consent', consulted: ['m0'] },
    });
    expect(notAdvice.status).toBe(400);
    expect(notAdvice.body.error.details).toEqual([expect.objectContaining({ path: 'consulted', code: 'validation.optionsNotAllowed' })]);
    expect((await app.call('GET', `/api/communities/${id}/polls`, { token: nadia })).body.polls).toHaveLength(0);
  });
});
