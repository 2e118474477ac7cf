// Prints the gzipped size of the JavaScript the first screen loads: the entry script of dist/index.html and
// every module it preloads (Vite lists the entry's static imports as modulepreload links). Lazy chunks are
// not counted. Exits 1 above the budget (250 KB gzipped).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
const budget = 250 * 1024;
let total = 0;
for (const file of files) {
  const size = gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const everything = all.reduce((sum, f) => sum + gzipSync(fs.readFileSync(path.join(dist, 'assets', f)), { level: 9 }).length, 0);
console.log(
  `first screen: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files (budget ${budget / 1024} KB); all chunks: ${(everything / 1024).toFixed(1)} KB in ${all.length} files`,
);
if (total > budget) process.exit(1);
