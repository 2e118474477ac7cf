import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { root } from './apiDist.mjs';

// Source files (Vite manifest keys) of the dynamic imports the tab awaits before its first render, in Teams:
// React, Fluent and the app (main.tsx loads them beside the rest), the teams-js namespaces (host.ts; not
// loaded in local preview) and the first parts of the catalog.
const beforeFirstRender = {
  app: 'src/startApp.tsx',
  teams: 'src/teams/teamsSdk.ts',
  catalog: (locale) => `src/i18n/firstCatalog.${locale}.ts`,
};
// What the first wizard screen (`#/c/{id}/w/1`, workshop 1's form with its data) downloads after that render.
// With workshop 1's catalog parts in French (workshopCatalogParts[1] in tab/src/i18n/firstCatalogParts.ts).
const firstWizardScreen = [
  'src/workshops/WorkshopPage.tsx',
  'src/workshops/form/WorkshopEditor.tsx',
  'src/workshops/identity/definition.ts',
  'src/i18n/workshopCatalogs.fr.ts',
  '../core/src/workshops/messages/wizard.fr.ts',
  '../core/src/validation/messages.fr.ts',
  '../core/src/workshops/messages/identity.fr.ts',
];

/**
 * Gzipped sizes of the built tab's JavaScript, from Vite's manifest (tab/dist/.vite/manifest.json):
 * - `firstKb`: the first screen, what is downloaded before the tab's first render in Teams: the entry, its
 *   static imports (the modulepreloads), the app's chunk (startApp), teams-js and the first catalog parts (French);
 * - `wizardKb`: everything until workshop 1's form is on screen (the screen's lazy chunks too), in Teams;
 *   `wizardLocalFiles` is that list without teams-js, as local preview (the browser bench) downloads it;
 * - one whole catalog per language (first parts and the rest), all chunks.
 * Returns `{ error }` when the manifest is missing or lacks one of these sources.
 */
export function tabFirstScreen(dist = path.join(root, 'tab/dist')) {
  const manifestFile = path.join(dist, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) return { error: 'tab/dist/.vite/manifest.json missing (build the tab)' };
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const wanted = [
    beforeFirstRender.app,
    beforeFirstRender.teams,
    beforeFirstRender.catalog('fr'),
    beforeFirstRender.catalog('en'),
    ...firstWizardScreen,
  ];
  const absent = wanted.filter((k) => !manifest[k]);
  if (!entry || absent.length) return { error: `manifest lacks ${entry ? absent.join(', ') : 'an entry'}` };
  const sizes = new Map();
  const gzKb = (file) => {
    if (!sizes.has(file)) sizes.set(file, zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024);
    return sizes.get(file);
  };
  // A chunk and its static imports, which Vite fetches with it (modulepreload for the entry, __vitePreload after).
  const withImports = (keys, into = new Set()) => {
    for (const key of keys) {
      if (into.has(key)) continue;
      into.add(key);
      withImports(manifest[key].imports ?? [], into);
    }
    return into;
  };
  const filesOf = (keys) => [...withImports(keys)].map((k) => manifest[k].file);
  const sum = (files) => files.reduce((a, f) => a + gzKb(f), 0);
  const start = [entry, beforeFirstRender.app, beforeFirstRender.teams, beforeFirstRender.catalog('fr')];
  const first = filesOf(start);
  const wizard = filesOf([...start, ...firstWizardScreen]);
  const teamsFiles = filesOf([beforeFirstRender.teams]).filter((f) => !filesOf([entry, beforeFirstRender.app]).includes(f));
  // The whole catalog of a language: its own chunk and what it imports (the first parts' chunk among them).
  const catalogKb = (locale) => sum(filesOf([`../core/src/i18n/${locale}.ts`, beforeFirstRender.catalog(locale)]));
  const all = Object.values(manifest)
    .map((c) => c.file)
    .filter((f, i, list) => f.endsWith('.js') && list.indexOf(f) === i);
  const chunkList = (files) => files.map((f) => ({ file: path.basename(f), kb: gzKb(f) })).sort((a, b) => b.kb - a.kb);
  return {
    firstKb: sum(first),
    firstChunks: chunkList(first),
    wizardKb: sum(wizard),
    wizardLocalFiles: wizard.filter((f) => !teamsFiles.includes(f)).map((f) => path.basename(f)),
    teamsKb: sum(teamsFiles),
    catalogKb: { fr: catalogKb('fr'), en: catalogKb('en') },
    firstCatalogKb: { fr: sum(filesOf([beforeFirstRender.catalog('fr')])), en: sum(filesOf([beforeFirstRender.catalog('en')])) },
    allKb: sum(all),
    chunks: all.length,
  };
}
