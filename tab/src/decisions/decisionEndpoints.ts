import type { DecisionView } from '@elan/core/contract';
import type { ApiClient } from '../api/client';

/**
 * `PUT /api/communities/{id}/decisions/{number}/statement`: writes the outcome statement; `etag` is the
 * statement's version when rewriting one (the API answers 412 with the stored decision when it moved on).
 */
export async function writeOutcome(
  api: ApiClient,
  communityId: string,
  number: number,
  statement: { text: string; reviewOn: string | null },
  etag: string | undefined,
): Promise<DecisionView> {
  const path = `/api/communities/${encodeURIComponent(communityId)}/decisions/${number}/statement`;
  const res = await api.request<DecisionView>('PUT', path, { body: statement, ...(etag ? { ifMatch: etag } : {}) });
  return { ...res.data, statementEtag: res.data.statementEtag ?? res.etag };
}
