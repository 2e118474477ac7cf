import fs from 'node:fs';
import path from 'node:path';
import { isFirstCatalogPart } from './firstCatalogParts';

/**
 * For the build (tab/vite.config.ts): the source of a module exporting `firstCatalog`, the first parts of a
 * language, importing those part files alone, read from the language's registry (core/src/i18n/fr.ts and its
 * `frParts`, en.ts and `enParts`), so a part registered there needs nothing here. Throws when the registry no
 * longer reads as expected, rather than building a catalog with parts missing.
 */
export function firstCatalogSource(registryFile: string, recordName: string): string {
  const text = fs.readFileSync(registryFile, 'utf8');
  const files = new Map(
    [...text.matchAll(/^import \{([^}]+)\} from '([^']+)';$/gm)].flatMap((m) =>
      m[1]!.split(',').flatMap((name) => (/^\s*\w+\s*$/.test(name) ? [[name.trim(), m[2]!] as const] : [])),
    ),
  );
  const body = new RegExp(`^export const ${recordName}\\b[^=]*= \\{\\n([\\s\\S]*?)^\\};`, 'm').exec(text)?.[1];
  if (!body) throw new Error(`${registryFile}: no \`export const ${recordName} = {…};\``);
  const entries = body.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
  const parts = entries.map((line) => {
    const m = /^\s+(\w+): (\w+),$/.exec(line);
    if (!m || !files.has(m[2]!)) throw new Error(`${registryFile}: cannot read the part line "${line.trim()}"`);
    return { name: m[1]!, binding: m[2]!, file: path.resolve(path.dirname(registryFile), files.get(m[2]!)!) };
  });
  const first = parts.filter((p) => isFirstCatalogPart(p.name));
  return [
    ...first.map((p) => `import { ${p.binding} } from ${JSON.stringify(p.file)};`),
    `export const firstCatalog = Object.assign({}, ${first.map((p) => p.binding).join(', ')});`,
    '',
  ].join('\n');
}
