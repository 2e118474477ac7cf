import type { RetentionStore } from './retention';
import type { Stores } from '../stores';
import { ritualBot } from '../rituals/ritualTimers';

/**
 * Overrides some methods of a store object (a class instance) while keeping every other method and
 * field: the result delegates to the original through its prototype chain.
 */
function override<T extends object>(store: T, methods: Partial<T>): T {
  return Object.assign(Object.create(store) as T, methods);
}

/**
 * Stores that note activity for retention after the writes that mean a community is alive: creating it,
 * adding a member or changing a role, saving a workshop, creating or closing a poll, recording a decision or document,
 * opening a compass run or a survey, capturing a meeting. Votes and survey answers are left out on purpose (no write
 * per vote); a poll's creation and closing bracket them anyway. Writes the timers make on their own (ritual
 * cards, check-out surveys, compass runs opened on their rhythm) are left out too, or a community nobody uses would never expire. Noting
 * activity never fails the write it follows: a failure goes to `failed`. The rule lives here, in the domain;
 * storage only records the time.
 */
export function withActivityTracking(
  stores: Stores,
  retention: RetentionStore,
  now: () => string,
  failed: (error: unknown) => void,
): Stores {
  const note = (tenantId: string, communityId: string) => retention.recordActivity(tenantId, communityId, now()).catch(failed);
  const { communities, workshops, polls, decisions, documents, compass, surveys, meetings } = stores;
  return {
    ...stores,
    communities: override(communities, {
      create: async (community, facilitator) => {
        await communities.create(community, facilitator);
        await note(community.tenantId, community.id);
      },
      putMember: async (tenantId, communityId, member) => {
        await communities.putMember(tenantId, communityId, member);
        await note(tenantId, communityId);
      },
      // A facilitator managing members is activity; roster reads (timers, Teams events) are not.
      changeMember: async (tenantId, communityId, decide) => {
        const decision = await communities.changeMember(tenantId, communityId, decide);
        if (decision !== 'unchanged') await note(tenantId, communityId);
        return decision;
      },
    }),
    workshops: override(workshops, {
      save: async (tenantId, communityId, n, data, etag, by) => {
        const result = await workshops.save(tenantId, communityId, n, data, etag, by);
        if (result.ok) await note(tenantId, communityId);
        return result;
      },
    }),
    polls: override(polls, {
      create: async (poll) => {
        await polls.create(poll);
        await note(poll.tenantId, poll.communityId);
      },
      update: async (poll, etag) => {
        const updated = await polls.update(poll, etag);
        if (updated) await note(poll.tenantId, poll.communityId);
        return updated;
      },
    }),
    decisions: override(decisions, {
      append: async (tenantId, communityId, decision) => {
        const record = await decisions.append(tenantId, communityId, decision);
        await note(tenantId, communityId);
        return record;
      },
    }),
    documents: override(documents, {
      append: async (tenantId, communityId, record) => {
        const stored = await documents.append(tenantId, communityId, record);
        await note(tenantId, communityId);
        return stored;
      },
    }),
    compass: override(compass, {
      openRun: async (tenantId, communityId, opened) => {
        const run = await compass.openRun(tenantId, communityId, opened);
        // Runs the compass timer opens on its rhythm are Élan's doing, not people's.
        if (opened.openedBy.userId !== ritualBot.userId) await note(tenantId, communityId);
        return run;
      },
    }),
    surveys: override(surveys, {
      create: async (survey) => {
        await surveys.create(survey);
        // Check-out pulses are opened by the ritual timer, not by people.
        if (survey.kind !== 'checkout') await note(survey.tenantId, survey.communityId);
      },
    }),
    meetings: override(meetings, {
      putCapture: async (tenantId, communityId, meetingKey, capture) => {
        await meetings.putCapture(tenantId, communityId, meetingKey, capture);
        await note(tenantId, communityId);
      },
    }),
  };
}
