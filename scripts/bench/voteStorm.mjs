import { countErrors, isRecorded } from './voteSetup.mjs';
import { cpuMs, pct, pool } from './stats.mjs';

/**
 * Target 1, API work per vote against the floor. 1,000 members of the team's roster vote on 3 polls
 * through /api/messages (50 in flight), 10% retry, 10% change their vote. The floor: the same invokes,
 * after the same warm-up, sent to the floor bot (floorBot.mjs: host + Agents SDK + one Tables batch of
 * the same two rows, no Élan logic, in its own process); both CPUs are read from /proc the same way.
 * Also the API's own host + SDK part: the same invokes with a verb no feature knows (a card, no storage).
 * `seeded` comes from seedVoteCommunity with 1,000 members and at least 4 polls (3 for the storm, 1 for
 * the warm-up); `floor` from startFloorBot with a `call` to it.
 */
export async function voteStorm(stack, seeded, floor, concurrency = 50) {
  const { members, warmers, invoke } = seeded;
  const [warmUpPoll, ...polls] = seeded.polls.slice(0, 4);
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
  const invokes = first.length + extra.length;

  let failures = 0;
  // Warm-up on a fresh API process (connections opened, code compiled), reported apart as the cold start.
  const cold = await pool(warmers, concurrency, async (m) => {
    if (!isRecorded(await invoke(m, warmUpPoll, 'o1'))) failures += 1;
  });
  const send = async (v) => {
    if (!isRecorded(await invoke(v.m, polls[v.p], v.choice))) failures += 1;
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
  // The host + SDK part of the floor: as many invokes, same shape, answered with a card.
  const sdkCpuBefore = cpuMs(stack.serverPid);
  const sdkStart = performance.now();
  const unknown = [...first, ...extra];
  await pool(unknown, concurrency, async (v) => {
    const res = await invoke(v.m, polls[v.p], v.choice, { verb: 'bench.noStorage' });
    if (res.status !== 200 || res.body?.value?.type !== 'AdaptiveCard') failures += 1;
  });
  const sdkPerSecond = unknown.length / ((performance.now() - sdkStart) / 1000);
  const sdkCpu = (cpuMs(stack.serverPid) - sdkCpuBefore) / unknown.length;
  // The floor: the same warm-up, then the same invokes, to the floor bot.
  const toFloor = (v, pollId) => invoke(v.m, pollId, v.choice, { via: floor.call });
  const floorAnswered = (res) => res.status === 200 && res.body?.value?.type === 'AdaptiveCard';
  await pool(warmers, concurrency, async (m) => {
    if (!floorAnswered(await toFloor({ m, choice: 'o1' }, warmUpPoll))) failures += 1;
  });
  const floorCpuBefore = cpuMs(floor.pid);
  const floorAzuriteBefore = cpuMs(stack.azurite.process.pid);
  const floorStart = performance.now();
  const floorLatencies = await pool(unknown, concurrency, async (v) => {
    if (!floorAnswered(await toFloor(v, polls[v.p]))) failures += 1;
  });
  const floorPerSecond = unknown.length / ((performance.now() - floorStart) / 1000);
  const floorCpu = (cpuMs(floor.pid) - floorCpuBefore) / unknown.length;
  const azuriteCpuPerFloorInvoke = (cpuMs(stack.azurite.process.pid) - floorAzuriteBefore) / unknown.length;
  let lost = 0;
  let doubled = 0;
  for (const [i, pollId] of polls.entries()) {
    const errors = countErrors(await seeded.counts(pollId), expected[i]);
    lost += errors.lost;
    doubled += errors.doubled;
  }
  const cpuPerVote = cpuBefore === undefined || cpuAfter === undefined ? NaN : (cpuAfter - cpuBefore) / invokes;
  return {
    rosterMembers: seeded.rosterMembers,
    invokes,
    votesPerSecond: invokes / seconds,
    cpuPerVote,
    sdkCpu,
    floorCpu,
    cpuRatio: cpuPerVote / floorCpu,
    sdkPerSecond,
    floorPerSecond,
    floorP50: pct(floorLatencies, 50),
    floorP95: pct(floorLatencies, 95),
    azuriteCpuPerVote: azuriteBefore === undefined || azuriteAfter === undefined ? NaN : (azuriteAfter - azuriteBefore) / invokes,
    azuriteCpuPerFloorInvoke,
    generatorCpuPerVote: (generator.user + generator.system) / 1000 / invokes,
    coldMax: Math.max(...cold),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    lost,
    doubled,
    failures,
  };
}
