import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Principal } from '@elan/core/community/community';
import { signDevToken } from '../auth/devIssuer';
import { type Config, azuriteConnectionString, loadConfig } from '../config';
import { createDeps } from '../deps';
import type { Deps } from '../http/route';
import { createLocalHost } from '../local/localHost';
import { type AzuriteHandle, freePort, startAzurite } from '../local/azurite';
import { routeTable } from '../routeTable';
import { startedPerFile } from './perFile';

/** A running API on a real Azurite, for integration tests. */
export interface TestApp {
  baseUrl: string;
  deps: Deps;
  azurite: AzuriteHandle;
  dataDir: string;
  /** Signs a local development token. */
  token(who: Partial<Principal> & { userId: string }): string;
  /** Calls the API with JSON, a token and a language. */
  call(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

/** Starts Azurite and the local host on free ports, in local mode unless `env` says otherwise. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'elan-test-'));
  const azurite = await startAzurite(path.join(dataDir, 'azurite'));
  const config: Config = loadConfig({
    ELAN_ENV: 'local',
    ELAN_DATA_DIR: dataDir,
    ELAN_STORAGE: azuriteConnectionString(azurite.port),
    ELAN_TAB_URL: 'http://localhost:53000',
    // Outside local mode the ballot key must be configured, as in Azure.
    ...(env['ELAN_ENV'] && env['ELAN_ENV'] !== 'local' ? { ELAN_BALLOT_KEY: Buffer.alloc(32, 7).toString('base64') } : {}),
    ...env,
  });
  const deps = await createDeps(config);
  const server: http.Server = createLocalHost(routeTable, deps);
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  const app: TestApp = {
    baseUrl,
    deps,
    azurite,
    dataDir,
    token: (who) => {
      if (!deps.devKeys) throw new Error('no dev keys outside local mode');
      return signDevToken(deps.devKeys, { tenantId: 'local-tenant', name: who.userId, ...who });
    },
    call: async (method, urlPath, opts = {}) => {
      const headers: Record<string, string> = { 'accept-language': 'en', ...opts.headers };
      if (opts.token) headers['authorization'] = `Bearer ${opts.token}`;
      let body: string | undefined = opts.raw;
      if (opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] = 'application/json';
      }
      const res = await fetch(baseUrl + urlPath, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The test may have restarted Azurite: stop whichever is current.
      await app.azurite.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return app;
}

/** A test app started before this file's tests and stopped after (see `startedPerFile`). */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  return startedPerFile(
    () => startTestApp(env),
    (app) => app.stop(),
  );
}
