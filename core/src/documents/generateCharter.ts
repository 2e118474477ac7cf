import { authorize } from '../community/access';
import type { Community, Principal } from '../community/community';
import { ForbiddenError } from '../errors';
import { translate } from '../i18n/translate';
import { can } from '../policies/can';
import { parseInput } from '../validation/parseInput';
import { type Audience, buildCharter, nextVersion } from './charter/buildCharter';
import { charterQuery } from './charter/documentQuery';
import { type DocumentFile, type GenerationContext, generateUnique, renderAndRecord } from './documentFile';

/** Which copy of the charter to write. */
export interface CharterOptions {
  language: 'fr' | 'en';
  audience: Audience;
}

/**
 * Writes and records the next version of a community's charter (the caller checked access). Reads and
 * numbers again after a lost race, so the printed version is the recorded one.
 */
export function charterFile(
  ctx: GenerationContext,
  principal: Principal,
  community: Community,
  options: CharterOptions,
): Promise<DocumentFile> {
  const { tenantId } = principal;
  const communityId = community.id;
  const { language, audience } = options;
  return generateUnique(ctx, async () => {
    const [members, roleChanges, workshops, decisions, history, meetings] = await Promise.all([
      ctx.stores.communities.listMembers(tenantId, communityId),
      ctx.stores.communities.listRoleChanges(tenantId, communityId),
      ctx.stores.workshops.list(tenantId, communityId),
      ctx.stores.decisions.list(tenantId, communityId),
      ctx.stores.documents.list(tenantId, communityId, 'charter'),
      ctx.stores.meetings.list(tenantId, communityId),
    ]);
    const now = ctx.now();
    // Sign-in names stay out of every copy: the annex prints names and roles only.
    const named = members.map(({ upn: _upn, ...m }) => m);
    const model = buildCharter({
      community,
      members: named,
      roleChanges,
      workshops,
      decisions,
      meetings,
      history,
      language,
      audience,
      now,
    });
    const version = nextVersion(history);
    const key = audience === 'sponsors' ? 'doc.charter.fileNameSponsors' : 'doc.charter.fileName';
    return renderAndRecord(ctx, principal, communityId, {
      model,
      meta: { kind: 'charter', version, language, audience, generatedAt: now },
      name: translate(language, key, { name: model.cover.title, version }),
    });
  });
}

/**
 * Generates the charter of a community for a member of it. Facilitators and members get the community's
 * copy by default, sponsors the copy without contact details (the only one they may have).
 */
export async function generateCharter(
  ctx: GenerationContext,
  principal: Principal,
  communityId: string,
  query: unknown,
): Promise<DocumentFile> {
  const { community, membership } = await authorize(ctx.stores, principal, communityId, 'document.charter');
  const q = parseInput(charterQuery, query);
  const internal = can(membership.role, 'document.charterInternal');
  const audience: Audience = q.audience ?? (internal ? 'facilitators' : 'sponsors');
  if (audience === 'facilitators' && !internal) throw new ForbiddenError();
  return charterFile(ctx, principal, community, { language: q.lang ?? community.language, audience });
}
