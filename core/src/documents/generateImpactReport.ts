import { authorize } from '../community/access';
import type { Community, Principal } from '../community/community';
import { compassScores } from '../compass/compass';
import { translate } from '../i18n/translate';
import { can } from '../policies/can';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { nextVersion } from './charter/buildCharter';
import { impactReportQuery } from './charter/documentQuery';
import { anonymityThreshold } from './charter/impactChapter';
import { readWorkshops } from './charter/workshopData';
import { type DocumentFile, type GenerationContext, generateUnique, renderAndRecord } from './documentFile';
import { autoMeasurements } from './report/autoMeasurements';
import { gatherContributions } from './report/contributionSources';
import { buildImpactReport } from './report/buildImpactReport';
import type { CompassAssessment } from './report/impactReportInput';
import { reportMeetings } from './report/meetingInputs';
import { reportStories, reportSurveys } from './report/surveyInputs';

/**
 * Compass runs as the report needs them. Scores are computed only from the anonymity threshold, so a
 * small run reaches the report as a count alone.
 */
async function compassRuns(stores: Stores, tenantId: string, communityId: string, threshold: number): Promise<CompassAssessment[]> {
  const runs = await stores.compass.listRuns(tenantId, communityId);
  return Promise.all(
    runs.map(async (run) => {
      const responses = await stores.compass.listResponses(tenantId, communityId, run.number);
      return { date: run.openedAt, respondents: responses.length, scores: compassScores(responses, threshold) };
    }),
  );
}

/**
 * Writes and records the next version of the impact report (the caller checked access), from what is
 * stored: workshops, members, decisions, document records, compass runs, meetings held (with check-out
 * answers), surveys (aggregates only), consented stories and who contributed (counts only); indicators whose source Élan sees
 * (attendance, votes, pulses, stories) are measured from those.
 */
export function impactReportFile(
  ctx: GenerationContext,
  principal: Principal,
  community: Community,
  language: 'fr' | 'en',
): Promise<DocumentFile> {
  const { stores } = ctx;
  const { tenantId } = principal;
  const communityId = community.id;
  return generateUnique(ctx, async () => {
    const [members, workshops, decisions, history, charterHistory] = await Promise.all([
      stores.communities.listMembers(tenantId, communityId),
      stores.workshops.list(tenantId, communityId),
      stores.decisions.list(tenantId, communityId),
      stores.documents.list(tenantId, communityId, 'impactReport'),
      stores.documents.list(tenantId, communityId, 'charter'),
    ]);
    const { impact } = readWorkshops(workshops);
    const compass = await compassRuns(stores, tenantId, communityId, anonymityThreshold(impact));
    const surveys = await Promise.all(
      (await stores.surveys.list(tenantId, communityId)).map(async (survey) => ({
        survey,
        responses: await stores.surveys.listResponses(survey),
      })),
    );
    const eligible = members.filter((m) => can(m.role, 'survey.respond')).length;
    const storedMeetings = await stores.meetings.list(tenantId, communityId);
    const meetings = reportMeetings(storedMeetings, surveys, eligible);
    const surveyResults = reportSurveys(surveys, eligible, language);
    const stories = reportStories(surveys, language);
    const contributions = await gatherContributions(
      stores,
      tenantId,
      communityId,
      members.map((m) => m.userId),
      {
        meetings: storedMeetings,
        surveys: surveys.map((s) => s.survey),
      },
    );
    const now = ctx.now();
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
      contributions,
      language,
      now,
    });
    const version = nextVersion(history);
    return renderAndRecord(ctx, principal, communityId, {
      model,
      // The report is written for sponsors: it never holds contact details, whoever downloads it.
      meta: { kind: 'impactReport', version, language, audience: 'sponsors', generatedAt: now },
      name: translate(language, 'doc.report.fileName', { name: model.cover.title, version }),
    });
  });
}

/** Generates the impact report of a community for a facilitator or sponsor of it. */
export async function generateImpactReport(
  ctx: GenerationContext,
  principal: Principal,
  communityId: string,
  query: unknown,
): Promise<DocumentFile> {
  const { community } = await authorize(ctx.stores, principal, communityId, 'document.impactReport');
  const q = parseInput(impactReportQuery, query);
  return impactReportFile(ctx, principal, community, q.lang ?? community.language);
}
