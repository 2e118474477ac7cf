import http from 'node:http';
import path from 'node:path';
import { require, root } from './apiDist.mjs';
import { startRosterConnector } from './rosterConnector.mjs';

const { translate, pickLocale } = require(path.join(root, 'core/dist/i18n/translate.js'));
// The invokes carry no locale, so the answer is in the default language.
const recordedText = translate(pickLocale(undefined), 'poll.recorded');

/** Whether an invoke's answer is the voter's card saying their vote is stored. */
export const isRecorded = (res) =>
  res.status === 200 && res.body?.value?.type === 'AdaptiveCard' && JSON.stringify(res.body.value).includes(recordedText);

/**
 * A community whose members come from the team's roster, as in a real team: the bot is installed, the
 * channel linked, and the API reads the roster (paged) from a stand-in Bot Connector; nobody is added by
 * hand. `voters` members, 100 warm-up members, and `polls` single-choice polls.
 */
export async function seedVoteCommunity(stack, { voters, polls: pollCount }) {
  const nadia = stack.token('nadia');
  const { body: community } = await stack.call('POST', '/api/communities', { token: nadia, body: { name: 'Bench' } });
  const members = Array.from({ length: voters }, (_, i) => `member-${i}`);
  const warmers = Array.from({ length: 100 }, (_, i) => `warm-up-${i}`);
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
  for (let p = 0; p < pollCount; p++) {
    const { body } = await stack.call('POST', `/api/communities/${community.id}/polls`, {
      token: nadia,
      body: { question: `Q${p}`, method: 'single', options: ['A', 'B', 'C'], hideResultsUntilClose: false },
    });
    polls.push(body.poll.id);
  }
  /**
   * One member's click on a poll card, to the API (or `via` another server: the floor bot); `verb`
   * 'bench.noStorage' is a verb no feature knows.
   */
  const invoke = (userId, pollId, choice, { verb = 'poll.vote', agent, via = stack.call } = {}) =>
    via('POST', '/api/messages', {
      agent,
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
  /** The counts the API reports for a poll, by option. */
  const counts = async (pollId) =>
    (await stack.call('GET', `/api/communities/${community.id}/polls/${pollId}`, { token: nadia })).body.results.counts;
  return {
    communityId: community.id,
    rosterMembers: stored.length,
    members,
    warmers,
    polls,
    invoke,
    counts,
    stop: () => connector.stop(),
  };
}

/** An HTTP agent with no socket limit, for invokes that must all be in flight at once. */
export const unboundedAgent = () => new http.Agent({ keepAlive: true, maxSockets: Infinity });

/** Lost and doubled votes: each option's count against the expected one. */
export function countErrors(counts, expected) {
  let lost = 0;
  let doubled = 0;
  for (const key of new Set([...Object.keys(expected), ...Object.keys(counts)])) {
    const diff = (counts[key] ?? 0) - (expected[key] ?? 0);
    if (diff < 0) lost -= diff;
    if (diff > 0) doubled += diff;
  }
  return { lost, doubled };
}
