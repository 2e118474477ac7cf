import type { TeamsUser } from './pollActivities';
import type { TestApp } from './testApp';

/**
 * Creates a community as `token`'s holder, adds `members` (as the roster would) and saves workshop 4's
 * `rules` through the API, as a facilitator does; returns the community's id.
 */
export async function communityWithRules(
  app: TestApp,
  token: string,
  name: string,
  rules: Record<string, unknown>,
  members: readonly TeamsUser[] = [],
): Promise<string> {
  const { body } = await app.call('POST', '/api/communities', { token, body: { name } });
  for (const m of members)
    await app.deps.stores.communities.putMember('local-tenant', body.id, { userId: m.aadObjectId, name: m.name, role: 'member' });
  const w4 = await app.call('GET', `/api/communities/${body.id}/workshops/4`, { token });
  const saved = await app.call('PUT', `/api/communities/${body.id}/workshops/4`, {
    token,
    body: rules,
    headers: { 'if-match': w4.body.etag },
  });
  if (saved.status !== 200) throw new Error(`workshop 4 not saved: ${saved.status} ${JSON.stringify(saved.body)}`);
  return body.id;
}
