import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from './apiDist.mjs';

/**
 * Gzipped size of the JavaScript the tab's first screen loads: entry and its preloads, plus the one catalog
 * (its own chunk, fetched before the first render) of the language in use.
 */
export function tabFirstScreen() {
  const dist = path.join(root, 'tab/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length;
  const catalogKb = (locale) => {
    const chunk = all.find((f) => new RegExp(`^${locale}-[\\w-]{8}\\.js$`).test(f));
    return chunk ? gz(`assets/${chunk}`) / 1024 : NaN;
  };
  const shell = files.reduce((a, f) => a + gz(f), 0) / 1024;
  return {
    firstKb: shell + catalogKb('fr'),
    catalogKb: { fr: catalogKb('fr'), en: catalogKb('en') },
    allKb: all.reduce((a, f) => a + gz(`assets/${f}`), 0) / 1024,
    chunks: all.length,
  };
}
