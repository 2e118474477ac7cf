import { app, type HttpRequest } from '@azure/functions';
import { loadConfig } from './config';
import { createDeps } from './deps';
import type { Deps } from './http/route';
import { assertLocalModeIsSafe } from './localModeGuard';
import { routeTable } from './routeTable';

/** Azure Functions entry (v4 programming model): registers the same route table the local host serves. */
const config = loadConfig();
assertLocalModeIsSafe(config);

let deps: Promise<Deps> | undefined;
// Built on first request, and rebuilt after a failure so a storage outage at cold start is not permanent.
function getDeps(): Promise<Deps> {
  deps ??= createDeps(config).catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  return deps;
}

// Poll deadlines and reminders, ritual cards, survey deadlines, owed roster reads and retention; overlapping runs on several
// instances are safe (closes, reminders and ritual cards are claimed, erasure re-checks before it deletes).
app.timer('pollTimers', {
  schedule: '0 */5 * * * *',
  handler: async () => {
    await (await getDeps()).runTimers();
  },
});

for (const route of routeTable) {
  app.http(route.name, {
    methods: route.methods,
    route: route.route,
    authLevel: 'anonymous',
    handler: async (req: HttpRequest) => route.handler(req, await getDeps()),
  });
}
