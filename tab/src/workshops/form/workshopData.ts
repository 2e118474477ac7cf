import type { CommunityView, WorkshopView } from '@elan/core/contract';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { ApiClient } from '../../api/client';
import { getCommunity, getWorkshop } from '../../api/endpoints';

type WorkshopData = [CommunityView, WorkshopView];

// Reads started by a workshop page for its editor, by `communityId/n`; each is taken once.
const started = new Map<string, { api: ApiClient; data: Promise<WorkshopData> }>();

const read = (api: ApiClient, communityId: string, n: WorkshopNumber): Promise<WorkshopData> =>
  Promise.all([getCommunity(api, communityId), getWorkshop(api, communityId, n)]);

/**
 * Starts reading the community and workshop `n` as the page opens, so the reads overlap the download of the
 * editor (which would otherwise start them only once it is there). A new visit replaces an untaken read.
 */
export function prefetchWorkshopData(api: ApiClient, communityId: string, n: WorkshopNumber): void {
  const data = read(api, communityId, n);
  // Whoever takes it handles a failure; an untaken one must not be an unhandled rejection.
  data.catch(() => undefined);
  started.set(`${communityId}/${n}`, { api, data });
}

/** The reads the page started for the same client, once; otherwise (a retry, another client) new ones. */
export function workshopData(api: ApiClient, communityId: string, n: WorkshopNumber): Promise<WorkshopData> {
  const key = `${communityId}/${n}`;
  const early = started.get(key);
  started.delete(key);
  return early && early.api === api ? early.data : read(api, communityId, n);
}
