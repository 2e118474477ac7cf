import fs from 'node:fs';
import path from 'node:path';
import { isFirstCatalogPart, workshopCatalogParts } from './firstCatalogParts';

interface RegisteredPart {
  name: string;
  binding: string;
  file: string;
}

/**
 * The parts of a language's registry (core/src/i18n/fr.ts and its `frParts`, en.ts and `enParts`): each part's
 * name, the binding it is imported as and its file. Throws when the registry no longer reads as expected,
 * rather than building a catalog with parts missing.
 */
function registeredParts(registryFile: string, recordName: string): RegisteredPart[] {
  const text = fs.readFileSync(registryFile, 'utf8');
  const files = new Map(
    [...text.matchAll(/^import \{([^}]+)\} from '([^']+)';$/gm)].flatMap((m) =>
      m[1]!.split(',').flatMap((name) => (/^\s*\w+\s*$/.test(name) ? [[name.trim(), m[2]!] as const] : [])),
    ),
  );
  const body = new RegExp(`^export const ${recordName}\\b[^=]*= \\{\\n([\\s\\S]*?)^\\};`, 'm').exec(text)?.[1];
  if (!body) throw new Error(`${registryFile}: no \`export const ${recordName} = {…};\``);
  const entries = body.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
  return entries.map((line) => {
    const m = /^\s+(\w+): (\w+),$/.exec(line);
    if (!m || !files.has(m[2]!)) throw new Error(`${registryFile}: cannot read the part line "${line.trim()}"`);
    return { name: m[1]!, binding: m[2]!, file: path.resolve(path.dirname(registryFile), files.get(m[2]!)!) };
  });
}

/**
 * For the build (tab/vite.config.ts): the source of a module exporting `firstCatalog`, the first parts of a
 * language, importing those part files alone, read from the language's registry, so a part registered there
 * needs nothing here.
 */
export function firstCatalogSource(registryFile: string, recordName: string): string {
  const first = registeredParts(registryFile, recordName).filter((p) => isFirstCatalogPart(p.name));
  return [
    ...first.map((p) => `import { ${p.binding} } from ${JSON.stringify(p.file)};`),
    `export const firstCatalog = Object.assign({}, ${first.map((p) => p.binding).join(', ')});`,
    '',
  ].join('\n');
}

/**
 * For the build: the source of a module exporting `workshopCatalogs`, for each workshop a function that
 * downloads that workshop's parts of a language (firstCatalogParts.ts `workshopCatalogParts`), each part file
 * on its own (`import()`), all at once, and resolves to their messages in one object.
 */
export function workshopCatalogSource(registryFile: string, recordName: string): string {
  const parts = new Map(registeredParts(registryFile, recordName).map((p) => [p.name, p]));
  const loaders = Object.entries(workshopCatalogParts).map(([n, names]) => {
    const imports = names.map((name) => {
      const part = parts.get(name);
      if (!part) throw new Error(`${registryFile}: workshop ${n} names the part "${name}", which is not registered`);
      return `import(${JSON.stringify(part.file)}).then((m) => m.${part.binding})`;
    });
    return `  ${n}: () => Promise.all([${imports.join(', ')}]).then((parts) => Object.assign({}, ...parts)),`;
  });
  return ['export const workshopCatalogs = {', ...loaders, '};', ''].join('\n');
}
