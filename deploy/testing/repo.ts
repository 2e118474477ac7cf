import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The repository root. */
export const root = path.resolve(__dirname, '../..');

export const readText = (rel: string): string => fs.readFileSync(path.join(root, rel), 'utf8');
export const readJson = (rel: string): any => JSON.parse(readText(rel));

/** `${{NAME}}`, as the Microsoft 365 Agents Toolkit writes placeholders. */
export const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Every placeholder name in a text. */
export function placeholdersOf(text: string): Set<string> {
  return new Set([...text.matchAll(placeholder)].map((m) => m[1]!));
}

export interface EnvEntry {
  value: string;
  /** The comment lines right above the variable (what the template says about it). */
  comment: string;
}

/**
 * Reads a dotenv-style file the way the toolkit and scripts/package.mjs do, keeping each variable's comment:
 * the comment lines right above it, or, for a variable right under another one, that one's comment.
 */
export function readEnvTemplate(rel: string): Map<string, EnvEntry> {
  const entries = new Map<string, EnvEntry>();
  let block: string[] = [];
  let previous: EnvEntry | undefined;
  for (const raw of readText(rel).split(/\r?\n/)) {
    const line = raw.trim();
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (line.startsWith('#')) {
      block.push(line.replace(/^#+\s?/, ''));
      previous = undefined;
    } else if (match) {
      const comment = block.length ? block.join(' ') : (previous?.comment ?? '');
      previous = { value: match[2]!.replace(/\s+#.*$/, '').trim(), comment };
      entries.set(match[1]!, previous);
      block = [];
    } else {
      block = [];
      previous = undefined;
    }
  }
  return entries;
}

/** Runs a Node script of the repository and returns its exit code and output. */
export function runNode(args: string[], options: { cwd?: string; timeoutMs?: number; env?: Record<string, string | undefined> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd ?? root,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder, removed by the caller with `fs.rmSync(dir, { recursive: true })`. */
export const tempDir = (prefix: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `elan-${prefix}-`));

/**
 * The official Teams schemas shipped inside @microsoft/app-manifest (no download), validated with the
 * same validator stack that package uses (ajv-draft-04 + ajv-formats, resolved from the package itself).
 */
const manifestPackageDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const fromManifestPackage = createRequire(path.join(manifestPackageDir, 'package.json'));

export function teamsSchemaPath(version: string, kind: 'MicrosoftTeams' | 'MicrosoftTeams.Localization'): string {
  return path.join(manifestPackageDir, 'build/json-schemas/teams', `v${version}`, `${kind}.schema.json`);
}

/** Compiles one bundled schema; the returned function gives ajv's errors as "path message" lines. */
export function schemaValidator(schemaFile: string): (value: unknown) => string[] {
  const Ajv04 = fromManifestPackage('ajv-draft-04');
  const addFormats = fromManifestPackage('ajv-formats');
  // unicodeRegExp off: the localization schema's patterns use \b inside brackets, which the u flag rejects.
  const ajv = new (Ajv04.default ?? Ajv04)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  (addFormats.default ?? addFormats)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map((e: any) => `${e.instancePath || '/'} ${e.message}`));
}
