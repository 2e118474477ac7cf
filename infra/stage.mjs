// Deploy step (teamsapp.yml): turns the built workspaces into what Azure runs.
//   <out>/functions/      the Functions app: host.json, package.json, dist/ (api), and node_modules/ with
//                         exactly the production packages the API needs, copied from this repository's
//                         node_modules (the versions the tests ran with; no network, no npm install),
//                         @elan/core and @elan/bot included as plain packages;
//   <out>/functions.zip   the same, zipped for `az functionapp deployment source config-zip`;
//   <out>/tab/            the built tab plus the config.json it reads at start (API origin, environment).
// Usage: node infra/stage.mjs --api-endpoint https://<function host> --env <name> [--out <dir>]
// Run `npm run build` first. <out> defaults to infra/dist (git-ignored, like every dist/).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../scripts/package.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Functions host configuration used when api/ has no host.json of its own. */
export const defaultHostJson = {
  version: '2.0',
  logging: { applicationInsights: { samplingSettings: { isEnabled: true, excludedTypes: 'Request' } } },
  extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' },
};

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

/** Where Node would find `name` when required from `fromDir`: the nearest node_modules up the tree. */
function resolvePackageDir(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    if (dir === path.dirname(dir)) return undefined;
  }
}

/**
 * Every package the API needs at run time, as { source dir, destination relative to the staged root }.
 * Workspaces (@elan/*) are symlinks into this repository; they become node_modules/@elan/<name>.
 */
export function productionClosure(repoRoot = root) {
  const workspaces = new Map(); // real dir → staged dir
  for (const ws of readJson(path.join(repoRoot, 'package.json')).workspaces ?? []) {
    const dir = fs.realpathSync(path.join(repoRoot, ws));
    const pkg = readJson(path.join(dir, 'package.json'));
    workspaces.set(dir, ws === 'api' ? '.' : path.join('node_modules', pkg.name));
  }
  const staged = (dir) => {
    for (const [wsDir, dest] of workspaces)
      if (dir === wsDir || dir.startsWith(wsDir + path.sep)) return path.normalize(path.join(dest, path.relative(wsDir, dir)));
    const rel = path.relative(repoRoot, dir);
    if (rel.startsWith('..')) throw new Error(`${dir} is outside the repository.`);
    return rel;
  };

  const packages = new Map(); // staged dir → source dir
  const visit = (dir) => {
    const dest = staged(dir);
    if (packages.has(dest)) {
      if (packages.get(dest) !== dir) throw new Error(`Two packages would land in ${dest}: ${packages.get(dest)} and ${dir}.`);
      return;
    }
    packages.set(dest, dir);
    const pkg = readJson(path.join(dir, 'package.json'));
    const required = Object.keys(pkg.dependencies ?? {});
    const optional = [...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
    for (const name of required) {
      const found = resolvePackageDir(name, dir);
      if (!found) throw new Error(`${pkg.name} needs ${name}, which is not installed: run npm ci.`);
      visit(found);
    }
    for (const name of optional) {
      const found = resolvePackageDir(name, dir);
      if (found) visit(found);
      // Native add-ons ship one optional package per platform; Azure runs Linux x64 with glibc.
      else if (/linux-x64-gnu$/.test(name) && (pkg.optionalDependencies ?? {})[name])
        throw new Error(
          `${pkg.name} needs ${name} on Azure, and this machine installed another platform's build. ` +
            'Stage from Linux x64 (WSL, a Linux CI runner or a dev container).',
        );
    }
  };
  visit(fs.realpathSync(path.join(repoRoot, 'api')));
  return [...packages].map(([dest, source]) => ({ source, dest }));
}

/** Copies a package's files, without its own node_modules (each dependency is copied on its own). */
function copyPackage(source, dest, isWorkspace) {
  fs.mkdirSync(dest, { recursive: true });
  const entries = isWorkspace ? ['package.json', 'dist'] : fs.readdirSync(source);
  for (const entry of entries) {
    if (entry === 'node_modules' || !fs.existsSync(path.join(source, entry))) continue;
    fs.cpSync(path.join(source, entry), path.join(dest, entry), { recursive: true, dereference: true });
  }
}

/** Every file under `dir`, as {name, data} with forward-slash names relative to `dir`, sorted. */
function filesOf(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return filesOf(full, base);
      return [{ name: path.relative(base, full).split(path.sep).join('/'), data: fs.readFileSync(full) }];
    });
}

/** Stages the Functions app; returns its folder and zip. */
export function stageFunctions({ out, repoRoot = root, zip = true }) {
  const apiDir = path.join(repoRoot, 'api');
  if (!fs.existsSync(path.join(apiDir, 'dist/functions.js')))
    throw new Error('api/dist/functions.js is missing: run `npm run build` first.');
  const target = path.join(out, 'functions');
  fs.rmSync(target, { recursive: true, force: true });
  for (const { source, dest } of productionClosure(repoRoot)) {
    if (dest === '.') continue; // the API itself, below
    copyPackage(source, path.join(target, dest), !source.includes(`${path.sep}node_modules${path.sep}`));
  }
  fs.cpSync(path.join(apiDir, 'dist'), path.join(target, 'dist'), { recursive: true });
  const api = readJson(path.join(apiDir, 'package.json'));
  const pkg = { name: api.name, version: api.version, private: true, main: api.main, dependencies: api.dependencies };
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
  const hostJson = path.join(apiDir, 'host.json');
  if (fs.existsSync(hostJson)) fs.copyFileSync(hostJson, path.join(target, 'host.json'));
  else fs.writeFileSync(path.join(target, 'host.json'), JSON.stringify(defaultHostJson, null, 2) + '\n');
  const zipPath = path.join(out, 'functions.zip');
  if (zip) fs.writeFileSync(zipPath, writeZip(filesOf(target), { deflate: true }));
  return { folder: target, zipPath: zip ? zipPath : undefined };
}

/** The API's address as the tab needs it: an https origin, no path. */
function checkApiEndpoint(apiEndpoint) {
  if (!/^https:\/\/[^/]+$/.test(apiEndpoint ?? '')) throw new Error(`--api-endpoint must be an https origin, got "${apiEndpoint ?? ''}".`);
}

/** Stages the tab with the config.json it fetches at start. */
export function stageTab({ out, apiEndpoint, env, repoRoot = root }) {
  const dist = path.join(repoRoot, 'tab/dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('tab/dist/index.html is missing: run `npm run build` first.');
  checkApiEndpoint(apiEndpoint);
  const target = path.join(out, 'tab');
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(dist, target, { recursive: true });
  fs.writeFileSync(path.join(target, 'config.json'), JSON.stringify({ apiBase: apiEndpoint, env }, null, 2) + '\n');
  return { folder: target };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const arg = (name) => {
      const i = process.argv.indexOf(`--${name}`);
      return i > 0 ? process.argv[i + 1] : undefined;
    };
    const out = path.resolve(arg('out') ?? path.join(root, 'infra/dist'));
    const env = arg('env') ?? process.env.TEAMSFX_ENV ?? 'dev';
    const apiEndpoint = arg('api-endpoint');
    checkApiEndpoint(apiEndpoint);
    const functions = stageFunctions({ out });
    const tab = stageTab({ out, apiEndpoint, env });
    const size = (fs.statSync(functions.zipPath).size / 1024 / 1024).toFixed(1);
    console.log(
      `Staged ${path.relative(process.cwd(), functions.zipPath)} (${size} MiB) and ${path.relative(process.cwd(), tab.folder)}/.`,
    );
  } catch (error) {
    console.error(`[stage] ${error.message}`);
    process.exit(1);
  }
}
