import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { catalogSwap } from './src/i18n/catalogSwap';
import { firstCatalogSource, workshopCatalogSource } from './src/i18n/firstCatalogSource';

const coreSrc = fileURLToPath(new URL('../core/src', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Swaps core's catalogs record (both languages, for servers) for the tab's, filled on demand, so each catalog
 * is a chunk of its own. A plugin rather than a `resolve.alias` entry, because an alias matches specifiers and
 * core imports this file as `./catalogs`, which could mean another file elsewhere: this matches the resolved file.
 */
function catalogsOnDemand(): Plugin {
  const server = path.join(repoRoot, catalogSwap.server);
  const tab = path.join(repoRoot, catalogSwap.tab);
  return {
    name: 'elan-catalogs-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/(^|\/)catalogs(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && path.normalize(resolved.id) === server ? tab : resolved;
    },
  };
}

/**
 * Builds tab/src/i18n/firstCatalog.{fr,en}.ts and workshopCatalogs.{fr,en}.ts from the parts they name alone: as
 * written, they take the whole catalog and pick their parts (fine for tests), which would put every part in
 * their chunks.
 */
function catalogStepChunks(): Plugin {
  const sources = new Map(
    (['fr', 'en'] as const).flatMap((l) => {
      const registry = { file: path.join(repoRoot, `core/src/i18n/${l}.ts`), record: `${l}Parts` };
      return [
        [path.join(repoRoot, `tab/src/i18n/firstCatalog.${l}.ts`), { registry, source: firstCatalogSource }],
        [path.join(repoRoot, `tab/src/i18n/workshopCatalogs.${l}.ts`), { registry, source: workshopCatalogSource }],
      ] as const;
    }),
  );
  return {
    name: 'elan-catalog-step-chunks',
    enforce: 'pre',
    load(id) {
      const built = sources.get(path.normalize(id));
      if (!built) return null;
      this.addWatchFile(built.registry.file);
      return built.source(built.registry.file, built.registry.record);
    },
  };
}

/**
 * In `vite dev` nobody else serves `/config.json`, so answer it here from ELAN_API_BASE.
 * The built tab gets its config from the static server of `npm start` (or the hosting), never from the bundle.
 */
function devRuntimeConfig(): Plugin {
  return {
    name: 'elan-dev-runtime-config',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ apiBase: process.env['ELAN_API_BASE'] ?? 'http://localhost:7071', env: 'local' }));
      });
    },
  };
}

export default defineConfig({
  plugins: [catalogsOnDemand(), catalogStepChunks(), react(), devRuntimeConfig()],
  resolve: { alias: [{ find: /^@elan\/core\/(.*)$/, replacement: `${coreSrc}/$1` }] },
  server: { port: 53000, strictPort: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true, manifest: true },
});
