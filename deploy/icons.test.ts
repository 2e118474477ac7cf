import fs from 'node:fs';
import path from 'node:path';
import { decodePng, pixelAt } from './testing/png';
import { readJson, root } from './testing/repo';

const manifest = readJson('appPackage/manifest.json');
const load = (name: string) => decodePng(fs.readFileSync(path.join(root, 'appPackage', name)));
const hex = (rgb: number[]) =>
  '#' +
  rgb
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

describe('colour icon', () => {
  const image = load(manifest.icons.color);

  it('is a 192×192 PNG', () => {
    expect([image.width, image.height]).toEqual([192, 192]);
    expect(image.chunks[0]).toBe('IHDR');
    expect(image.chunks.at(-1)).toBe('IEND');
  });

  it('is opaque, on the accent colour, with a white symbol', () => {
    const colours = new Map<string, number>();
    for (let y = 0; y < 192; y++)
      for (let x = 0; x < 192; x++) {
        const [r, g, b, a] = pixelAt(image, x, y);
        expect(a).toBe(255);
        const key = hex([r, g, b]);
        colours.set(key, (colours.get(key) ?? 0) + 1);
      }
    expect(hex(pixelAt(image, 0, 0).slice(0, 3))).toBe(manifest.accentColor.toUpperCase());
    expect(colours.get(manifest.accentColor.toUpperCase())!).toBeGreaterThan(192 * 192 * 0.5);
    expect(colours.get('#FFFFFF')!).toBeGreaterThan(192 * 192 * 0.1);
  });
});

describe('outline icon', () => {
  const image = load(manifest.icons.outline);
  const pixels = [...Array(32 * 32).keys()].map((i) => pixelAt(image, i % 32, Math.floor(i / 32)));

  it('is a 32×32 PNG', () => {
    expect([image.width, image.height]).toEqual([32, 32]);
  });

  it('is white only: every visible pixel is pure white, edges carried by transparency', () => {
    const visible = pixels.filter(([, , , a]) => a > 0);
    expect(visible.length).toBeGreaterThan(100);
    for (const [r, g, b] of visible) expect([r, g, b]).toEqual([255, 255, 255]);
  });

  it('has a transparent background', () => {
    const transparent = pixels.filter(([, , , a]) => a === 0).length;
    expect(transparent).toBeGreaterThan(32 * 32 * 0.4);
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ])
      expect(pixelAt(image, x!, y!)[3]).toBe(0);
    // The whole border is empty: the symbol does not touch the edges.
    for (let i = 0; i < 32; i++)
      for (const [x, y] of [
        [i, 0],
        [i, 31],
        [0, i],
        [31, i],
      ])
        expect(pixelAt(image, x!, y!)[3]).toBe(0);
  });
});

describe('the decoder itself', () => {
  it('rejects a corrupted file (a flipped byte breaks a chunk CRC)', () => {
    const file = Buffer.from(fs.readFileSync(path.join(root, 'appPackage', manifest.icons.outline)));
    file[40] = file[40]! ^ 0xff;
    expect(() => decodePng(file)).toThrow(/CRC/);
  });
});
