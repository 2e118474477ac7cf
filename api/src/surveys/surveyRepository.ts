import { createHmac } from 'node:crypto';
import { odata, RestError } from '@azure/data-tables';
import type { SurveyStore } from '@elan/core/surveys/surveyStore';
import type { Survey } from '@elan/core/surveys/survey';
import type { SurveyResponse } from '@elan/core/surveys/surveyResults';
import { RecentReads } from '../storage/recentReads';
import { type Tables, communityPartition } from '../storage/tables';

const surveyKey = (id: string) => `survey|${id}`;
// Answers live beside ballots, in a partition per survey under the community's prefix (erase finds them).
const answerPartition = (survey: Survey) => `${survey.tenantId}|${survey.communityId}|survey-${survey.id}`;

const notFound = (error: unknown) => error instanceof RestError && error.statusCode === 404;
// As for polls: the gate row lets the survey accept answers; an answer is one atomic batch with a touch
// of it, and closing deletes it before reading the answers, so what closing reads is final.
const gateKey = '~gate';
const answerRows = odata`RowKey lt ${'~'}`;

/**
 * Table Storage adapter for surveys. An answer's row key is an HMAC of survey and person under a
 * server-held key: a repeat replaces the same row, the person can find their own answer again, and the
 * row itself says nothing about who wrote it.
 */
export class SurveyRepository implements SurveyStore {
  /** Recent answer reads per survey, by row key, with this instance's own answers and deletions applied. */
  private readonly recentAnswers = new RecentReads<Map<string, SurveyResponse>>();

  constructor(
    private readonly tables: Tables,
    private readonly key: Buffer,
  ) {}

  private answerKey(survey: Survey, userId: string): string {
    return createHmac('sha256', this.key).update(`survey|${survey.tenantId}|${survey.id}|${userId}`).digest('hex').slice(0, 40);
  }

  private row(survey: Survey) {
    return {
      partitionKey: communityPartition(survey.tenantId, survey.communityId),
      rowKey: surveyKey(survey.id),
      status: survey.status,
      // Surveys stored before gates lack this column: their answers keep the old path (see putResponse).
      gated: true,
      json: JSON.stringify(survey),
    };
  }

  async create(survey: Survey): Promise<void> {
    // The gate first: a survey row is never visible without it.
    await this.tables.ballots.upsertEntity({ partitionKey: answerPartition(survey), rowKey: gateKey }, 'Replace');
    await this.tables.communities.createEntity(this.row(survey));
  }

  async get(tenantId: string, communityId: string, surveyId: string): Promise<{ survey: Survey; etag: string } | undefined> {
    try {
      const row = await this.tables.communities.getEntity<{ json: string }>(communityPartition(tenantId, communityId), surveyKey(surveyId));
      return { survey: JSON.parse(row.json) as Survey, etag: row.etag };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }

  private async query(filter: string): Promise<Survey[]> {
    const surveys: Survey[] = [];
    for await (const row of this.tables.communities.listEntities<{ json: string }>({ queryOptions: { filter, select: ['json'] } }))
      surveys.push(JSON.parse(row.json) as Survey);
    return surveys.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  list(tenantId: string, communityId: string): Promise<Survey[]> {
    const pk = communityPartition(tenantId, communityId);
    return this.query(odata`PartitionKey eq ${pk} and RowKey gt ${'survey|'} and RowKey lt ${'survey}'}`);
  }

  listOpen(): Promise<Survey[]> {
    return this.query(odata`RowKey gt ${'survey|'} and RowKey lt ${'survey}'} and status eq ${'open'}`);
  }

  async update(survey: Survey, etag: string): Promise<boolean> {
    try {
      await this.tables.communities.updateEntity(this.row(survey), 'Replace', { etag });
      return true;
    } catch (error) {
      if (error instanceof RestError && error.statusCode === 412) return false;
      throw error;
    }
  }

  async putResponse(survey: Survey, userId: string, response: SurveyResponse): Promise<'stored' | 'closed'> {
    const row = { partitionKey: answerPartition(survey), rowKey: this.answerKey(survey, userId), json: JSON.stringify(response) };
    try {
      await this.tables.ballots.submitTransaction([
        ['upsert', row, 'Replace'],
        ['update', { partitionKey: row.partitionKey, rowKey: gateKey }, 'Merge', { etag: '*' }],
      ]);
    } catch (error) {
      if (!notFound(error)) throw error;
      // No gate: closing, unless the survey was stored before gates (then stored as before while open).
      const stored = await this.tables.communities
        .getEntity<{ status: string; gated?: boolean }>(communityPartition(survey.tenantId, survey.communityId), surveyKey(survey.id))
        .catch((e: unknown) => (notFound(e) ? undefined : Promise.reject(e)));
      if (!stored || stored.gated || stored.status !== 'open') return 'closed';
      await this.tables.ballots.upsertEntity(row, 'Replace');
    }
    this.recentAnswers.amend(row.partitionKey, (answers) => new Map(answers).set(row.rowKey, response));
    return 'stored';
  }

  async closeAnswers(survey: Survey): Promise<void> {
    await this.tables.ballots.deleteEntity(answerPartition(survey), gateKey).catch((error: unknown) => {
      if (!notFound(error)) throw error;
    });
  }

  async getResponse(survey: Survey, userId: string): Promise<SurveyResponse | undefined> {
    try {
      const row = await this.tables.ballots.getEntity<{ json: string }>(answerPartition(survey), this.answerKey(survey, userId));
      return JSON.parse(row.json) as SurveyResponse;
    } catch (error) {
      if (notFound(error)) return undefined;
      throw error;
    }
  }

  async deleteResponse(survey: Survey, userId: string): Promise<boolean> {
    const pk = answerPartition(survey);
    const rowKey = this.answerKey(survey, userId);
    try {
      await this.tables.ballots.deleteEntity(pk, rowKey);
      this.recentAnswers.amend(pk, (answers) => {
        const left = new Map(answers);
        left.delete(rowKey);
        return left;
      });
      return true;
    } catch (error) {
      if (notFound(error)) return false;
      throw error;
    }
  }

  async listResponses(survey: Survey, opts: { maxAgeMs?: number } = {}): Promise<SurveyResponse[]> {
    const pk = answerPartition(survey);
    return [...(await this.recentAnswers.get(pk, opts.maxAgeMs, () => this.readResponses(pk))).values()];
  }

  async respondentsAmong(survey: Survey, userIds: readonly string[]): Promise<Set<string>> {
    const keys = new Set((await this.readResponses(answerPartition(survey))).keys());
    return new Set(userIds.filter((id) => keys.has(this.answerKey(survey, id))));
  }

  private async readResponses(pk: string): Promise<Map<string, SurveyResponse>> {
    const answers = new Map<string, SurveyResponse>();
    for await (const row of this.tables.ballots.listEntities<{ json: string }>({
      queryOptions: { filter: `${odata`PartitionKey eq ${pk}`} and ${answerRows}`, select: ['RowKey', 'json'] },
    }))
      answers.set(row.rowKey ?? '', JSON.parse(row.json) as SurveyResponse);
    return answers;
  }
}
