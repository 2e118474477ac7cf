import path from 'node:path/posix';
import { XMLValidator } from 'fast-xml-parser';
import { readZip } from './zipReader';

/** An unzipped .docx, with what tests need to look at. */
export interface Docx {
  files: Map<string, Buffer>;
  /** The XML of a part, as text. */
  xml(part: string): string;
  /** Every paragraph of the body, headers and footers, as plain text. */
  paragraphs: string[];
  /** PNG images in word/media. */
  images: Buffer[];
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each `<w:p>` in a WordprocessingML part. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] === undefined ? '\t' : unescape(m[1]))).join(''),
  );
}

/** Problems of the package itself: XML that is not well formed, parts without a content type, relationships to nothing. */
export function packageProblems(files: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  for (const [name, data] of files) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const result = XMLValidator.validate(data.toString('utf8'));
    if (result !== true) problems.push(`${name}: ${result.err.msg} (line ${result.err.line})`);
  }
  const types = files.get('[Content_Types].xml')?.toString('utf8');
  if (!types) return [...problems, 'no [Content_Types].xml'];
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1]!));
  for (const name of files.keys()) {
    if (name === '[Content_Types].xml' || name.endsWith('/')) continue;
    const ext = name.split('.').pop()!.toLowerCase();
    if (!overrides.has(`/${name}`) && !defaults.has(ext)) problems.push(`${name}: no content type`);
  }
  for (const part of overrides) if (!files.has(part.slice(1))) problems.push(`content type for missing part ${part}`);
  if (!files.has('_rels/.rels')) problems.push('no _rels/.rels');
  if (!files.has('word/_rels/document.xml.rels')) problems.push('no word/_rels/document.xml.rels');
  for (const [name, data] of files) {
    if (!name.endsWith('.rels')) continue;
    // A part's relationships live in <dir>/_rels/<part>.rels; their targets are relative to <dir>.
    const base = path.dirname(path.dirname(name));
    for (const rel of data.toString('utf8').matchAll(/<Relationship [^>]*>/g)) {
      if (/TargetMode="External"/.test(rel[0])) continue;
      const target = /Target="([^"]+)"/.exec(rel[0])?.[1];
      if (!target) {
        problems.push(`${name}: relationship without target`);
        continue;
      }
      const resolved = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(base === '.' ? '' : base, target));
      if (!files.has(resolved)) problems.push(`${name}: target ${target} (${resolved}) does not exist`);
    }
  }
  return problems;
}

/** Unzips a .docx and indexes its text. */
export function readDocx(bytes: Buffer): Docx {
  const files = readZip(bytes);
  const xml = (part: string) => {
    const data = files.get(part);
    if (!data) throw new Error(`no part ${part}`);
    return data.toString('utf8');
  };
  const textParts = [...files.keys()].filter((n) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(n)).sort();
  return {
    files,
    xml,
    paragraphs: textParts.flatMap((p) => paragraphTexts(xml(p))),
    images: [...files.entries()].filter(([n]) => /^word\/media\/.+\.png$/.test(n)).map(([, d]) => d),
  };
}

/** The PNG file signature. */
export const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Text that must never reach a reader. */
export const leakedPlaceholders = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b|\{\w+\}/;
