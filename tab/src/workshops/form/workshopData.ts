import type { CommunityView, WorkshopView } from '@elan/core/contract';
import type { WorkshopNumber } from '@elan/core/workshops/registry';
import type { ApiClient } from '../../api/client';
import { getCommunity, getWorkshop } from '../../api/endpoints';

type WorkshopData = [CommunityView, WorkshopView];

// The reads of the workshop the address named when the tab started, for whom (see prefetchAtStart).
let atStart: { owner: string; key: string; data: Promise<WorkshopData> } | undefined;
// Reads started by a workshop page for its editor, by `communityId/n`; each is taken once.
const started = new Map<string, { api: ApiClient; data: Promise<WorkshopData> }>();

const keyOf = (communityId: string, n: WorkshopNumber) => `${communityId}/${n}`;

function read(api: ApiClient, communityId: string, n: WorkshopNumber): Promise<WorkshopData> {
  const data = Promise.all([getCommunity(api, communityId), getWorkshop(api, communityId, n)]);
  // Whoever takes it handles a failure; an untaken one must not be an unhandled rejection.
  data.catch(() => undefined);
  return data;
}

/**
 * main.tsx, once the config and the host are known: starts reading the workshop the address names, before the
 * first render. Only the first workshop page to open may take it, and only for the same person (`owner`).
 */
export function prefetchAtStart(owner: string, api: ApiClient, communityId: string, n: WorkshopNumber): void {
  atStart = { owner, key: keyOf(communityId, n), data: read(api, communityId, n) };
}

/**
 * Starts reading the community and workshop `n` as the page opens (or adopts the reads started with the tab),
 * so the reads overlap the download of the editor, which would otherwise start them only once it is there.
 * A new visit replaces an untaken read.
 */
export function prefetchWorkshopData(owner: string, api: ApiClient, communityId: string, n: WorkshopNumber): void {
  const key = keyOf(communityId, n);
  const start = atStart;
  atStart = undefined;
  const data = start && start.owner === owner && start.key === key ? start.data : read(api, communityId, n);
  started.set(key, { api, data });
}

/** The reads the page started for the same client, once; otherwise (a retry, another client) new ones. */
export function workshopData(api: ApiClient, communityId: string, n: WorkshopNumber): Promise<WorkshopData> {
  const key = keyOf(communityId, n);
  const early = started.get(key);
  started.delete(key);
  return early && early.api === api ? early.data : read(api, communityId, n);
}
