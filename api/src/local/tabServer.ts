import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** What the tab reads from `/config.json` at start, so one build serves any port. */
export interface TabRuntimeConfig {
  apiBase: string;
  env: string;
}

/** Serves the built tab (`tab/dist`) and its runtime config; unknown paths fall back to index.html. */
export function createTabServer(distDir: string, runtime: TabRuntimeConfig): http.Server {
  const root = path.resolve(distDir);
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': types['.json']!, 'cache-control': 'no-store' });
      return res.end(JSON.stringify(runtime));
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    // Never serve outside the build folder.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
    const ext = path.extname(file);
    const hashed = url.pathname.startsWith('/assets/');
    res.writeHead(200, {
      'content-type': types[ext] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  });
}
