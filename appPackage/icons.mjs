// Draws Élan's two Teams icons and writes them as PNG with node:zlib only (no image library):
//   color.png   192×192, opaque: a white "É" on the accent colour;
//   outline.png  32×32, transparent background, white only (alpha carries the anti-aliasing).
// Run `node appPackage/icons.mjs` after changing the drawing; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { crc32 } from '../scripts/package.mjs';

/** The manifest's accentColor; the colour icon's background. */
export const accent = [0x1f, 0x6f, 0x8b];

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (width × height × 4 bytes) as an 8-bit RGBA PNG, filter 0 on every row. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The glyph on a 32-unit grid: an "É" built from bars, its acute accent a slanted parallelogram.
 * Returns whether the point (in grid units) is inside the glyph.
 */
function inGlyph(x, y) {
  const rect = (x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;
  const stem = rect(8, 9, 12, 28);
  const top = rect(8, 9, 24, 13);
  const middle = rect(8, 16, 21, 20);
  const bottom = rect(8, 24, 24, 28);
  // Accent: a bar rising to the right, between y = 2 and y = 7.
  const accentBar = y >= 2 && y < 7 && x - (22 - (y - 2) * 0.9) <= 0 && x - (17 - (y - 2) * 0.9) >= 0;
  return stem || top || middle || bottom || accentBar;
}

/** Coverage of one pixel by the glyph, by 4×4 supersampling, for a glyph scaled to `size` pixels. */
function coverage(px, py, size) {
  const scale = 32 / size;
  let hits = 0;
  for (let sy = 0; sy < 4; sy++)
    for (let sx = 0; sx < 4; sx++) if (inGlyph((px + (sx + 0.5) / 4) * scale, (py + (sy + 0.5) / 4) * scale)) hits++;
  return hits / 16;
}

/** 192×192, opaque accent background, white glyph (blended at the edges). */
export function drawColor() {
  const size = 192;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = coverage(x, y, size);
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(accent[c] * (1 - a) + 255 * a);
      rgba[i + 3] = 255;
    }
  return encodePng(size, size, rgba);
}

/** 32×32, transparent background, pure white glyph whose edges are carried by alpha only. */
export function drawOutline() {
  const size = 32;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const a = Math.round(coverage(x, y, size) * 255);
      if (a === 0) continue; // fully transparent black
      rgba.fill(255, (y * size + x) * 4, (y * size + x) * 4 + 3);
      rgba[(y * size + x) * 4 + 3] = a;
    }
  return encodePng(size, size, rgba);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  fs.writeFileSync(path.join(dir, 'color.png'), drawColor());
  fs.writeFileSync(path.join(dir, 'outline.png'), drawOutline());
  console.log('Wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32).');
}
