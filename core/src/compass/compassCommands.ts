import { assertNotArchived } from '../community/lifecycle';
import type { Principal } from '../community/community';
import type { CompassAnsweredView, CompassRunOpenedView, CompassView } from '../contract';
import { compassDimensions, compassMinRespondents, compassResponseInput, compassScores } from './compass';
import { NotFoundError } from '../errors';
import type { Stores } from '../stores';
import { parseInput } from '../validation/parseInput';
import { authorize } from '../community/access';
import { latestSatisfaction } from './compassSatisfaction';

/** Reads the compass of a community for one person, with the satisfaction survey's scores beside it. */
export async function readCompass(stores: Stores, principal: Principal, communityId: string): Promise<CompassView> {
  await authorize(stores, principal, communityId, 'community.read');
  const [runs, satisfaction] = await Promise.all([
    stores.compass.listRuns(principal.tenantId, communityId),
    latestSatisfaction(stores, principal.tenantId, communityId),
  ]);
  return {
    dimensions: compassDimensions.map((id) => ({
      id,
      statements: ['a', 'b', 'c'].map((s) => `${id}.${s}`),
      satisfaction: satisfaction?.scores[id] ?? null,
    })),
    satisfactionSurvey: satisfaction
      ? { id: satisfaction.survey.id, createdAt: satisfaction.survey.createdAt, respondents: satisfaction.respondents }
      : null,
    minRespondents: compassMinRespondents,
    runs: await Promise.all(
      runs.map(async (run) => {
        const [responses, mine] = await Promise.all([
          stores.compass.listResponses(principal.tenantId, communityId, run.number),
          stores.compass.getResponse(principal.tenantId, communityId, run.number, principal.userId),
        ]);
        return {
          number: run.number,
          openedAt: run.openedAt,
          respondents: responses.length,
          mine: mine ?? null,
          scores: compassScores(responses),
        };
      }),
    ),
  };
}

/** Opens a new compass run (facilitators). */
export async function openCompassRun(
  stores: Stores,
  principal: Principal,
  communityId: string,
  now: string,
): Promise<CompassRunOpenedView> {
  const { community } = await authorize(stores, principal, communityId, 'compass.open');
  assertNotArchived(community);
  const run = await stores.compass.openRun(principal.tenantId, communityId, {
    openedAt: now,
    openedBy: { userId: principal.userId, name: principal.name },
  });
  return { number: run.number };
}

/** Records (or replaces) my ratings for a run. */
export async function answerCompass(
  stores: Stores,
  principal: Principal,
  communityId: string,
  run: number,
  input: unknown,
): Promise<CompassAnsweredView> {
  await authorize(stores, principal, communityId, 'compass.respond');
  const { ratings } = parseInput(compassResponseInput, input);
  const runs = await stores.compass.listRuns(principal.tenantId, communityId);
  if (!runs.some((r) => r.number === run)) throw new NotFoundError();
  await stores.compass.putResponse(principal.tenantId, communityId, run, principal.userId, ratings);
  return { number: run, respondents: (await stores.compass.listResponses(principal.tenantId, communityId, run)).length };
}
