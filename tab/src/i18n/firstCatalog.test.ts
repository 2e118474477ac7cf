import path from 'node:path';
import { enParts } from '@elan/core/i18n/en';
import { frParts } from '@elan/core/i18n/fr';
import { catalogSwap } from './catalogSwap';
import { firstCatalog as firstEn } from './firstCatalog.en';
import { firstCatalog as firstFr } from './firstCatalog.fr';
import { isFirstCatalogPart, laterCatalogParts } from './firstCatalogParts';
import { catalogs, isCatalogLoaded, loadCatalog, loadFirstCatalog } from './loadedCatalogs';
import { firstCatalogSource } from './firstCatalogSource';
import { firstCatalogDynamicImports, firstCatalogFiles, keysInFile } from './testing/catalogKeysInCode';

const repoRoot = path.resolve(__dirname, '../../..');
const options = {
  coreSrc: path.join(repoRoot, 'core/src'),
  aliases: new Map([[path.join(repoRoot, catalogSwap.server), path.join(repoRoot, catalogSwap.tab)]]),
};
const relative = (file: string) => path.relative(repoRoot, file);
const allKeys = new Set(Object.values(frParts).flatMap((part) => Object.keys(part)));
const partOf = new Map(Object.entries(frParts).flatMap(([name, part]) => Object.keys(part).map((key) => [key, name] as const)));

describe('the first catalog (downloaded before the first render)', () => {
  it('holds every key the code that renders before the rest of the catalog is there can ask for', () => {
    // From main.tsx: static imports, and import() except screens that download the whole catalog first.
    const files = firstCatalogFiles(path.join(repoRoot, 'tab/src/main.tsx'), options, new Set([path.join(repoRoot, catalogSwap.tab)]));
    // The first wizard screen and its form are part of it (a check that the walk goes through lazy parts).
    expect(files.has(path.join(repoRoot, 'tab/src/workshops/identity/IdentityForm.tsx'))).toBe(true);
    expect(files.has(path.join(repoRoot, 'tab/src/members/MembersPage.tsx'))).toBe(false);
    const missing: string[] = [];
    for (const [file, chain] of files)
      for (const key of keysInFile(file, allKeys))
        if (!(key in firstFr)) missing.push(`${key} (part ${partOf.get(key)}) in ${chain.map(relative).join(' → ')}`);
    expect(missing).toEqual([]);
  });

  it('is every part but the later ones, with the same keys in both languages', () => {
    const expected = Object.entries(frParts).flatMap(([name, part]) => (isFirstCatalogPart(name) ? Object.keys(part) : []));
    expect(Object.keys(firstFr).sort()).toEqual([...expected].sort());
    expect(Object.keys(firstEn)).toEqual(Object.keys(firstFr));
    expect(Object.values(firstEn)).not.toEqual(Object.values(firstFr));
    // Each later part still exists (a renamed part would silently become a first one).
    for (const name of laterCatalogParts) expect(Object.keys(frParts)).toContain(name);
  });

  it('is built from the registries as the parts they name, with nothing else', () => {
    for (const [locale, parts] of [
      ['fr', frParts],
      ['en', enParts],
    ] as const) {
      const source = firstCatalogSource(path.join(repoRoot, `core/src/i18n/${locale}.ts`), `${locale}Parts`);
      const imported = [...source.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)];
      expect(imported).toHaveLength(Object.keys(parts).filter(isFirstCatalogPart).length);
      for (const [, binding, file] of imported) {
        // The file really exports that part, and it is one of the first parts.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const part = (require(file!) as Record<string, Record<string, string>>)[binding!]!;
        const name = Object.entries(parts).find(([, p]) => p === part)?.[0];
        expect(name && isFirstCatalogPart(name)).toBe(true);
      }
      expect(source).toContain(`export const firstCatalog = Object.assign({}, ${imported.map((m) => m[1]).join(', ')});`);
    }
  });

  it('loads before the whole catalog, which then replaces it and is never replaced back', async () => {
    await loadFirstCatalog('fr');
    expect(Object.keys(catalogs.fr!)).toEqual(Object.keys(firstFr));
    expect(isCatalogLoaded('fr')).toBe(false);
    await loadCatalog('fr');
    expect(isCatalogLoaded('fr')).toBe(true);
    const whole = catalogs.fr;
    expect(Object.keys(whole!)).toHaveLength(allKeys.size);
    await loadFirstCatalog('fr');
    expect(catalogs.fr).toBe(whole);
  });

  it('the key reader sees literals and key-shaped templates, not property names nor joined strings', () => {
    const keys = keysInFile(path.join(repoRoot, 'tab/src/workshops/Guidance.tsx'), allKeys);
    expect(keys.has('tab.guide.1.why')).toBe(true);
    expect(keys.has('tab.guide.6.pitfalls')).toBe(true);
    const part = keysInFile(path.join(repoRoot, 'core/src/i18n/app.fr.ts'), allKeys);
    expect(part.size).toBe(0);
  });

  it('screens that download the whole catalog first are not followed, lazy parts of the first screen are', () => {
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/Routes.tsx'))).toEqual(['./workshops/WorkshopPage']);
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/workshops/form/preloadEditor.ts'))).toEqual(['./WorkshopEditor']);
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/workshops/WorkshopPage.tsx'))).toEqual(['./form/WorkshopEditor']);
  });
});
