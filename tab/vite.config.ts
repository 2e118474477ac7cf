import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const coreSrc = fileURLToPath(new URL('../core/src', import.meta.url));

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
  plugins: [react(), devRuntimeConfig()],
  resolve: { alias: [{ find: /^@elan\/core\/(.*)$/, replacement: `${coreSrc}/$1` }] },
  server: { port: 53000, strictPort: false },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
});
