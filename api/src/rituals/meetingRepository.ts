import { odata, RestError } from '@azure/data-tables';
import type { ClaimedStep, MeetingStore } from '@elan/core/rituals/meetingStore';
import {
  type Meeting,
  type MeetingCapture,
  type MeetingFacts,
  meetingKeyOf,
  type RitualPost,
  type RitualStage,
  ritualStages,
} from '@elan/core/rituals/meeting';
import { mainSeriesId, meetingFormats, type MeetingFormat } from '@elan/core/workshops/rituals';
import { type Tables, communityPartition } from '../storage/tables';

// A meeting's key is its date in the main series, so rows written before there were several series stay found.
const meetingRow = (key: string) => `meeting|${key}`;
const claimKey = (key: string, stage: ClaimedStep) => `ritualclaim|${key}|${stage}`;

type Row = Record<string, unknown>;

function toMeeting(row: Row): Meeting {
  const posted: Meeting['posted'] = {};
  const posts: Meeting['posts'] = {};
  for (const stage of ritualStages) {
    if (typeof row[`${stage}At`] === 'string') posted[stage] = row[`${stage}At`] as string;
    if (typeof row[`${stage}Posts`] === 'string') posts[stage] = JSON.parse(row[`${stage}Posts`] as string) as RitualPost[];
  }
  const format = meetingFormats.find((f) => f === row['format']);
  return {
    // Rows from before there were several series belong to the main one and did not note their format.
    seriesId: typeof row['seriesId'] === 'string' && row['seriesId'] ? row['seriesId'] : mainSeriesId,
    format: (format ?? null) as MeetingFormat | null,
    date: String(row['date']),
    index: Number(row['index'] ?? 0),
    startsAt: String(row['startsAt'] ?? ''),
    endsAt: String(row['endsAt'] ?? ''),
    timeZone: String(row['timeZone'] ?? ''),
    posted,
    posts,
    capture: typeof row['capture'] === 'string' ? (JSON.parse(row['capture']) as MeetingCapture) : null,
    checkoutSurveyId: typeof row['checkoutSurveyId'] === 'string' && row['checkoutSurveyId'] ? row['checkoutSurveyId'] : null,
  };
}

/**
 * Table Storage adapter for meetings, in the community's partition (so erasing a community erases them).
 * One row per meeting whose properties are written by Merge, each writer touching only its own (a stage's
 * stamp, the capture), so concurrent writers never overwrite each other; plus one claim row per posted card.
 */
export class MeetingRepository implements MeetingStore {
  constructor(private readonly tables: Tables) {}

  async communitiesWithChannels(): Promise<{ tenantId: string; communityId: string }[]> {
    const seen = new Map<string, { tenantId: string; communityId: string }>();
    for await (const row of this.tables.conversations.listEntities<{ communityId: string }>({
      queryOptions: { filter: odata`active eq true and communityId gt ${''}`, select: ['PartitionKey', 'communityId'] },
    })) {
      const tenantId = row.partitionKey ?? '';
      seen.set(`${tenantId}|${row.communityId}`, { tenantId, communityId: row.communityId });
    }
    return [...seen.values()];
  }

  async claimStep(tenantId: string, communityId: string, meetingKey: string, stage: ClaimedStep): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: claimKey(meetingKey, stage),
      });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  async releaseStep(tenantId: string, communityId: string, meetingKey: string, stage: ClaimedStep): Promise<void> {
    await this.tables.communities
      .deleteEntity(communityPartition(tenantId, communityId), claimKey(meetingKey, stage))
      .catch(() => undefined);
  }

  async recordStep(
    tenantId: string,
    communityId: string,
    facts: MeetingFacts,
    stage: RitualStage,
    at: string,
    posts: RitualPost[],
  ): Promise<void> {
    await this.tables.communities.upsertEntity(
      {
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: meetingRow(meetingKeyOf(facts)),
        ...facts,
        format: facts.format ?? '',
        [`${stage}At`]: at,
        [`${stage}Posts`]: JSON.stringify(posts),
      },
      'Merge',
    );
  }

  async putCapture(tenantId: string, communityId: string, meetingKey: string, capture: MeetingCapture): Promise<void> {
    await this.tables.communities.updateEntity(
      { partitionKey: communityPartition(tenantId, communityId), rowKey: meetingRow(meetingKey), capture: JSON.stringify(capture) },
      'Merge',
    );
  }

  async setCheckoutSurvey(tenantId: string, communityId: string, facts: MeetingFacts, surveyId: string): Promise<void> {
    await this.tables.communities.upsertEntity(
      {
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: meetingRow(meetingKeyOf(facts)),
        ...facts,
        format: facts.format ?? '',
        checkoutSurveyId: surveyId,
      },
      'Merge',
    );
  }

  async get(tenantId: string, communityId: string, meetingKey: string): Promise<Meeting | undefined> {
    try {
      return toMeeting(await this.tables.communities.getEntity<Row>(communityPartition(tenantId, communityId), meetingRow(meetingKey)));
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return undefined;
      throw error;
    }
  }

  async list(tenantId: string, communityId: string): Promise<Meeting[]> {
    const pk = communityPartition(tenantId, communityId);
    const meetings: Meeting[] = [];
    for await (const row of this.tables.communities.listEntities<Row>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey gt ${'meeting|'} and RowKey lt ${'meeting}'}` },
    }))
      meetings.push(toMeeting(row));
    return meetings.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.date.localeCompare(b.date));
  }
}
