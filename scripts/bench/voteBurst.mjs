import { countErrors, isRecorded, unboundedAgent } from './voteSetup.mjs';
import { pct } from './stats.mjs';

/** Fires every call at once and times each from the moment they were all sent; also the wall-clock window. */
async function burst(items, fn) {
  const from = performance.timeOrigin + performance.now();
  const t = performance.now();
  const latencies = await Promise.all(
    items.map(async (item) => {
      await fn(item);
      return performance.now() - t;
    }),
  );
  return { latencies, window: { from, to: performance.timeOrigin + performance.now() } };
}

/**
 * Target 2, a burst of 300 simultaneous voters: the facilitator says "vote now" in a meeting. 330 invokes
 * (15 members click twice, 15 change their mind at once) are all in flight together on one poll; every
 * one must be answered with the voter's recorded card and the tally must be exact. The floor, in the same
 * run and the same shape: the same 330 invokes at once to the floor bot (floorBot.mjs: host + Agents SDK
 * + one Tables batch of the same two rows, no Élan logic, in its own process). Each burst is preceded by a
 * burst of the same size on other data, so both find their sockets open (as Teams' front ends keep theirs).
 * `seeded`: seedVoteCommunity with at least 630 members and 6 polls (the fifth for the warm-up, the sixth
 * measured); `floor`: startFloorBot with a `call` to it.
 */
export async function voteBurst(stack, seeded, floor, voters = 300) {
  const { members, invoke } = seeded;
  const [warmUpPoll, pollId] = seeded.polls.slice(4, 6);
  const agent = unboundedAgent();
  const clicks = (who) => {
    const first = who.map((m, i) => ({ m, choice: `o${(i % 3) + 1}` }));
    const extra = first.flatMap((v, i) => {
      if (i % 20 === 0) return [{ ...v }]; // clicked twice
      if (i % 20 === 10) return [{ ...v, choice: v.choice === 'o1' ? 'o2' : 'o1' }]; // changed at once
      return [];
    });
    return [...first, ...extra];
  };
  const measured = clicks(members.slice(0, voters));
  const warmUp = clicks(members.slice(voters, 2 * voters));
  let failures = 0;
  const vote = (p, counted) => async (v) => {
    const answer = await invoke(v.m, p, v.choice, { agent });
    if (counted && !isRecorded(answer)) failures += 1;
  };
  await burst(warmUp, vote(warmUpPoll, false));
  const votes = await burst(measured, vote(pollId, true));

  const floorCall = (p, counted) => async (v) => {
    const answer = await invoke(v.m, p, v.choice, { agent, via: floor.call });
    if (counted && (answer.status !== 200 || answer.body?.value?.type !== 'AdaptiveCard')) failures += 1;
  };
  await burst(warmUp, floorCall(warmUpPoll, false));
  const floored = await burst(measured, floorCall(pollId, true));
  agent.destroy();

  const tenantId = 'local-tenant';
  // Exact tally: each voter's stored ballot is one of the choices they sent (racing clicks may land in
  // either order), and the poll's counts are those ballots, no more, no fewer.
  const { poll } = await stack.deps.stores.polls.get(tenantId, seeded.communityId, pollId);
  const sent = new Map();
  for (const v of measured) sent.set(v.m, [...(sent.get(v.m) ?? []), v.choice]);
  const expected = {};
  let wrong = 0;
  for (const [m, choices] of sent) {
    const ballot = await stack.deps.stores.polls.getBallot(poll, { userId: m, name: m });
    if (!ballot || !choices.includes(ballot.optionId)) wrong += 1;
    else expected[ballot.optionId] = (expected[ballot.optionId] ?? 0) + 1;
  }
  const { lost, doubled } = countErrors(await seeded.counts(pollId), expected);
  return {
    voters: sent.size,
    invokes: measured.length,
    p50: pct(votes.latencies, 50),
    p95: pct(votes.latencies, 95),
    max: Math.max(...votes.latencies),
    floorP50: pct(floored.latencies, 50),
    floorP95: pct(floored.latencies, 95),
    p95Ratio: pct(votes.latencies, 95) / pct(floored.latencies, 95),
    windows: { votes: votes.window },
    lost: lost + wrong,
    doubled,
    failures,
  };
}
