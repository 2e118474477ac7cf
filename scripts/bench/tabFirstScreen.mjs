import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from './apiDist.mjs';

/** Gzipped size of the JavaScript the tab's first screen loads (entry and its preloads). */
export function tabFirstScreen() {
  const dist = path.join(root, 'tab/dist');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f))).length;
  return {
    firstKb: files.reduce((a, f) => a + gz(f), 0) / 1024,
    allKb: all.reduce((a, f) => a + gz(`assets/${f}`), 0) / 1024,
    chunks: all.length,
  };
}
