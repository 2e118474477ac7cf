import { type Audience, buildCharter, nextVersion } from '@elan/core/documents/charter/buildCharter';
import { charterQuery } from '@elan/core/documents/charter/documentQuery';
import { authorize } from '@elan/core/community/access';
import type { Principal } from '@elan/core/community/community';
import { ForbiddenError } from '@elan/core/errors';
import { translate } from '@elan/core/i18n/translate';
import { can } from '@elan/core/policies/can';
import { parseInput } from '@elan/core/validation/parseInput';
import type { Deps } from '../http/route';
import { type DocumentFile, renderAndRecord } from './documentFile';

/**
 * Generates the charter of a community for a member of it. Facilitators and members get the community's
 * copy by default, sponsors the copy without contact details (the only one they may have).
 */
export async function generateCharter(deps: Deps, principal: Principal, communityId: string, query: unknown): Promise<DocumentFile> {
  const { community, membership } = await authorize(deps.stores, principal, communityId, 'document.charter');
  const q = parseInput(charterQuery, query);
  const audience: Audience = q.audience ?? (can(membership.role, 'document.charterInternal') ? 'facilitators' : 'sponsors');
  if (audience === 'facilitators' && !can(membership.role, 'document.charterInternal')) throw new ForbiddenError();
  const language = q.lang ?? community.language;
  const { tenantId } = principal;
  const [members, roleChanges, workshops, decisions, history] = await Promise.all([
    deps.stores.communities.listMembers(tenantId, communityId),
    deps.stores.communities.listRoleChanges(tenantId, communityId),
    deps.stores.workshops.list(tenantId, communityId),
    deps.stores.decisions.list(tenantId, communityId),
    deps.stores.documents.list(tenantId, communityId, 'charter'),
  ]);
  const now = deps.now();
  // Sign-in names stay out of every copy: the annex prints names and roles only.
  const named = members.map(({ upn: _upn, ...m }) => m);
  const model = buildCharter({ community, members: named, roleChanges, workshops, decisions, history, language, audience, now });
  const name = model.cover.title;
  const version = nextVersion(history);
  return renderAndRecord({
    deps,
    principal,
    communityId,
    model,
    meta: { kind: 'charter', version, language, audience, generatedAt: now },
    fileName: translate(language, audience === 'sponsors' ? 'doc.charter.fileNameSponsors' : 'doc.charter.fileName', { name, version }),
  });
}
