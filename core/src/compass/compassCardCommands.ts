import { z } from 'zod';
import type { CardFor } from '../adaptiveCards/tabLinks';
import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import type { CompassAnsweredView } from '../contract';
import { NotFoundError } from '../errors';
import type { Locale } from '../i18n/translate';
import { type Action, can } from '../policies/can';
import type { Stores } from '../stores';
import { type CompassRatings, compassStatements } from './compass';
import { compassRunCard, ratingInputId } from './compassCard';
import { answerCompass } from './compassCommands';

/** The part of a compass card or dialog action's data that says which run it is about; the rest are inputs. */
export const compassActionTarget = z.looseObject({
  communityId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
  run: z.number().int().min(1).max(999_999),
});
export type CompassTarget = Pick<z.infer<typeof compassActionTarget>, 'communityId' | 'run'>;

/** A run as one person sees it from the channel's card: how many answered, and their own ratings. */
export interface CompassRunAsMember {
  run: number;
  respondents: number;
  mine: CompassRatings | null;
  /** Whether this person answers the compass (sponsors see the count only). */
  mayAnswer: boolean;
}

/**
 * Reads one run for the person acting on its card: anyone in the community sees the count (`community.read`), only
 * those who answer it get the form (`compass.respond`); outsiders and unknown runs get 404.
 */
export async function viewCompassRun(
  stores: Stores,
  principal: Principal,
  { communityId, run }: CompassTarget,
  action: Extract<Action, 'community.read' | 'compass.respond'> = 'community.read',
): Promise<CompassRunAsMember> {
  const { membership } = await authorize(stores, principal, communityId, action);
  const runs = await stores.compass.listRuns(principal.tenantId, communityId);
  if (!runs.some((r) => r.number === run)) throw new NotFoundError();
  const [responses, mine] = await Promise.all([
    stores.compass.listResponses(principal.tenantId, communityId, run),
    stores.compass.getResponse(principal.tenantId, communityId, run, principal.userId),
  ]);
  return { run, respondents: responses.length, mine: mine ?? null, mayAnswer: can(membership.role, 'compass.respond') };
}

/**
 * The ratings a dialog's form sent, as `answerCompass` reads them: Teams sends each chosen rating as a string
 * ("4"), an untouched choice as absent or empty. Anything else is handed on as is, for the schema to refuse.
 */
export function ratingsOfCard(data: Record<string, unknown>): { ratings: Record<string, unknown> } {
  const ratings: Record<string, unknown> = {};
  for (const statement of compassStatements) {
    const value = data[ratingInputId(statement)];
    if (value === undefined || value === '') continue;
    ratings[statement] = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  }
  return { ratings };
}

/** Records a person's ratings from the dialog through the tab's own command: the same checks, one response each. */
export function answerCompassCard(
  stores: Stores,
  principal: Principal,
  { communityId, run }: CompassTarget,
  cardData: Record<string, unknown>,
): Promise<CompassAnsweredView> {
  return answerCompass(stores, principal, communityId, run, ratingsOfCard(cardData));
}

/** The channel's card of a run, built for each channel it goes to. */
export function compassRunPost(locale: Locale, communityId: string, run: number, respondents: number): CardFor {
  return (links) => compassRunCard({ locale, communityId, run, respondents, links });
}

/** `POST …/compass/runs` (201): the run opened and how many channels its card went to. */
export interface CompassRunAnnouncedView {
  number: number;
  posted: number;
}

/**
 * Posts a newly opened run's card to the community's linked channels, in the community's language. The run is open
 * whatever happens to the post (the announcer logs failures and counts them as none).
 */
export async function announceCompassRun(
  stores: Stores,
  post: (tenantId: string, communityId: string, card: CardFor) => Promise<number>,
  tenantId: string,
  communityId: string,
  run: number,
): Promise<CompassRunAnnouncedView> {
  const community = await stores.communities.get(tenantId, communityId);
  if (!community) return { number: run, posted: 0 };
  return { number: run, posted: await post(tenantId, communityId, compassRunPost(community.language, communityId, run, 0)) };
}
