import { z } from 'zod';
import type { Principal } from '../community/community';
import { ValidationError } from '../errors';
import type { Stores } from '../stores';
import { tallyPoll } from '../polls/pollTally';
import { parseInput } from '../validation/parseInput';
import { workshopNumbers } from '../workshops/registry';
import { authorize } from '../community/access';
import { surveyState } from '../surveys/surveyCommands';

/** Everything a community holds, for its facilitators to keep or hand over (right of access and portability). */
export async function exportCommunity(stores: Stores, principal: Principal, communityId: string, now: string) {
  const { community } = await authorize(stores, principal, communityId, 'community.export');
  const { tenantId } = principal;
  const [members, workshops, decisions, polls, compassRuns, conversations, surveys, meetings] = await Promise.all([
    stores.communities.listMembers(tenantId, communityId),
    Promise.all(
      workshopNumbers.map(async (n) => ({
        current: await stores.workshops.get(tenantId, communityId, n),
        versions: await stores.workshops.versions(tenantId, communityId, n),
      })),
    ),
    stores.decisions.list(tenantId, communityId),
    stores.polls.list(tenantId, communityId),
    stores.compass.listRuns(tenantId, communityId),
    stores.conversations.linkedTo(tenantId, communityId),
    stores.surveys.list(tenantId, communityId),
    stores.meetings.list(tenantId, communityId),
  ]);
  return {
    exportedAt: now,
    community,
    members,
    workshops: workshops.map(({ current, versions }) => ({
      n: current?.n,
      version: current?.version,
      data: current?.data,
      updatedAt: current?.updatedAt,
      versions,
    })),
    // Polls come with their counts only: individual ballots are never exported (anonymous ones cannot be).
    polls: await Promise.all(
      polls.map(async (poll) => ({ ...poll, posts: undefined, counts: tallyPoll(poll, await stores.polls.listBallots(poll)).counts })),
    ),
    decisions,
    compassRuns,
    documents: {
      charter: await stores.documents.list(tenantId, communityId, 'charter'),
      impactReport: await stores.documents.list(tenantId, communityId, 'impactReport'),
    },
    linkedConversations: conversations.map((c) => ({ conversationId: c.conversationId, conversationType: c.conversationType })),
    // Surveys with their aggregates only, at the facilitator's view: below the threshold nothing but the count,
    // and no answer row (they carry no identity, but a row alone could still point at someone in a small group).
    surveys: await Promise.all(
      surveys.map(async (survey) => {
        const state = surveyState(survey, await stores.surveys.listResponses(survey), 'facilitator');
        return { ...survey, posts: undefined, respondents: state.respondents, results: state.results };
      }),
    ),
    meetings: meetings.map((m) => ({ ...m, posts: undefined })),
  };
}

/** Query of `GET /api/communities/{id}/export`: `json` (one file) or `zip` (the JSON plus one CSV per table). */
export const exportQuery = z.object({ format: z.enum(['json', 'zip']).default('json') });

/** Body of `DELETE /api/communities/{id}`: the community's name, typed again, as confirmation. */
export const eraseCommunityInput = z.strictObject({ confirmName: z.string().max(100) });

/** Erases a community and everything about it, once a facilitator confirmed by typing its name. */
export async function eraseCommunity(stores: Stores, principal: Principal, communityId: string, input: unknown): Promise<{ rows: number }> {
  const { community } = await authorize(stores, principal, communityId, 'community.erase');
  const { confirmName } = parseInput(eraseCommunityInput, input);
  if (confirmName.trim() !== community.name) {
    throw new ValidationError([
      { code: 'custom', path: ['confirmName'], message: 'name mismatch', input: confirmName, params: { key: 'privacy.confirmMismatch' } },
    ]);
  }
  return stores.erase.eraseCommunity(principal.tenantId, communityId);
}
