import path from 'node:path';
import { enParts } from '@elan/core/i18n/en';
import { frParts } from '@elan/core/i18n/fr';
import { catalogSwap } from './catalogSwap';
import { firstCatalog as firstEn } from './firstCatalog.en';
import { firstCatalog as firstFr } from './firstCatalog.fr';
import type { WorkshopNumber } from '@elan/core/workshops/workshopNumbers';
import { firstCatalogParts, isFirstCatalogPart, workshopCatalogOf, workshopCatalogParts } from './firstCatalogParts';
import { catalogs, isCatalogLoaded, loadCatalog, loadFirstCatalog, loadWorkshopCatalog } from './loadedCatalogs';
import { firstCatalogSource, workshopCatalogSource } from './firstCatalogSource';
import { firstCatalogDynamicImports, firstCatalogFiles, keysInFile } from './testing/catalogKeysInCode';

const repoRoot = path.resolve(__dirname, '../../..');
const options = {
  coreSrc: path.join(repoRoot, 'core/src'),
  aliases: new Map([[path.join(repoRoot, catalogSwap.server), path.join(repoRoot, catalogSwap.tab)]]),
};
const relative = (file: string) => path.relative(repoRoot, file);
const allKeys = new Set(Object.values(frParts).flatMap((part) => Object.keys(part)));
const partOf = new Map(Object.entries(frParts).flatMap(([name, part]) => Object.keys(part).map((key) => [key, name] as const)));
const loader = path.join(repoRoot, catalogSwap.tab);
const definitions = path.join(repoRoot, 'tab/src/workshops/form/definitions.ts');
const tabFile = (file: string) => path.join(repoRoot, 'tab/src', file);
// Each workshop's form, as definitions.ts loads it (in the order of the workshops).
const definitionFiles = firstCatalogDynamicImports(definitions).map((specifier) =>
  path.resolve(path.dirname(definitions), `${specifier}.ts`),
);
const numbers = Object.keys(workshopCatalogParts).map(Number) as WorkshopNumber[];

describe('the first catalog (downloaded before the first render)', () => {
  it('holds every key the code that renders before the rest of the catalog is there can ask for', () => {
    // From main.tsx: static imports, and import() except screens that download more of the catalog first.
    // What preloadEditor only starts downloading renders on a workshop's screen.
    const files = firstCatalogFiles(
      tabFile('main.tsx'),
      options,
      new Set([loader, definitions, tabFile('workshops/form/preloadEditor.ts')]),
    );
    // The walk goes through lazy parts that need nothing more (the language switch), not through the workshop's
    // screen (its own step, below) nor the other screens.
    expect(files.has(tabFile('shell/LanguageSwitch.tsx'))).toBe(true);
    expect(files.has(tabFile('workshops/WorkshopPage.tsx'))).toBe(false);
    expect(files.has(tabFile('members/MembersPage.tsx'))).toBe(false);
    const missing: string[] = [];
    for (const [file, chain] of files)
      for (const key of keysInFile(file, allKeys))
        if (!(key in firstFr)) missing.push(`${key} (part ${partOf.get(key)}) in ${chain.map(relative).join(' → ')}`);
    expect(missing).toEqual([]);
  });

  it('a workshop’s screen asks only for the first parts and that workshop’s', () => {
    expect(definitionFiles).toHaveLength(6);
    for (const n of numbers) {
      // From its page and its form (definitions.ts), with `n` known: `tab.guide.${n}.why` is that workshop's key.
      const files = firstCatalogFiles(
        [tabFile('workshops/WorkshopPage.tsx'), definitionFiles[n - 1]!],
        options,
        new Set([loader, definitions]),
      );
      const available = { ...firstFr, ...workshopCatalogOf(frParts, n) };
      const missing: string[] = [];
      for (const [file, chain] of files)
        for (const key of keysInFile(file, allKeys, new Map([['n', String(n)]])))
          if (!(key in available)) missing.push(`workshop ${n}: ${key} (part ${partOf.get(key)}) in ${chain.map(relative).join(' → ')}`);
      expect(missing).toEqual([]);
      // Its editor and its own form are in the walk, no other workshop's form.
      expect(files.has(tabFile('workshops/form/WorkshopEditor.tsx'))).toBe(true);
      expect(definitionFiles.filter((file) => files.has(file))).toEqual([definitionFiles[n - 1]]);
    }
    expect([...firstCatalogFiles(definitionFiles[0]!, options, new Set([loader])).keys()]).toContain(
      tabFile('workshops/identity/IdentityForm.tsx'),
    );
  });

  it('is the first parts, with the same keys in both languages; each step names registered parts', () => {
    const expected = Object.entries(frParts).flatMap(([name, part]) => (isFirstCatalogPart(name) ? Object.keys(part) : []));
    expect(Object.keys(firstFr).sort()).toEqual([...expected].sort());
    expect(Object.keys(firstEn)).toEqual(Object.keys(firstFr));
    expect(Object.values(firstEn)).not.toEqual(Object.values(firstFr));
    // A renamed part would silently move to the whole catalog's step; a first part is not downloaded again.
    const named = Object.values(workshopCatalogParts).flat();
    for (const name of [...firstCatalogParts, ...named]) expect(Object.keys(frParts)).toContain(name);
    expect(named.filter(isFirstCatalogPart)).toEqual([]);
    for (const parts of Object.values(workshopCatalogParts)) expect(new Set(parts).size).toBe(parts.length);
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

  it('builds each workshop’s download from the registries as the part files it names, each on its own', () => {
    for (const [locale, parts] of [
      ['fr', frParts],
      ['en', enParts],
    ] as const) {
      const source = workshopCatalogSource(path.join(repoRoot, `core/src/i18n/${locale}.ts`), `${locale}Parts`);
      const loaders = [
        ...source.matchAll(/^ {2}(\d): \(\) => Promise\.all\(\[(.*)\]\)\.then\(\(parts\) => Object\.assign\(\{\}, \.\.\.parts\)\),$/gm),
      ];
      expect(loaders.map((m) => Number(m[1]))).toEqual(numbers);
      for (const [, n, imports] of loaders) {
        const loaded = [...imports!.matchAll(/import\("([^"]+)"\)\.then\(\(m\) => m\.(\w+)\)/g)].map(([, file, binding]) => {
          // eslint-disable-next-line @typescript-eslint/no-require-imports
          const part = (require(file!) as Record<string, Record<string, string>>)[binding!]!;
          return Object.entries(parts).find(([, p]) => p === part)?.[0];
        });
        expect(loaded).toEqual(workshopCatalogParts[Number(n) as WorkshopNumber]);
      }
    }
  });

  it('loads before a workshop’s parts, both before the whole catalog, which then replaces them for good', async () => {
    await loadFirstCatalog('fr');
    expect(Object.keys(catalogs.fr!)).toEqual(Object.keys(firstFr));
    expect(isCatalogLoaded('fr')).toBe(false);
    await Promise.all([loadWorkshopCatalog('fr', 3), loadWorkshopCatalog('fr', 3)]);
    expect(Object.keys(catalogs.fr!).sort()).toEqual([...Object.keys(firstFr), ...Object.keys(workshopCatalogOf(frParts, 3))].sort());
    expect(catalogs.fr!['tab.guide.3.why']).toBe(frParts.w3['tab.guide.3.why']);
    expect(catalogs.fr!['tab.guide.1.why']).toBeUndefined();
    // English: a workshop's parts first bring the first parts with them.
    await loadWorkshopCatalog('en', 1);
    expect(Object.keys(catalogs.en!).sort()).toEqual([...Object.keys(firstEn), ...Object.keys(workshopCatalogOf(enParts, 1))].sort());
    await loadCatalog('fr');
    expect(isCatalogLoaded('fr')).toBe(true);
    const whole = catalogs.fr;
    expect(Object.keys(whole!)).toHaveLength(allKeys.size);
    await loadFirstCatalog('fr');
    await loadWorkshopCatalog('fr', 5);
    expect(catalogs.fr).toBe(whole);
  });

  it('the key reader sees literals and key-shaped templates, not property names nor joined strings', () => {
    const keys = keysInFile(path.join(repoRoot, 'tab/src/workshops/Guidance.tsx'), allKeys);
    expect(keys.has('tab.guide.1.why')).toBe(true);
    expect(keys.has('tab.guide.6.pitfalls')).toBe(true);
    const part = keysInFile(path.join(repoRoot, 'core/src/i18n/app.fr.ts'), allKeys);
    expect(part.size).toBe(0);
    // With the workshop known, its templates stand for that workshop's keys alone.
    const third = keysInFile(path.join(repoRoot, 'tab/src/workshops/Guidance.tsx'), allKeys, new Map([['n', '3']]));
    expect(third.has('tab.guide.3.why')).toBe(true);
    expect(third.has('tab.guide.1.why')).toBe(false);
  });

  it('screens that download the whole catalog first are not followed, lazy parts of the first screen are', () => {
    // The workshop's screen downloads its own parts (its own step, checked above).
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/Routes.tsx'))).not.toContain('./workshops/WorkshopPage');
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/workshops/form/preloadEditor.ts'))).toEqual(['./WorkshopEditor']);
    expect(firstCatalogDynamicImports(path.join(repoRoot, 'tab/src/workshops/WorkshopPage.tsx'))).toEqual(['./form/WorkshopEditor']);
  });
});
