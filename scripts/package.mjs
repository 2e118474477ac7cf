// `npm run package -- --env <name>`: builds the Teams app package appPackage/build/appPackage.<name>.zip
// from appPackage/ (manifest, icons, localization files), filling every ${{VAR}} from env/.env.<name>
// and env/.env.<name>.user (secrets, git-ignored), the same files the Microsoft 365 Agents Toolkit uses.
// Options: --env-dir <dir> (default env/), --out-dir <dir> (default appPackage/build/).
// The ZIP is written by fflate (stored entries, fixed timestamps).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { deflateSync, zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Reads a dotenv-style file (KEY=value, # comments, optional quotes) into an object; a missing file is empty. */
export function readEnvFile(file) {
  if (!fs.existsSync(file)) return {};
  const values = {};
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    let value = match[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    value = quoted ? quoted[2] : value.replace(/\s+#.*$/, '').trim();
    values[match[1]] = value;
  }
  return values;
}

/** The variables of one environment: env/.env.<name>, overridden by env/.env.<name>.user. */
export function loadEnv(name, envDir = path.join(root, 'env')) {
  const base = path.join(envDir, `.env.${name}`);
  if (!fs.existsSync(base)) throw new Error(`No environment "${name}": ${path.relative(root, base) || base} does not exist.`);
  return { ...readEnvFile(base), ...readEnvFile(`${base}.user`) };
}

/** Every ${{VAR}} name used in a JSON value (strings only, keys included). */
export function placeholdersIn(value, found = new Set()) {
  if (typeof value === 'string') for (const m of value.matchAll(placeholder)) found.add(m[1]);
  else if (Array.isArray(value)) value.forEach((v) => placeholdersIn(v, found));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      placeholdersIn(k, found);
      placeholdersIn(v, found);
    }
  return found;
}

/** Replaces ${{VAR}} in every string of a JSON value; values are inserted as text, so JSON stays valid. */
export function fill(value, vars) {
  if (typeof value === 'string') return value.replace(placeholder, (_, name) => vars[name]);
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [fill(k, vars), fill(v, vars)]));
  return value;
}

/** CRC-32 as ZIP and PNG need it (node:zlib's, in every Node this project supports: 20.19+). */
export const crc32 = zlib.crc32;

/**
 * A ZIP archive of `entries` ({name, data}), written by fflate, each stored (method 0) or, with `deflate`,
 * deflated (method 8) when that is smaller. Timestamps are fixed (1980-01-01) so the same input gives the
 * same bytes; entries are regular files, rw-r--r--, made on Unix.
 */
export function writeZip(entries, { deflate = false } = {}) {
  if (entries.length > 0xffff) throw new Error('ZIP64 is not supported: too many entries.');
  if (entries.reduce((total, { data }) => total + data.length, 0) > 0xffffffff)
    throw new Error('ZIP64 is not supported: the archive is too large.');
  const files = {};
  for (const { name, data } of entries) {
    if (Object.hasOwn(files, name)) throw new Error(`Duplicate ZIP entry: ${name}`);
    const level = deflate && deflateSync(data, { level: 9 }).length < data.length ? 9 : 0;
    files[name] = [data, { level }];
  }
  const zip = zipSync(files, { mtime: new Date(1980, 0, 1), os: 3, attrs: (0o100644 << 16) >>> 0 });
  return Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
}

/** The files an app package holds besides the manifest: icons, then localization files, as the manifest names them. */
export function referencedFiles(manifest) {
  const files = [manifest.icons?.color, manifest.icons?.outline];
  const loc = manifest.localizationInfo ?? {};
  if (loc.defaultLanguageFile) files.push(loc.defaultLanguageFile);
  for (const lang of loc.additionalLanguages ?? []) files.push(lang.file);
  return [...new Set(files.filter(Boolean))];
}

/**
 * Builds the package for one environment and returns its path and entries.
 * Fails, naming every variable at once, when a ${{VAR}} has no value.
 */
export function buildPackage({ env, envDir, outDir = path.join(root, 'appPackage/build'), appDir = path.join(root, 'appPackage') }) {
  const vars = loadEnv(env, envDir);
  const read = (file) => {
    const full = path.join(appDir, file);
    if (path.relative(appDir, full).startsWith('..')) throw new Error(`${file} is outside appPackage/.`);
    if (!fs.existsSync(full)) throw new Error(`appPackage/${file} is referenced by the manifest but does not exist.`);
    return fs.readFileSync(full);
  };
  const manifest = JSON.parse(read('manifest.json').toString('utf8'));
  const files = referencedFiles(manifest);
  const jsonFiles = new Map([['manifest.json', manifest]]);
  for (const file of files) if (file.endsWith('.json')) jsonFiles.set(file, JSON.parse(read(file).toString('utf8')));

  const missing = new Map();
  for (const [file, json] of jsonFiles)
    for (const name of placeholdersIn(json)) if (!vars[name]) missing.set(name, [...(missing.get(name) ?? []), file]);
  if (missing.size) {
    const list = [...missing].map(([name, inFiles]) => `  ${name} (used in ${inFiles.join(', ')})`).join('\n');
    throw new Error(
      `Cannot package environment "${env}": these variables have no value in env/.env.${env} or env/.env.${env}.user:\n${list}\n` +
        'Provision fills the generated ones (teamsapp provision --env ' +
        env +
        '); set the others yourself. See docs/deploy.md, "Configuration".',
    );
  }

  const entries = [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(fill(manifest, vars), null, 2) + '\n') }];
  for (const file of files) {
    const data = jsonFiles.has(file) ? Buffer.from(JSON.stringify(fill(jsonFiles.get(file), vars), null, 2) + '\n') : read(file);
    entries.push({ name: file.replace(/\\/g, '/'), data });
  }
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${env}.zip`);
  fs.writeFileSync(zipPath, writeZip(entries));
  return { zipPath, entries: entries.map((e) => e.name) };
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unexpected argument: ${argv[i]}`);
    args[match[1]] = match[2] ?? argv[++i];
  }
  return args;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (!args.env) throw new Error('Usage: npm run package -- --env <local|dev|…> [--env-dir <dir>] [--out-dir <dir>]');
    const { zipPath, entries } = buildPackage({
      env: args.env,
      envDir: args['env-dir'] ? path.resolve(args['env-dir']) : undefined,
      outDir: args['out-dir'] ? path.resolve(args['out-dir']) : undefined,
    });
    console.log(`Wrote ${path.relative(process.cwd(), zipPath)}: ${entries.join(', ')}`);
  } catch (error) {
    console.error(`[package] ${error.message}`);
    process.exit(1);
  }
}
