import zlib from 'node:zlib';

export interface Image {
  width: number;
  height: number;
  /** RGBA, 8 bits per channel, row after row. */
  pixels: Buffer;
  /** Chunk types in file order. */
  chunks: string[];
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Decodes a non-interlaced 8-bit PNG (greyscale, RGB, palette, grey+alpha or RGBA) into RGBA,
 * checking the signature and every chunk's CRC. Enough for any icon a designer would hand in.
 */
export function decodePng(file: Buffer): Image {
  if (!file.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  const chunks: string[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.toString('latin1', offset + 4, offset + 8);
    const data = file.subarray(offset + 8, offset + 8 + length);
    if (crc32(file.subarray(offset + 4, offset + 8 + length)) !== file.readUInt32BE(offset + 8 + length))
      throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`bit depth ${data[8]} is not supported by this decoder`);
      colorType = data[9]!;
      if (data[12] !== 0) throw new Error('interlaced PNGs are not supported by this decoder');
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`colour type ${colorType} is not supported`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown filter ${filter}`);
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = rows.subarray(i * channels, (i + 1) * channels);
    let rgba: number[];
    if (colorType === 6) rgba = [...s];
    else if (colorType === 2) rgba = [s[0]!, s[1]!, s[2]!, 255];
    else if (colorType === 0) rgba = [s[0]!, s[0]!, s[0]!, 255];
    else if (colorType === 4) rgba = [s[0]!, s[0]!, s[0]!, s[1]!];
    else {
      const index = s[0]!;
      if (!palette) throw new Error('palette image without PLTE');
      rgba = [palette[index * 3]!, palette[index * 3 + 1]!, palette[index * 3 + 2]!, transparency?.[index] ?? 255];
    }
    pixels.set(rgba, i * 4);
  }
  return { width, height, pixels, chunks };
}

/** The RGBA of one pixel. */
export const pixelAt = (image: Image, x: number, y: number): [number, number, number, number] => {
  const i = (y * image.width + x) * 4;
  return [image.pixels[i]!, image.pixels[i + 1]!, image.pixels[i + 2]!, image.pixels[i + 3]!];
};
