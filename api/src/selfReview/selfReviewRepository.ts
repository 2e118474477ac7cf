import { odata, RestError } from '@azure/data-tables';
import type { SelfReviewStore, StoredSelfReview } from '@elan/core/selfReview/selfReviewStore';
import { type Tables, communityPartition } from '../storage/tables';

// User ids are Entra object ids in Teams, but local personas may carry anything; meeting keys hold `~`: encoded,
// both are safe in a row key, and `|` stays the separator.
const enc = encodeURIComponent;
const cardKey = (meetingKey: string, userId: string) => `selfReviewCard|${enc(meetingKey)}|${enc(userId)}`;
const reviewPrefix = (userId: string) => `selfReview|${enc(userId)}|`;
const feedbackPrefix = 'selfReviewFeedback|';

interface ReviewRow {
  rowKey?: string;
  meetingKey?: string;
  seriesId?: string;
  meetingDate?: string;
  answers?: string;
  note?: string;
  submittedAt?: string;
  surveyId?: string;
}

/**
 * Table Storage adapter for the self-reviews, in the community's partition: `selfReviewCard|{meeting}|{user}` claims
 * (inserted before the card goes out), one `selfReview|{user}|{meeting}` row per author and meeting (replaced on a
 * new submit), and one `selfReviewFeedback|{meeting}` row naming the members' feedback survey (inserted first).
 */
export class SelfReviewRepository implements SelfReviewStore {
  constructor(private readonly tables: Tables) {}

  claimCard(tenantId: string, communityId: string, meetingKey: string, userId: string, at: string): Promise<boolean> {
    return this.insert(communityPartition(tenantId, communityId), cardKey(meetingKey, userId), { claimedAt: at });
  }

  releaseCard(tenantId: string, communityId: string, meetingKey: string, userId: string): Promise<void> {
    return this.delete(communityPartition(tenantId, communityId), cardKey(meetingKey, userId));
  }

  async cardsSent(tenantId: string, communityId: string, meetingKey: string): Promise<Set<string>> {
    const prefix = `selfReviewCard|${enc(meetingKey)}|`;
    const rows = await this.rows(tenantId, communityId, prefix, `${prefix.slice(0, -1)}}`);
    return new Set(rows.map((row) => decodeURIComponent(String(row.rowKey).slice(prefix.length))));
  }

  async cardSent(tenantId: string, communityId: string, meetingKey: string, userId: string): Promise<boolean> {
    try {
      await this.tables.communities.getEntity(communityPartition(tenantId, communityId), cardKey(meetingKey, userId));
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 404) return false;
      throw error;
    }
  }

  async put(tenantId: string, communityId: string, userId: string, review: StoredSelfReview): Promise<void> {
    await this.tables.communities.upsertEntity(
      {
        partitionKey: communityPartition(tenantId, communityId),
        rowKey: `${reviewPrefix(userId)}${enc(review.meetingKey)}`,
        meetingKey: review.meetingKey,
        seriesId: review.seriesId,
        meetingDate: review.meetingDate,
        answers: JSON.stringify(review.answers),
        note: review.note ?? '',
        submittedAt: review.submittedAt,
      },
      'Replace',
    );
  }

  async listMine(tenantId: string, communityId: string, userId: string): Promise<StoredSelfReview[]> {
    const prefix = reviewPrefix(userId);
    // `}` follows `|`: the range holds exactly this person's rows.
    const rows = await this.rows(tenantId, communityId, prefix, `${prefix.slice(0, -1)}}`);
    return rows
      .map((row): StoredSelfReview => ({
        meetingKey: String(row.meetingKey),
        seriesId: String(row.seriesId),
        meetingDate: String(row.meetingDate),
        answers: JSON.parse(row.answers ?? '{}') as StoredSelfReview['answers'],
        note: row.note ? row.note : null,
        submittedAt: String(row.submittedAt),
      }))
      .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.submittedAt.localeCompare(a.submittedAt));
  }

  claimFeedback(tenantId: string, communityId: string, meetingKey: string, surveyId: string): Promise<boolean> {
    return this.insert(communityPartition(tenantId, communityId), `${feedbackPrefix}${enc(meetingKey)}`, { surveyId });
  }

  releaseFeedback(tenantId: string, communityId: string, meetingKey: string): Promise<void> {
    return this.delete(communityPartition(tenantId, communityId), `${feedbackPrefix}${enc(meetingKey)}`);
  }

  async feedbackSurveys(tenantId: string, communityId: string): Promise<Record<string, string>> {
    const rows = await this.rows(tenantId, communityId, feedbackPrefix, `${feedbackPrefix.slice(0, -1)}}`);
    return Object.fromEntries(
      rows.map((row) => [decodeURIComponent(String(row.rowKey).slice(feedbackPrefix.length)), String(row.surveyId)]),
    );
  }

  private async rows(tenantId: string, communityId: string, from: string, to: string): Promise<ReviewRow[]> {
    const pk = communityPartition(tenantId, communityId);
    const rows: ReviewRow[] = [];
    for await (const row of this.tables.communities.listEntities<ReviewRow>({
      queryOptions: { filter: odata`PartitionKey eq ${pk} and RowKey ge ${from} and RowKey lt ${to}` },
    }))
      rows.push(row);
    return rows;
  }

  private async insert(partitionKey: string, rowKey: string, fields: Record<string, string>): Promise<boolean> {
    try {
      await this.tables.communities.createEntity({ partitionKey, rowKey, ...fields });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 409) return false;
      throw error;
    }
  }

  private async delete(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.tables.communities.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (!(error instanceof RestError && error.statusCode === 404)) throw error;
    }
  }
}
