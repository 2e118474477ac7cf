import type { Lifecycle, LifecycleStage } from '@elan/core/community/lifecycle';
import type { ApiClient } from '../api/client';

const community = (id: string) => `/api/communities/${encodeURIComponent(id)}`;

/** `PUT …/lifecycle`: the stage stored, and how many channels got the closing card (when closing). */
export interface LifecycleChangedView {
  lifecycle: Lifecycle;
  posted: number;
}

/** A facilitator moves the community to another stage of its life. */
export async function changeLifecycle(api: ApiClient, id: string, stage: LifecycleStage): Promise<LifecycleChangedView> {
  return (await api.request<LifecycleChangedView>('PUT', `${community(id)}/lifecycle`, { body: { stage } })).data;
}

/** The legacy document's path (what the community leaves behind), in a language. */
export function legacyPath(id: string, lang: 'fr' | 'en'): string {
  return `${community(id)}/legacy.docx?lang=${lang}`;
}
