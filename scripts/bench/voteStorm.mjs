import { rawInsertRate } from './rawInsertRate.mjs';
import { startRosterConnector } from './rosterConnector.mjs';
import { cpuMs, pct, pool } from './stats.mjs';

/**
 * 1,000 members of the team's roster vote on 3 polls at once through /api/messages, 10% retry, 10% change their vote. The raw
 * insert reference is measured once the members and polls are stored, before the API's warm-up.
 */
export async function voteStorm(stack, voters = 1000, concurrency = 50) {
  const nadia = stack.token('nadia');
  const { body: community } = await stack.call('POST', '/api/communities', { token: nadia, body: { name: 'Bench' } });
  const members = Array.from({ length: voters }, (_, i) => `member-${i}`);
  const warmers = Array.from({ length: 100 }, (_, i) => `warm-up-${i}`);
  // Members come from the team's roster, as in a real team: the bot is installed, the channel linked, and
  // the API reads the roster (paged) from a stand-in Bot Connector. Nobody is added by hand.
  const connector = await startRosterConnector(['nadia', ...members, ...warmers]);
  const channel = { id: '19:bench@thread', tenantId: 'local-tenant', conversationType: 'channel' };
  await stack.call('POST', '/api/messages', {
    body: {
      type: 'installationUpdate',
      action: 'add',
      id: 'install-bench',
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      from: { id: '29:nadia', aadObjectId: 'nadia', name: 'nadia' },
      recipient: { id: '28:elan', name: 'Élan' },
      conversation: channel,
      channelData: { tenant: { id: 'local-tenant' }, team: { id: connector.teamId } },
    },
  });
  const linked = await stack.call('POST', `/api/communities/${community.id}/conversations`, {
    token: nadia,
    body: { conversationId: channel.id },
  });
  const stored = await stack.deps.stores.communities.listMembers('local-tenant', community.id);
  if (!linked.body?.rosterSynced || stored.length !== members.length + warmers.length + 1)
    throw new Error(`The roster was not read: ${stored.length} members stored.`);
  const polls = [];
  // Three polls for the storm, a fourth for the warm-up.
  for (let p = 0; p < 4; p++) {
    const { body } = await stack.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: `Q${p}`, method: 'single', options: ['A', 'B', 'C'], hideResultsUntilClose: false },
    });
    polls.push(body.poll.id);
  }
  const warmUpPoll = polls.pop();
  const invoke = (userId, pollId, choice, verb = 'poll.vote') =>
    stack.call('POST', '/api/messages', {
      body: {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: `i-${userId}-${pollId}-${choice}-${Math.random()}`,
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        from: { id: `29:${userId}`, aadObjectId: userId, name: userId },
        recipient: { id: '28:elan', name: 'Élan' },
        conversation: channel,
        value: {
          action: { type: 'Action.Execute', verb, data: { verb, communityId: community.id, pollId, choice } },
          trigger: 'manual',
        },
      },
    });
  // Each member votes on one of the three polls; the expected final choice is their last one.
  const expected = polls.map(() => ({ o1: 0, o2: 0, o3: 0 }));
  const first = members.map((m, i) => ({ m, p: i % 3, choice: `o${((i % 7) % 3) + 1}` }));
  const extra = [];
  first.forEach((v, i) => {
    if (i % 10 === 0) extra.push({ ...v }); // duplicated invoke
    if (i % 10 === 5) extra.push({ ...v, choice: v.choice === 'o1' ? 'o2' : 'o1' }); // vote change
  });
  const finalOf = new Map(first.map((v) => [v.m, v]));
  for (const v of extra) finalOf.set(v.m, v);
  for (const v of finalOf.values()) expected[v.p][v.choice] += 1;

  const raw = await rawInsertRate(stack.azurite, { warmUp: warmers.length, count: first.length + extra.length, concurrency });
  let failures = 0;
  const isCard = (res) => res.status === 200 && res.body?.value?.type === 'AdaptiveCard';
  // Warm-up on a fresh API process (connections opened, code compiled), reported apart as the cold start.
  const cold = await pool(warmers, concurrency, async (m) => {
    if (!isCard(await invoke(m, warmUpPoll, 'o1'))) failures += 1;
  });
  const send = async (v) => {
    if (!isCard(await invoke(v.m, polls[v.p], v.choice))) failures += 1;
  };
  const cpuBefore = cpuMs(stack.serverPid);
  const azuriteBefore = cpuMs(stack.azurite.process.pid);
  const generatorBefore = process.cpuUsage();
  const t = performance.now();
  const latencies = [...(await pool(first, concurrency, send)), ...(await pool(extra, concurrency, send))];
  const seconds = (performance.now() - t) / 1000;
  const cpuAfter = cpuMs(stack.serverPid);
  const azuriteAfter = cpuMs(stack.azurite.process.pid);
  const generator = process.cpuUsage(generatorBefore);
  const invokes = first.length + extra.length;
  // The floor: the same invokes answered with a card and no storage work (an unknown verb): host + Agents SDK.
  const floorCpuBefore = cpuMs(stack.serverPid);
  const floorStart = performance.now();
  await pool(first, concurrency, async (v) => {
    if ((await invoke(v.m, polls[v.p], v.choice, 'bench.noStorage')).status !== 200) failures += 1;
  });
  const floorPerSecond = first.length / ((performance.now() - floorStart) / 1000);
  const floorCpu = (cpuMs(stack.serverPid) - floorCpuBefore) / first.length;
  let lost = 0;
  let doubled = 0;
  for (const [i, pollId] of polls.entries()) {
    const { body } = await stack.call('GET', `/api/communities/${community.id}/polls/${pollId}`, { token: nadia });
    for (const key of ['o1', 'o2', 'o3']) {
      const diff = (body.results.counts[key] ?? 0) - expected[i][key];
      if (diff < 0) lost -= diff;
      if (diff > 0) doubled += diff;
    }
  }
  await connector.stop();
  return {
    raw,
    rosterMembers: stored.length,
    invokes,
    votesPerSecond: invokes / seconds,
    cpuPerVote: cpuBefore === undefined || cpuAfter === undefined ? NaN : (cpuAfter - cpuBefore) / invokes,
    azuriteCpuPerVote: azuriteBefore === undefined || azuriteAfter === undefined ? NaN : (azuriteAfter - azuriteBefore) / invokes,
    generatorCpuPerVote: (generator.user + generator.system) / 1000 / invokes,
    floorPerSecond,
    floorCpu,
    coldMax: Math.max(...cold),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    lost,
    doubled,
    failures,
  };
}
