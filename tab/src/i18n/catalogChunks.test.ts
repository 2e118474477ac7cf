import path from 'node:path';
import { catalogSwap } from './catalogSwap';
import { reachableFiles, readImports } from './testing/importGraph';

// The tab's bundle as Vite builds it: core's sources behind `@elan/core/*`, core's catalogs record swapped
// for the tab's (tab/vite.config.ts), so each language is a chunk downloaded only when it is used.
const repoRoot = path.resolve(__dirname, '../../..');
const options = {
  coreSrc: path.join(repoRoot, 'core/src'),
  aliases: new Map([[path.join(repoRoot, catalogSwap.server), path.join(repoRoot, catalogSwap.tab)]]),
};
const entry = path.join(repoRoot, 'tab/src/main.tsx');
const catalogFiles = ['core/src/i18n/fr.ts', 'core/src/i18n/en.ts'].map((f) => path.join(repoRoot, f));
const loader = path.join(repoRoot, catalogSwap.tab);
const relative = (chain: string[]) => chain.map((f) => path.relative(repoRoot, f)).join(' → ');

describe('the tab downloads one language', () => {
  it('reaches no catalog through static imports from main.tsx (the chain is printed if one does)', () => {
    const reached = reachableFiles(entry, options);
    expect(reached.has(loader)).toBe(true);
    const leaks = catalogFiles.filter((f) => reached.has(f)).map((f) => relative(reached.get(f)!));
    expect(leaks).toEqual([]);
  });

  it('reaches each catalog through the loader’s import() alone', () => {
    const reached = reachableFiles(entry, options, (file) => file === loader);
    for (const file of catalogFiles)
      expect(relative(reached.get(file) ?? [])).toMatch(/loadedCatalogs\.ts → core\/src\/i18n\/(fr|en)\.ts$/);
  });

  it('the English catalog needs nothing from the French one at run time (its types only)', () => {
    const en = path.join(repoRoot, 'core/src/i18n/en.ts');
    const reached = reachableFiles(en, options);
    expect(reached.has(catalogFiles[0]!)).toBe(false);
  });

  it('the import reader keeps value imports and import() and drops type-only ones', () => {
    const found = readImports(path.join(repoRoot, catalogSwap.tab));
    expect(found.static).toEqual(['./requestLocale']);
    expect(found.dynamic).toEqual([
      '@elan/core/i18n/fr',
      '@elan/core/i18n/en',
      './firstCatalog.fr',
      './firstCatalog.en',
      './workshopCatalogs.fr',
      './workshopCatalogs.en',
    ]);
  });
});
