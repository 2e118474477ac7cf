import { authorize } from '../community/access';
import type { Principal } from '../community/community';
import { translate } from '../i18n/translate';
import { notebookForReader, notebookRulesOf } from '../notebooks/notebookAccess';
import { parseInput } from '../validation/parseInput';
import type { RitualsDraft } from '../workshops/rituals';
import { nextVersion } from './charter/buildCharter';
import { impactReportQuery } from './charter/documentQuery';
import { type DocumentFile, type GenerationContext, generateUnique, renderAndRecord } from './documentFile';
import { buildLegacy } from './legacy/buildLegacy';

/**
 * Writes and records the next version of the legacy document, for anyone in the community: the notebooks enter it
 * as a sponsor reads them (approved, public summary and resources only), so it holds nothing private.
 */
export async function generateLegacy(
  ctx: GenerationContext,
  principal: Principal,
  communityId: string,
  query: unknown,
): Promise<DocumentFile> {
  const { community } = await authorize(ctx.stores, principal, communityId, 'community.read');
  const language = parseInput(impactReportQuery, query).lang ?? community.language;
  const { stores } = ctx;
  const { tenantId } = principal;
  return generateUnique(ctx, async () => {
    const [workshops, notebooks, decisions, meetings, members, history] = await Promise.all([
      stores.workshops.list(tenantId, communityId),
      stores.notebooks.list(tenantId, communityId),
      stores.decisions.list(tenantId, communityId),
      stores.meetings.list(tenantId, communityId),
      stores.communities.listMembers(tenantId, communityId),
      stores.documents.list(tenantId, communityId, 'legacy'),
    ]);
    const rules = notebookRulesOf((workshops.find((w) => w.n === 3)?.data ?? {}) as RitualsDraft);
    const visible = notebooks.flatMap((n) => notebookForReader(n, 'sponsor', rules) ?? []);
    const version = nextVersion(history);
    const now = ctx.now();
    const model = buildLegacy({
      community,
      workshops,
      notebooks: visible,
      decisions,
      meetings,
      members: members.filter((m) => m.role !== 'sponsor').length,
      version,
      language,
      now,
    });
    return renderAndRecord(ctx, principal, communityId, {
      model,
      meta: { kind: 'legacy', version, language, audience: 'sponsors', generatedAt: now },
      name: translate(language, 'doc.legacy.fileName', { name: model.cover.title, version }),
    });
  });
}
