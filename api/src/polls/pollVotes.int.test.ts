import { translate } from '@elan/core/i18n/translate';
import { cardProblems } from '@elan/bot/testing/cardProblems';
import { useFakeConnector } from '../testing/fakeConnector';
import { actionData, cardText, invokeCardAction, type TeamsUser } from '../testing/pollActivities';
import { useTestApp } from '../testing/testApp';

// The Bot Connector is a boundary we cannot run here: a local fake stands in for outgoing sends.
const app = useTestApp();
const connector = useFakeConnector();
let facilitator: string;
const nadia: TeamsUser = { aadObjectId: 'nadia', name: 'Nadia Tremblay' };

beforeAll(async () => {
  facilitator = app.token({ userId: 'nadia', name: 'Nadia Tremblay' });
});

async function communityWith(memberCount: number): Promise<{ id: string; members: TeamsUser[] }> {
  const { body } = await app.call('POST', '/api/communities', { token: facilitator, body: { name: 'Votes' } });
  const members = Array.from({ length: memberCount }, (_, i) => ({ aadObjectId: `member-${i}`, name: `Membre ${i}` }));
  for (let i = 0; i < members.length; i += 50) {
    await Promise.all(
      members
        .slice(i, i + 50)
        .map((m) =>
          app.deps.stores.communities.putMember('local-tenant', body.id, { userId: m.aadObjectId, name: m.name, role: 'member' }),
        ),
    );
  }
  return { id: body.id, members };
}

async function openPoll(communityId: string, input: Record<string, unknown>) {
  const res = await app.call('POST', `/api/communities/${communityId}/polls`, { token: facilitator, body: input });
  expect(res.status).toBe(201);
  return res.body as { poll: any; card: any };
}

const vote = (member: TeamsUser, card: any, inputs: Record<string, unknown>, answer?: string) =>
  invokeCardAction(app, connector.serviceUrl, member, { ...actionData(card, 'poll.vote', answer), ...inputs });

describe('decision polls through /api/messages (integration, Azurite)', () => {
  it('creates a poll whose card is a valid Adaptive Card 1.5 in fr and en, under 28 KB', async () => {
    const { id } = await communityWith(2);
    const fr = await openPoll(id, {
      question: 'Quel rythme?',
      method: 'ranked',
      options: ['Aux 4 semaines', 'Aux 6 semaines', 'Aux 2 mois', 'Chaque trimestre'],
    });
    expect(cardProblems(fr.card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(fr.card))).toBeLessThan(28 * 1024);
    expect(fr.poll).toMatchObject({ status: 'open', method: 'ranked', voters: 0, eligible: 3, quorumPct: 50, hideResultsUntilClose: true });
    const { body: en } = await app.call('POST', '/api/communities', { token: facilitator, body: { name: 'English', language: 'en' } });
    for (const method of ['consent', 'single', 'multiple', 'score', 'dots'] as const) {
      const options = method === 'consent' || method === 'score' ? undefined : ['A', 'B', 'C'];
      const { card } = await openPoll(en.id, { question: `Method ${method}?`, method, options });
      expect({ method, problems: cardProblems(card) }).toEqual({ method, problems: [] });
      expect(cardText(card)).toContain(translate('en', `poll.method.${method}`));
    }
  });

  it('refuses a poll without the options its method needs, with field paths', async () => {
    const { id } = await communityWith(0);
    const res = await app.call('POST', `/api/communities/${id}/polls`, { token: facilitator, body: { question: 'Q', method: 'single' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'options', code: 'validation.optionsRequired' })]);
    const member = app.token({ userId: 'member-0' });
    await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'member-0', name: 'M', role: 'member' });
    expect(
      (await app.call('POST', `/api/communities/${id}/polls`, { token: member, body: { question: 'Q', method: 'consent' } })).status,
    ).toBe(403);
  });

  it('counts 500 members voting at once, with duplicated invokes and vote changes, exactly once each', async () => {
    const { id, members } = await communityWith(500);
    const { poll, card } = await openPoll(id, {
      question: 'Quel projet?',
      method: 'single',
      options: ['Trousse', 'Guide', 'Vidéo'],
      hideResultsUntilClose: false,
    });
    const first = (i: number) => `o${(i % 3) + 1}`;
    const changed = (i: number) => `o${((i + 1) % 3) + 1}`;
    const expected: Record<string, number> = { o1: 0, o2: 0, o3: 0 };

    const t0 = Date.now();
    const firstRound = await Promise.all(members.map((m, i) => vote(m, card, { choice: first(i) })));
    expect(firstRound.every((r) => r.status === 200 && r.card.type === 'AdaptiveCard')).toBe(true);
    // 10% retry the same invoke (Teams retries after ~15 s without an answer), 10% change their mind.
    const retries = members.filter((_, i) => i % 10 === 0);
    const changers = members.filter((_, i) => i % 10 === 5);
    await Promise.all([
      ...retries.map((m) => vote(m, card, { choice: first(members.indexOf(m)) })),
      ...changers.map((m) => vote(m, card, { choice: changed(members.indexOf(m)) })),
    ]);
    const elapsed = Date.now() - t0;
    members.forEach((_, i) => (expected[i % 10 === 5 ? changed(i) : first(i)]! += 1));

    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body).toMatchObject({ id: poll.id, status: 'open', method: 'single', voters: 500, results: { counts: expected } });

    const closed = await app.call('POST', `/api/communities/${id}/polls/${poll.id}/close`, { token: facilitator });
    expect(closed.status).toBe(200);
    expect(closed.body.decision).toMatchObject({
      number: 1,
      pollId: poll.id,
      voters: 500,
      eligible: 501,
      quorumMet: true,
      counts: expected,
      outcome: 'chosen',
    });
    const log = await app.call('GET', `/api/communities/${id}/decisions`, { token: facilitator });
    expect(log.body.decisions).toEqual([closed.body.decision]);
    expect(cardProblems(closed.body.card)).toEqual([]);
    console.log(`vote storm: 600 invokes in ${elapsed} ms`);
  }, 180_000);

  it('counts exactly the votes acknowledged before a close that lands in the middle of a storm', async () => {
    const { id, members } = await communityWith(300);
    const { poll, card } = await openPoll(id, { question: 'Go?', method: 'single', options: ['Oui', 'Non'], hideResultsUntilClose: false });
    let answered = 0;
    let closing: Promise<{ status: number; body: any }> | undefined;
    const answers: { choice?: string; recorded: boolean }[] = [];
    // 25 members at a time keep voting; the close starts once 50 answers are back, with votes in flight
    // around it and more arriving after it.
    let next = 0;
    const voter = async () => {
      while (next < members.length) {
        const i = next++;
        const res = await vote(members[i]!, card, { choice: `o${(i % 2) + 1}` });
        if (++answered === 50) closing = app.call('POST', `/api/communities/${id}/polls/${poll.id}/close`, { token: facilitator });
        const text = cardText(res.card);
        if (text.includes(translate('fr', 'poll.recorded'))) answers.push({ choice: `o${(i % 2) + 1}`, recorded: true });
        else {
          expect(text).toContain(translate('fr', 'poll.error.closed'));
          answers.push({ recorded: false });
        }
      }
    };
    await Promise.all(Array.from({ length: 25 }, voter));
    const closed = await closing!;
    expect(closed.status).toBe(200);
    const recorded = answers.filter((a) => a.recorded);
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.length).toBeLessThan(members.length);
    const counts = { o1: recorded.filter((a) => a.choice === 'o1').length, o2: recorded.filter((a) => a.choice === 'o2').length };
    expect(closed.body.decision).toMatchObject({ voters: recorded.length, counts });
    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body).toMatchObject({ status: 'closed', voters: recorded.length, results: { counts } });
  }, 120_000);

  it('gives closes that run at once (facilitator twice, the last vote) one decision, answered to each', async () => {
    const { id, members } = await communityWith(1);
    const { poll, card } = await openPoll(id, { question: 'Ensemble?', method: 'consent' });
    await vote(nadia, card, {}, 'agree');
    const close = () => app.call('POST', `/api/communities/${id}/polls/${poll.id}/close`, { token: facilitator });
    // Marc's vote makes everyone a voter: its close runs alongside the facilitator's two.
    const [a, , b] = await Promise.all([close(), vote(members[0]!, card, {}, 'agree'), close()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.decision.number).toBe(b.body.decision.number);
    await new Promise((r) => setTimeout(r, 300));
    const { body } = await app.call('GET', `/api/communities/${id}/decisions`, { token: facilitator });
    expect(body.decisions.filter((d: any) => d.pollId === poll.id)).toHaveLength(1);
  });

  it('shows the voter their own answer, lets them change it, and refuses votes once closed', async () => {
    const { id, members } = await communityWith(3);
    const { poll, card } = await openPoll(id, { question: 'Adopter la raison d’être?', method: 'consent', subject: 'purpose' });
    const first = await vote(members[0]!, card, {}, 'agree');
    expect(cardText(first.card)).toContain(translate('fr', 'poll.youVoted', { choice: translate('fr', 'poll.answer.agree') }));
    expect(cardText(first.card)).toContain(translate('fr', 'poll.recorded'));
    const noReason = await vote(members[1]!, card, {}, 'object');
    expect(cardText(noReason.card)).toContain(translate('fr', 'poll.error.reasonRequired'));
    const changed = await vote(members[0]!, card, { reason: 'Le mot « patients » manque' }, 'concern');
    expect(cardText(changed.card)).toContain(translate('fr', 'poll.answer.concern'));
    const refreshed = await invokeCardAction(app, connector.serviceUrl, members[2]!, actionData(card, 'poll.refresh'), { locale: 'en-US' });
    expect(cardText(refreshed.card)).toContain(translate('en', 'poll.notVotedYet'));

    const closed = await invokeCardAction(app, connector.serviceUrl, nadia, actionData(card, 'poll.refresh'));
    expect(cardText(closed.card)).toContain(translate('fr', 'poll.close'));
    const closeData = actionData(closed.card, 'poll.close');
    const result = await invokeCardAction(app, connector.serviceUrl, nadia, closeData);
    // 1 voter of 4 eligible: below the 50% quorum.
    expect(cardText(result.card)).toContain(translate('fr', 'poll.outcome.noQuorum'));
    const late = await vote(members[2]!, card, {}, 'agree');
    expect(cardText(late.card)).toContain(translate('fr', 'poll.error.closed'));
    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body).toMatchObject({
      status: 'closed',
      voters: 1,
      quorumMet: false,
      results: { counts: { agree: 0, concern: 1, object: 0 } },
    });
    const { body } = await app.call('GET', `/api/communities/${id}/decisions`, { token: facilitator });
    expect(body.decisions).toEqual([expect.objectContaining({ outcome: 'noQuorum', quorumMet: false, voters: 1, subject: 'purpose' })]);
  });

  it('hides results from members until close, but shows participation', async () => {
    const { id, members } = await communityWith(2);
    const { poll, card } = await openPoll(id, { question: 'Priorités', method: 'dots', options: ['P1', 'P2', 'P3'], dots: 4 });
    expect(poll.hideResultsUntilClose).toBe(true);
    const voted = await vote(members[0]!, card, { dots_o1: '3', dots_o2: '1' });
    expect(cardText(voted.card)).toContain(translate('fr', 'poll.resultsHidden'));
    expect(cardText(voted.card)).not.toContain(translate('fr', 'poll.results'));
    expect(cardText(voted.card)).toContain(translate('fr', 'poll.participation', { voters: 1, eligible: 3 }));
    const tooMany = await vote(members[1]!, card, { dots_o1: '5' });
    expect(cardText(tooMany.card)).toContain(translate('fr', 'poll.error.tooManyDots'));
    const asMember = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: app.token({ userId: 'member-0' }) });
    expect(asMember.body).toMatchObject({ voters: 1, results: null });
    const asFacilitator = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(asFacilitator.body.results.counts).toEqual({ o1: 3, o2: 1, o3: 0 });
    await app.call('POST', `/api/communities/${id}/polls/${poll.id}/close`, { token: facilitator });
    const after = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: app.token({ userId: 'member-0' }) });
    expect(after.body.results.counts).toEqual({ o1: 3, o2: 1, o3: 0 });
  });

  it('stores anonymous ballots without any link to the voter, yet shows each voter their own answer', async () => {
    const { id, members } = await communityWith(3);
    const { poll, card } = await openPoll(id, { question: 'Satisfaction', method: 'score', anonymous: true, hideResultsUntilClose: false });
    const mine = await vote(members[0]!, card, { score: '4' });
    expect(cardText(mine.card)).toContain(translate('fr', 'poll.youVoted', { choice: '4 / 5' }));
    await vote(members[1]!, card, { score: '2' });
    const rows: Record<string, unknown>[] = [];
    for await (const row of app.deps.tables.ballots.listEntities()) if (String(row.partitionKey).endsWith(poll.id)) rows.push(row);
    // Two ballots, and the gate row that lets the poll accept them (it holds nothing else).
    expect(rows.filter((row) => row['ballot'] !== undefined)).toHaveLength(2);
    expect(rows).toHaveLength(3);
    const raw = JSON.stringify(rows);
    for (const m of members) {
      expect(raw).not.toContain(m.aadObjectId);
      expect(raw).not.toContain(m.name);
    }
    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body).toMatchObject({ voters: 2, results: { mean: 3 } });
  });

  it('answers bad card payloads with a clear card and changes nothing', async () => {
    const { id, members } = await communityWith(1);
    const { poll, card } = await openPoll(id, { question: 'Q', method: 'single', options: ['A', 'B'], hideResultsUntilClose: false });
    const base = actionData(card, 'poll.vote');
    const cases: [Record<string, unknown>, Parameters<typeof invokeCardAction>[4], string][] = [
      [{ ...base, choice: 'o9' }, {}, 'poll.error.invalidChoice'],
      [{ ...base, choice: '' }, {}, 'poll.error.choiceMissing'],
      [{ ...base, pollId: 'nope' }, {}, 'poll.error.notFound'],
      [{ ...base, pollId: '../x' }, {}, 'poll.error.unknownAction'],
      [{ verb: 'poll.vote' }, {}, 'poll.error.unknownAction'],
      [{ ...base, choice: 'o1' }, { tenantId: 'other-tenant' }, 'poll.error.notFound'],
      [{ ...base, verb: 'poll.explode' }, { verb: 'poll.explode' }, 'poll.error.unknownAction'],
    ];
    for (const [data, opts, key] of cases) {
      const res = await invokeCardAction(app, connector.serviceUrl, members[0]!, data, opts);
      expect({ key, status: res.status, shown: cardText(res.card).includes(translate('fr', key as never)) }).toEqual({
        key,
        status: 200,
        shown: true,
      });
    }
    const outsider = await invokeCardAction(app, connector.serviceUrl, { aadObjectId: 'stranger', name: 'X' }, { ...base, choice: 'o1' });
    // Someone outside the community still sees the poll, with the reason they cannot vote.
    expect(cardText(outsider.card)).toContain(translate('fr', 'poll.error.notAllowed'));
    expect(cardText(outsider.card)).toContain(translate('fr', 'poll.results'));
    const sponsor = { aadObjectId: 'sponsor-1', name: 'S' };
    await app.deps.stores.communities.putMember('local-tenant', id, { userId: 'sponsor-1', name: 'S', role: 'sponsor' });
    expect(cardText((await invokeCardAction(app, connector.serviceUrl, sponsor, { ...base, choice: 'o1' })).card)).toContain(
      translate('fr', 'poll.error.notAllowed'),
    );
    const read = await app.call('GET', `/api/communities/${id}/polls/${poll.id}`, { token: facilitator });
    expect(read.body.voters).toBe(0);
  });
});
