import { loadConfig } from '../config';
import { createDeps } from '../deps';
import { assertLocalModeIsSafe } from '../localModeGuard';
import { routeTable } from '../routeTable';
import { createLocalHost } from './localHost';
import { writeSpansAtExit } from './spansFile';

/** Runs the API + bot endpoint on the local host (used by `npm start`): `node api/dist/local/serve.js`. */
async function main(): Promise<void> {
  const config = loadConfig();
  assertLocalModeIsSafe(config);
  const port = Number(process.env['ELAN_API_PORT'] ?? 7071);
  // ELAN_TRACE_SPANS=<file>: the invoke path's spans are written there at exit (the bench's breakdown).
  const spansFile = process.env['ELAN_TRACE_SPANS'];
  if (spansFile) writeSpansAtExit(spansFile);
  const deps = await createDeps(config);
  const server = createLocalHost(routeTable, deps);
  // Loopback only: local mode trusts development tokens.
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  console.log(`api listening on http://localhost:${port}/api`);
  // The local stand-in for the Functions timer trigger.
  const every = Number(process.env['ELAN_TIMER_INTERVAL_MS'] ?? 60_000);
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    deps
      .runTimers()
      .catch((error: unknown) => console.error('timer run failed', error))
      .finally(() => (running = false));
  }, every);
  const stop = () => {
    clearInterval(timer);
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
