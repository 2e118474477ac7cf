import { createCommunity } from '@elan/core/community/createCommunity';
import { readCommunity } from '@elan/core/community/readCommunity';
import { readRetention, updateCommunitySettings } from '@elan/core/privacy/retentionCommands';
import { eraseCommunity, exportCommunity, exportQuery } from '@elan/core/privacy/privacyCommands';
import { parseInput } from '@elan/core/validation/parseInput';
import { authenticated, idParam } from '../http/handle';
import { readJson } from '../http/readJson';
import { json } from '../http/respond';
import type { Route } from '../http/route';
import { changeLifecycle } from '@elan/core/community/lifecycleCommands';
import { confirmLifePhase } from '@elan/core/community/lifePhaseCommands';
import { attachment } from '../documents/contentDisposition';
import { exportZip } from '../privacy/exportZip';

/** `POST /api/communities`: create; the creator becomes facilitator. */
export const createCommunityRoute: Route = {
  name: 'createCommunity',
  methods: ['POST'],
  route: 'communities',
  handler: authenticated(async ({ req, deps, principal }) => {
    const input = await readJson(req);
    const community = await createCommunity({ stores: deps.stores, principal, input, id: deps.newId(), now: deps.now() });
    const view = await readCommunity(deps.stores, principal, community.id, deps.now());
    return json(201, view, { location: `/api/communities/${community.id}` });
  }),
};

/**
 * `GET /api/communities/{id}`: the community with my role and workshop progress (and, for facilitators, its
 * retention); `PATCH` changes its settings
 * (body `{retentionMonths}`, facilitators); `DELETE` erases it all (body `{confirmName}`).
 */
export const readCommunityRoute: Route = {
  name: 'readCommunity',
  methods: ['GET', 'PATCH', 'DELETE'],
  route: 'communities/{id}',
  handler: authenticated(async ({ req, deps, principal }) => {
    const communityId = idParam(req, 'id');
    if (req.method === 'DELETE') {
      await eraseCommunity(deps.stores, principal, communityId, await readJson(req));
      return { status: 204 };
    }
    if (req.method === 'PATCH')
      return json(200, await updateCommunitySettings(deps.stores, deps.retention, principal, communityId, await readJson(req)));
    const view = await readCommunity(deps.stores, principal, communityId, deps.now());
    // Facilitators also see when the community would be erased (they may change it, or erase it now).
    if (view.role !== 'facilitator') return json(200, view);
    return json(200, { ...view, retention: await readRetention(deps.stores, deps.retention, principal, communityId) });
  }),
};

/** `GET /api/communities/{id}/export?format=json|zip`: everything the community holds, as JSON or a ZIP of JSON + CSV (facilitators). */
export const exportCommunityRoute: Route = {
  name: 'exportCommunity',
  methods: ['GET'],
  route: 'communities/{id}/export',
  handler: authenticated(async ({ req, deps, principal }) => {
    const { format } = parseInput(exportQuery, { format: req.query.get('format') ?? undefined });
    const data = await exportCommunity(deps.stores, principal, idParam(req, 'id'), deps.now());
    if (format === 'zip') {
      const bytes = exportZip(data);
      return {
        status: 200,
        body: bytes,
        headers: {
          'content-type': 'application/zip',
          'content-disposition': attachment(`elan-export-${data.community.id}.zip`),
          'content-length': String(bytes.length),
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        },
      };
    }
    return json(200, data, { 'content-disposition': `attachment; filename="elan-export-${data.community.id}.json"` });
  }),
};

/**
 * `PUT /api/communities/{id}/lifecycle` (`{stage}`): a facilitator moves the community to closing (the closing
 * ritual's card is posted in its channels), archived (readable, nothing new starts) or back to active.
 */
export const lifecycleRoute: Route = {
  name: 'lifecycle',
  methods: ['PUT'],
  route: 'communities/{id}/lifecycle',
  handler: authenticated(
    async ({ req, deps, principal }) => {
      const communityId = idParam(req, 'id');
      const { lifecycle, closing } = await changeLifecycle({
        stores: deps.stores,
        principal,
        communityId,
        input: await readJson(req),
        now: deps.now(),
      });
      const posted = closing ? await deps.announcer.communityNews(principal.tenantId, communityId, closing) : 0;
      return json(200, { lifecycle, posted });
    },
    (current) => ({ lifecycle: current }),
  ),
};

/**
 * `PUT /api/communities/{id}/phase` (`{phase}`): a facilitator confirms the community's life phase (preparation,
 * startUp, growth, reorientation), Élan's suggestion or another; answers the phase as `GET` shows it. 412 with
 * `current` when another facilitator confirmed one in between.
 */
export const lifePhaseRoute: Route = {
  name: 'lifePhase',
  methods: ['PUT'],
  route: 'communities/{id}/phase',
  handler: authenticated(
    async ({ req, deps, principal }) => {
      const lifePhase = await confirmLifePhase({
        stores: deps.stores,
        principal,
        communityId: idParam(req, 'id'),
        input: await readJson(req),
        now: deps.now(),
      });
      return json(200, { lifePhase });
    },
    (current) => ({ lifePhase: current }),
  ),
};
