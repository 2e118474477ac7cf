import { nextVersion } from '@elan/core/documents/charter/buildCharter';
import { impactReportQuery } from '@elan/core/documents/charter/documentQuery';
import { anonymityThreshold } from '@elan/core/documents/charter/impactChapter';
import { readWorkshops } from '@elan/core/documents/charter/workshopData';
import { authorize } from '@elan/core/community/access';
import type { Principal } from '@elan/core/community/community';
import { compassScores } from '@elan/core/compass/compass';
import { translate } from '@elan/core/i18n/translate';
import type { CompassAssessment } from '@elan/core/documents/report/impactReportInput';
import { buildImpactReport } from '@elan/core/documents/report/buildImpactReport';
import { can } from '@elan/core/policies/can';
import { autoMeasurements } from '@elan/core/documents/report/autoMeasurements';
import { reportMeetings } from '@elan/core/documents/report/meetingInputs';
import { reportStories, reportSurveys } from '@elan/core/documents/report/surveyInputs';
import { parseInput } from '@elan/core/validation/parseInput';
import type { Deps } from '../http/route';
import { type DocumentFile, renderAndRecord } from './documentFile';

/**
 * Compass runs as the report needs them. Scores are computed only from the anonymity threshold, so a
 * small run reaches the report as a count alone.
 */
async function compassRuns(deps: Deps, tenantId: string, communityId: string, threshold: number): Promise<CompassAssessment[]> {
  const runs = await deps.stores.compass.listRuns(tenantId, communityId);
  return Promise.all(
    runs.map(async (run) => {
      const responses = await deps.stores.compass.listResponses(tenantId, communityId, run.number);
      return { date: run.openedAt, respondents: responses.length, scores: compassScores(responses, threshold) };
    }),
  );
}

/**
 * Generates the impact report from what is stored: workshops, members, decisions, document records, compass
 * runs, meetings held (with check-out answers), surveys (aggregates only) and consented stories; indicators
 * whose source Élan sees (attendance, votes, pulses, stories) are measured from those.
 */
export async function generateImpactReport(deps: Deps, principal: Principal, communityId: string, query: unknown): Promise<DocumentFile> {
  const { community } = await authorize(deps.stores, principal, communityId, 'document.impactReport');
  const q = parseInput(impactReportQuery, query);
  const language = q.lang ?? community.language;
  const { tenantId } = principal;
  const [members, workshops, decisions, history, charterHistory] = await Promise.all([
    deps.stores.communities.listMembers(tenantId, communityId),
    deps.stores.workshops.list(tenantId, communityId),
    deps.stores.decisions.list(tenantId, communityId),
    deps.stores.documents.list(tenantId, communityId, 'impactReport'),
    deps.stores.documents.list(tenantId, communityId, 'charter'),
  ]);
  const { impact } = readWorkshops(workshops);
  const threshold = anonymityThreshold(impact);
  const compass = await compassRuns(deps, tenantId, communityId, threshold);
  const surveys = await Promise.all(
    (await deps.stores.surveys.list(tenantId, communityId)).map(async (survey) => ({
      survey,
      responses: await deps.stores.surveys.listResponses(survey),
    })),
  );
  const eligible = members.filter((m) => can(m.role, 'survey.respond')).length;
  const meetings = reportMeetings(await deps.stores.meetings.list(tenantId, communityId), surveys, eligible);
  const surveyResults = reportSurveys(surveys, eligible, language);
  const stories = reportStories(surveys, language);
  const now = deps.now();
  const model = buildImpactReport({
    community,
    members,
    workshops,
    decisions,
    history,
    charterHistory,
    meetings,
    surveys: surveyResults,
    stories,
    compass,
    measurements: autoMeasurements(impact, { meetings, decisions, surveys: surveyResults, stories }),
    language,
    now,
  });
  return renderAndRecord({
    deps,
    principal,
    communityId,
    model,
    // The report is written for sponsors: it never holds contact details, whoever downloads it.
    meta: { kind: 'impactReport', version: nextVersion(history), language, audience: 'sponsors', generatedAt: now },
    fileName: translate(language, 'doc.report.fileName', { name: model.cover.title, version: nextVersion(history) }),
  });
}
