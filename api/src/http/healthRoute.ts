import { anonymous } from './handle';
import { isStorageDown, json } from './respond';
import type { Route } from './route';

/** `GET /api/health`: 200 when storage answers, 503 when it does not. */
export const healthRoute: Route = {
  name: 'health',
  methods: ['GET'],
  route: 'health',
  handler: anonymous(async (_req, deps) => {
    try {
      for await (const _page of deps.tables.communities.listEntities().byPage({ maxPageSize: 1 })) break;
      return json(200, { status: 'ok', storage: 'ok' });
    } catch (error) {
      if (!isStorageDown(error)) throw error;
      return json(503, { status: 'degraded', storage: 'unavailable' }, { 'retry-after': '5' });
    }
  }),
};
