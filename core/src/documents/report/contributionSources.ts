import type { Notebook } from '../../notebooks/notebook';
import type { Poll } from '../../polls/poll';
import type { Meeting } from '../../rituals/meeting';
import type { Stores } from '../../stores';
import type { Survey } from '../../surveys/survey';
import type { Contribution } from './contributions';

/**
 * What notebooks hold of people's work: every resource by whoever shared it, and the capture by whoever
 * drafted it and whoever took it over. A capture has no time of its own: a meeting's is dated by the
 * meeting, the "between meetings" notebook's by its last change.
 */
export function notebookContributions(notebooks: readonly Notebook[]): Contribution[] {
  return notebooks.flatMap((n) => {
    const at = n.ref.kind === 'meeting' ? n.ref.date : n.updatedAt;
    const captures = [n.capturedBy, n.takenOverBy].flatMap((by) => (by ? [{ userId: by.userId, kind: 'capture' as const, at }] : []));
    return [...n.resources.map((r) => ({ userId: r.sharedBy.userId, kind: 'resource' as const, at: r.sharedAt })), ...captures];
  });
}

/** The links captured on a meeting's capture card. */
export function meetingCaptures(meetings: readonly Meeting[]): Contribution[] {
  return meetings.flatMap((m) => (m.capture ? [{ userId: m.capture.by.userId, kind: 'capture' as const, at: m.capture.at }] : []));
}

/** Ballots carry no time: a vote counts in the period its poll opened. */
export function ballotContributions(poll: Poll, voters: Iterable<string>): Contribution[] {
  return [...voters].map((userId) => ({ userId, kind: 'ballot' as const, at: poll.createdAt }));
}

/** Answers carry no time either: an answer (a story, for story surveys) counts in the period its survey opened. */
export function answerContributions(survey: Survey, respondents: Iterable<string>): Contribution[] {
  const kind = survey.kind === 'story' ? ('story' as const) : ('answer' as const);
  return [...respondents].map((userId) => ({ userId, kind, at: survey.createdAt }));
}

/**
 * Every contribution of these people to a community, from what is stored. Ballot and answer rows do not say
 * whose they are, so storage is asked which of these people have one: only the count ever leaves this.
 */
export async function gatherContributions(
  stores: Stores,
  tenantId: string,
  communityId: string,
  userIds: readonly string[],
  read: { meetings: readonly Meeting[]; surveys: readonly Survey[] },
): Promise<Contribution[]> {
  const [notebooks, polls] = await Promise.all([stores.notebooks.list(tenantId, communityId), stores.polls.list(tenantId, communityId)]);
  const ballots = await Promise.all(polls.map(async (p) => ballotContributions(p, await stores.polls.votersAmong(p, userIds))));
  const answers = await Promise.all(
    read.surveys.map(async (s) => answerContributions(s, await stores.surveys.respondentsAmong(s, userIds))),
  );
  return [...notebookContributions(notebooks), ...meetingCaptures(read.meetings), ...ballots.flat(), ...answers.flat()];
}
